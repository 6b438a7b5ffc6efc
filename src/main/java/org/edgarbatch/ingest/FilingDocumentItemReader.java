package org.edgarbatch.ingest;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.FilingFileReader;
import org.edgarbatch.filings.FilingsTreeWalker;
import org.edgarbatch.filings.ReadFile;
import org.edgarbatch.filings.ReadFileRepository;
import org.edgarbatch.filings.ReadFiles;
import org.edgarbatch.filings.RejectedDocumentException;
import org.jboss.logging.Logger;

/**
 * Reads every document of a filings directory, in the walk's stable order, opening the containers
 * EDGAR uses (full submissions, feed files, feed archives); its checkpoint is the position in that
 * order, down to a document inside a container. A document that cannot be read is rejected with the
 * reason, never skipped silently.
 *
 * <p>A file an earlier run read to its end, and whose size and modification time are still those it had
 * then, is passed over unopened and counted as unchanged, with the documents it held ({@link ReadFile}); the
 * job parameter {@code rescan=true} reads every file again. A file is recorded as read only when none of its
 * documents was rejected: one holding a rejected document is read again, and the rejection reported again,
 * every run.
 */
@Named
@Dependent
public class FilingDocumentItemReader extends AbstractItemReader {

    private static final Logger LOG = Logger.getLogger(FilingDocumentItemReader.class);

    /** The directory to read; when not given, {@code edgar.filings.dir}. */
    @Inject
    @BatchProperty
    String filingsDir;

    /** Documents larger than this many bytes are rejected; when not given, {@code edgar.ingest.max-document-bytes}. */
    @Inject
    @BatchProperty
    String maxDocumentBytes;

    /** {@code true}: read every file, unchanged or not; when not given, only what changed. */
    @Inject
    @BatchProperty
    String rescan;

    @Inject
    @ConfigProperty(name = "edgar.filings.dir")
    String configuredFilingsDir;

    @Inject
    @ConfigProperty(name = "edgar.ingest.max-document-bytes")
    long configuredMaxDocumentBytes;

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    IngestProgress progress;

    @Inject
    ReadFileRepository readFiles;

