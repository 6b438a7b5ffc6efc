package org.edgarbatch.ingest;

import java.io.Serializable;

/**
 * Where the ingest reader stands after a committed chunk; a restarted execution resumes just after it.
 * (A record: a checkpoint written before a component was added still reads back, the new one as 0.)
 *
 * @param relativePath        the file being read, relative to the filings directory: the position in the walk
 * @param documentsReadInFile how many documents (or problems) of that file have been read; a container
 *                            is reopened and this many skipped, so a restart resumes inside it
 * @param entriesRead         how many documents this instance has read up to that position
 * @param unchangedFiles      how many files it has passed over, unchanged since an earlier run read them
 * @param unchangedDocuments  how many documents those files held
 * @param fileSize            the size of the file being read as the walk listed it, or -1 when it is not to be
 *                            recorded as read whole (the reader has rejected something of it)
 * @param fileModifiedNanos   its modification time as listed; a restart records the file only if both still hold
 */
public record FilingDocumentCheckpoint(String relativePath, long documentsReadInFile, long entriesRead,
        long unchangedFiles, long unchangedDocuments, long fileSize, long fileModifiedNanos) implements Serializable {

    private static final long serialVersionUID = 2L;
}
