package org.edgarbatch.ingest;

/**
 * What the ingest step's reader and its listeners share within one step execution (the step context's
 * transient user data): the files passed over unopened, unchanged since an earlier run read them whole,
 * with the documents they held then; and whether a document of the file being read has been rejected.
 */
final class IngestReadState {

    private long unchangedFiles;
    private long unchangedDocuments;
    private boolean rejectionInFile;

    IngestReadState(long unchangedFiles, long unchangedDocuments) {
        this.unchangedFiles = unchangedFiles;
        this.unchangedDocuments = unchangedDocuments;
    }

    void passedOverUnchanged(long documentsInFile) {
        unchangedFiles++;
        unchangedDocuments += documentsInFile;
    }

    long unchangedFiles() {
        return unchangedFiles;
    }

    long unchangedDocuments() {
        return unchangedDocuments;
    }

    /** A new file is opened: nothing of it rejected yet. */
    void fileOpened() {
        rejectionInFile = false;
    }

    /** A document of the file being read was rejected, by the reader or the processor. */
    void documentRejected() {
        rejectionInFile = true;
    }

    boolean rejectionInFile() {
        return rejectionInFile;
    }
}
