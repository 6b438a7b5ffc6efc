package org.edgarbatch.ingest;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.edgarbatch.filings.ContentHash;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.FilingsTreeWalker;
import org.edgarbatch.filings.RejectedDocumentException;
import org.jboss.logging.Logger;

/**
 * Reads every document of a filings directory, in the walk's stable order; its checkpoint is the
 * position in that order. An entry that cannot be read is rejected with the reason, never skipped silently.
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

    @Inject
    @ConfigProperty(name = "edgar.filings.dir")
    String configuredFilingsDir;

    @Inject
    @ConfigProperty(name = "edgar.ingest.max-document-bytes")
    long configuredMaxDocumentBytes;

    private FilingsTreeWalker walker;
    private long sizeLimit;
    private String lastRelativePath;
    private long entriesRead;

    @Override
    public void open(Serializable checkpoint) {
        Path root = Path.of(isBlank(filingsDir) ? configuredFilingsDir : filingsDir).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("The filings directory " + root
                    + " does not exist or is not a directory (job parameter filingsDir, or edgar.filings.dir)");
        }
        sizeLimit = isBlank(maxDocumentBytes) ? configuredMaxDocumentBytes : Long.parseLong(maxDocumentBytes.trim());
        FilingDocumentCheckpoint resumeFrom = (FilingDocumentCheckpoint) checkpoint;
        if (resumeFrom == null) {
            LOG.infof("Reading filings from %s", root);
        } else {
            lastRelativePath = resumeFrom.lastRelativePath();
            entriesRead = resumeFrom.entriesRead();
            LOG.infof("Reading filings from %s, resuming after %s (%d entries already read)",
                    root, lastRelativePath, entriesRead);
        }
        walker = new FilingsTreeWalker(root, lastRelativePath);
    }

    @Override
    public FilingDocument readItem() throws RejectedDocumentException {
        if (!walker.hasNext()) {
            return null;
        }
        FilingsTreeWalker.Entry entry = walker.next();
        // Advance before reading: a rejected entry is behind the checkpoint, like a stored one.
        lastRelativePath = entry.relativePath();
        entriesRead++;
        String path = entry.path().toString();
        if (!entry.isRegularFile()) {
            throw new RejectedDocumentException(path, entry.problem());
        }
        return read(entry.path(), path);
    }

    @Override
    public Serializable checkpointInfo() {
        return new FilingDocumentCheckpoint(lastRelativePath, entriesRead);
    }

    private FilingDocument read(Path file, String path) throws RejectedDocumentException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit rather than trusting the size on disk, which can change under us.
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, sizeLimit + 1));
        } catch (NoSuchFileException e) {
            throw new RejectedDocumentException(path, "disappeared before it could be read", e);
        } catch (IOException e) {
            throw new RejectedDocumentException(path, "cannot be read: " + e, e);
        }
        if (content.length > sizeLimit) {
            throw new RejectedDocumentException(path, "larger than the limit of " + sizeLimit
                    + " bytes (job parameter maxDocumentBytes, or edgar.ingest.max-document-bytes)");
        }
        return new FilingDocument(path, content.length, ContentHash.sha256(content), content);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