    private Path root;
    private FilingsTreeWalker walker;
    private long sizeLimit;
    private FilingFileReader file;
    private String relativePath;
    private long documentsReadInFile;
    private long entriesRead;
    private RejectedDocumentException resumeRejection;
    private boolean rescanAll;
    private ReadFiles readBefore;
    private IngestReadState state;
    /** The file being read as the walk listed it; null when it is not to be recorded as read whole. */
    private FilingsTreeWalker.Entry fileListed;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        root = Path.of(isBlank(filingsDir) ? configuredFilingsDir : filingsDir).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("The filings directory " + root
                    + " does not exist or is not a directory (job parameter filingsDir, or edgar.filings.dir)");
        }
        sizeLimit = isBlank(maxDocumentBytes) ? configuredMaxDocumentBytes : Long.parseLong(maxDocumentBytes.trim());
        FilingDocumentCheckpoint resumeFrom = (FilingDocumentCheckpoint) checkpoint;
        rescanAll = "true".equalsIgnoreCase(isBlank(rescan) ? null : rescan.trim());
        readBefore = readFiles.readUnder(root.toString());
        state = resumeFrom == null ? new IngestReadState(0, 0)
                : new IngestReadState(resumeFrom.unchangedFiles(), resumeFrom.unchangedDocuments());
        stepContext.setTransientUserData(state);
        LOG.infof("%d files under %s were read to their end before: %s", readBefore.size(), root,
                rescanAll ? "every file is read again (rescan)" : "those unchanged since are not read again");
        progress.start(jobContext.getExecutionId(), root, resumeFrom == null ? null : resumeFrom.relativePath());
        if (resumeFrom == null) {
            LOG.infof("Reading filings from %s", root);
            walker = new FilingsTreeWalker(root, null);
            return;
        }
        relativePath = resumeFrom.relativePath();
        entriesRead = resumeFrom.entriesRead();
        LOG.infof("Reading filings from %s, resuming at %s after %d of its documents (%d documents already read)",
                root, relativePath, resumeFrom.documentsReadInFile(), entriesRead);
        walker = new FilingsTreeWalker(root, relativePath);
        if (resumeFrom.documentsReadInFile() > 0) {
            resumeInside(resumeFrom);
        }
    }

    @Override
    public FilingDocument readItem() throws RejectedDocumentException {
        if (resumeRejection != null) {
            RejectedDocumentException rejection = resumeRejection;
            resumeRejection = null;
            documentsReadInFile++;
            entriesRead++;
            throw rejection;
        }
        while (true) {
            if (file != null) {
                FilingFileReader.Item item = nextOfFile();
                if (item != null) {
                    // Count before returning: a rejected document is behind the checkpoint, like a stored one.
                    documentsReadInFile++;
                    entriesRead++;
                    if (item.problem() != null) {
                        throw new RejectedDocumentException(item.location().toString(), item.problem());
                    }
                    return item.document();
                }
                recordReadToItsEnd();
                closeFile();
            }
            if (!walker.hasNext()) {
                return null;
            }
            FilingsTreeWalker.Entry entry = walker.next();
            progress.fileDone(jobContext.getExecutionId());
            relativePath = entry.relativePath();
            documentsReadInFile = 0;
            if (!entry.isRegularFile()) {
                entriesRead++;
                throw new RejectedDocumentException(entry.path().toString(), entry.problem());
            }
            if (!rescanAll) {
                long documents = readBefore.documentsIfUnchanged(
                        ReadFiles.pathKey(root.toString(), relativePath), entry.size(), entry.modifiedNanos());
                if (documents >= 0) {
                    state.passedOverUnchanged(documents);
                    continue;
                }
            }
            try {
                file = FilingFileReader.read(entry.path().toString(), openScanned(walker, entry), sizeLimit);
            } catch (IOException e) {
                entriesRead++;
                throw new RejectedDocumentException(entry.path().toString(), unreadable(e), e);
            }
            fileListed = entry;
            state.fileOpened();
        }
    }

    /**
     * Opens a file the walk has just found, through the directory it was found in and never through a
     * link; what it has become since the scan (gone, a FIFO, a directory) is found out here.
     */
    protected InputStream openScanned(FilingsTreeWalker walker, FilingsTreeWalker.Entry entry) throws IOException {
        return walker.open(entry);
    }

    @Override
    public Serializable checkpointInfo() {
        boolean toRecord = fileListed != null && !state.rejectionInFile();
        return new FilingDocumentCheckpoint(relativePath, documentsReadInFile, entriesRead, state.unchangedFiles(),
                state.unchangedDocuments(), toRecord ? fileListed.size() : -1, toRecord ? fileListed.modifiedNanos() : -1);
    }

    @Override
    public void close() {
        progress.finish(jobContext.getExecutionId());
        closeFile();
        if (walker != null) {
            walker.close();
        }
    }

    /**
     * Reopens the file the checkpoint was inside and passes over the documents it had read. A file that
     * can no longer be read is the first item's rejection: the rest of it is accounted for, not skipped.
     */
    private void resumeInside(FilingDocumentCheckpoint resumeFrom) throws IOException {
        long documentsToSkip = resumeFrom.documentsReadInFile();
        InputStream content;
        try {
            content = FilingsTreeWalker.open(root, relativePath);
        } catch (IOException e) {
            LOG.warnf("%s, where the last run stopped, cannot be reopened: %s", root.resolve(relativePath), unreadable(e));
            resumeRejection = new RejectedDocumentException(root.resolve(relativePath).toString(),
                    "the rest of it, after " + documentsToSkip + " documents read before the restart: " + unreadable(e), e);
            return;
        }
        file = FilingFileReader.read(root.resolve(relativePath).toString(), content, sizeLimit);
        fileListed = listedAsBefore(resumeFrom);
        state.fileOpened();
        while (documentsReadInFile < documentsToSkip && file.next() != null) {
            documentsReadInFile++;
        }
    }

    /**
     * @return The file the checkpoint was inside as listed now, if nothing read of it so far was rejected and
     *     its size and modification time are still those the walk listed before the restart; otherwise null.
     */
    private FilingsTreeWalker.Entry listedAsBefore(FilingDocumentCheckpoint resumeFrom) {
        if (resumeFrom.fileSize() < 0) {
            return null;
        }
        Path path = root.resolve(relativePath);
        try {
            BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long modified = now.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            return now.size() == resumeFrom.fileSize() && modified == resumeFrom.fileModifiedNanos()
                    ? new FilingsTreeWalker.Entry(path, relativePath, null, now.size(), modified) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private FilingFileReader.Item nextOfFile() throws RejectedDocumentException {
        try {
            return file.next();
        } catch (IOException | RuntimeException e) {
            // A read error ends the file: what it held from here on is this one rejection.
            String path = root.resolve(relativePath).toString();
            closeFile();
            documentsReadInFile++;
            entriesRead++;
            throw new RejectedDocumentException(path, e instanceof IOException io ? unreadable(io)
                    : "cannot be read: " + e, e);
        }
    }

    /** @return Why a file could not be opened or read, in words an operator can act on. */
    static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "disappeared between the scan and the read";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return "cannot be read: " + fileSystem.getReason();
        }
        return "cannot be read: " + e;
    }

    /**
     * Records the file just read to its end, in the transaction of the chunk that read its last document (or of
     * the next chunk): never committed before the documents it stands for.
     */
    private void recordReadToItsEnd() {
        if (fileListed == null || state.rejectionInFile()) {
            return;
        }
        String rootPath = root.toString();
        readFiles.record(new ReadFile(rootPath, fileListed.relativePath(), fileListed.size(), fileListed.modifiedNanos(),
                        documentsReadInFile, jobContext.getExecutionId(), Instant.now()),
                readBefore.isKnown(ReadFiles.pathKey(rootPath, fileListed.relativePath())));
    }

    private void closeFile() {
        fileListed = null;
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.debugf(e, "Closing %s", relativePath);
            }
            file = null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
