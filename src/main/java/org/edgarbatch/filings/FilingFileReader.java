package org.edgarbatch.filings;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The documents of one file of a filings directory, in the order the file holds them, recognising
 * the containers EDGAR distributes documents in by their content, not their name:
 * <ul>
 * <li>a full submission ({@code <SEC-DOCUMENT>}) or a feed file ({@code <SUBMISSION>}): each {@code <DOCUMENT>};</li>
 * <li>a gzip-compressed tar archive, such as a daily feed {@code YYYYMMDD.nc.tar.gz}: each entry, itself
 *     a submission or a document on its own. The archive is read as a stream and never unpacked: entry
 *     names are kept as data and never used as paths;</li>
 * <li>anything else: the file is one document.</li>
 * </ul>
 * A document that cannot be read comes back as an item with a problem, and reading goes on with the next.
 */
public final class FilingFileReader implements Closeable {

    /**
     * One document of the file, or why a document (or the rest of the file) cannot be read.
     *
     * @param location where it is
     * @param document the document; null when problem is set
     * @param problem  null, or why it cannot be read, in words an operator can act on
     */
    public record Item(DocumentLocation location, FilingDocument document, String problem) {
    }

    private static final int SNIFF_BYTES = 8 * 1024;
    private static final int TAR_HEADER_BYTES = 512;
    private static final int MAX_ENTRY_NAME = 1024;

    private final String path;
    private final long maxDocumentBytes;
    private final InputStream file;

    private InputStream content;
    private boolean opened;
    private boolean finished;
    /** The archive being read, or null when the file is not one. */
    private TarArchiveInputStream archive;
    /** The submission being read, in the file or in the current archive entry, or null. */
    private SubmissionReader submission;
    private String entryName;
    private int entriesRead;

    private FilingFileReader(String path, InputStream file, long maxDocumentBytes) {
        this.path = path;
        this.file = file;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    /**
     * @param file             the file to read
     * @param maxDocumentBytes documents larger than this come back with a problem
     * @throws IOException when the file cannot be opened
     */
    public static FilingFileReader open(Path file, long maxDocumentBytes) throws IOException {
        return new FilingFileReader(file.toString(), Files.newInputStream(file), maxDocumentBytes);
    }

    /** @return The next document or problem, or null when the file holds no more. */
    public Item next() throws IOException {
        if (finished) {
            return null;
        }
        if (!opened) {
            opened = true;
            return first();
        }
        if (submission != null) {
            Item item = nextOfSubmission(new DocumentLocation(path, entryName, null));
            if (item != null) {
                return item;
            }
            submission = null;
        }
        if (archive != null) {
            return nextOfArchive();
        }
        finished = true;
        return null;
    }

    private Item first() throws IOException {
        content = new BufferedInputStream(file, 64 * 1024);
        byte[] start = peek(content, SNIFF_BYTES);
        if (isGzip(start)) {
            InputStream uncompressed;
            try {
                uncompressed = new BufferedInputStream(GzipCompressorInputStream.builder()
                        .setInputStream(content).setDecompressConcatenated(true).get(), 64 * 1024);
            } catch (IOException e) {
                finished = true;
                return problem(DocumentLocation.file(path), "gzip-compressed but unreadable: " + e.getMessage());
            }
            byte[] tarHeader;
            try {
                tarHeader = peek(uncompressed, TAR_HEADER_BYTES);
            } catch (IOException e) {
                finished = true;
                return problem(DocumentLocation.file(path), "gzip-compressed but unreadable: " + e);
            }
            if (!TarArchiveInputStream.matches(tarHeader, tarHeader.length)) {
                finished = true;
                return problem(DocumentLocation.file(path),
                        "gzip-compressed but not a tar archive: only .tar.gz archives of filings are read");
            }
            archive = new TarArchiveInputStream(uncompressed);
            return nextOfArchive();
        }
        if (isSubmission(start)) {
            submission = new SubmissionReader(content, maxDocumentBytes);
            Item item = nextOfSubmission(DocumentLocation.file(path));
            return item != null ? item : next();
        }
        finished = true;
        return whole(DocumentLocation.file(path), content);
    }

    private Item nextOfArchive() throws IOException {
        while (true) {
            TarArchiveEntry entry;
            try {
                entry = archive.getNextEntry();
            } catch (IOException e) {
                finished = true;
                return problem(new DocumentLocation(path, entryName, null),
                        "archive unreadable after " + (entryName == null ? "its start" : "entry " + entryName)
                                + ": " + e.getMessage());
            }
            if (entry == null) {
                finished = true;
                return entriesRead == 0
                        ? problem(DocumentLocation.file(path), "archive holds no documents")
                        : null;
            }
            entriesRead++;
            entryName = entryName(entry.getName());
            DocumentLocation location = new DocumentLocation(path, entryName, null);
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.isSymbolicLink() || entry.isLink()) {
                return problem(location, "archive entry is a link, not a document: not followed");
            }
            if (!entry.isFile()) {
                return problem(location, "archive entry is not a regular file");
            }
            InputStream entryContent = new BufferedInputStream(new KeepOpen(archive), 64 * 1024);
            try {
                byte[] start = peek(entryContent, SNIFF_BYTES);
                if (isSubmission(start)) {
                    submission = new SubmissionReader(entryContent, maxDocumentBytes);
                    Item item = nextOfSubmission(location);
                    if (item != null) {
                        return item;
                    }
                    submission = null;
                    continue;
                }
                return whole(location, entryContent);
            } catch (IOException e) {
                finished = true;
                return problem(location, "archive unreadable in entry " + entryName + ": " + e.getMessage());
            }
        }
    }

    private Item nextOfSubmission(DocumentLocation container) throws IOException {
        SubmissionReader.Part part;
        SubmissionFacts facts;
        try {
            part = submission.next();
            facts = submission.facts();
        } catch (IOException e) {
            submission = null;
            if (archive == null) {
                finished = true;
            }
            return problem(container, "submission unreadable: " + e.getMessage());
        }
        if (part == null) {
            return null;
        }
        DocumentLocation location = container.withSequence(part.sequenceOrOrdinal());
        if (part.problem() != null) {
            return problem(location, part.problem());
        }
        byte[] bytes = part.content();
        return new Item(location, new FilingDocument(location, facts, part.type(), part.fileName(),
                part.description(), bytes.length, ContentHash.of(bytes), bytes), null);
    }

    private Item whole(DocumentLocation location, InputStream in) throws IOException {
        // Read one byte past the limit rather than trusting a stated size, which can be wrong.
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDocumentBytes + 1));
        if (bytes.length > maxDocumentBytes) {
            return problem(location, "larger than the limit of " + maxDocumentBytes
                    + " bytes (job parameter maxDocumentBytes, or edgar.ingest.max-document-bytes)");
        }
        return new Item(location, new FilingDocument(location, null, null, null, null,
                bytes.length, ContentHash.of(bytes), bytes), null);
    }

    private static Item problem(DocumentLocation location, String reason) {
        return new Item(location, null, reason);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private static byte[] peek(InputStream in, int length) throws IOException {
        in.mark(length);
        byte[] start = in.readNBytes(length);
        in.reset();
        return start;
    }

    private static boolean isGzip(byte[] start) {
        return start.length >= 2 && (start[0] & 0xFF) == 0x1F && (start[1] & 0xFF) == 0x8B;
    }

    /**
     * True for SGML that opens with {@code <SEC-DOCUMENT>} or {@code <SUBMISSION>}, after white space
     * and, in older filings, a privacy-enhanced message header.
     */
    static boolean isSubmission(byte[] start) {
        String text = new String(start, StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("-----BEGIN PRIVACY-ENHANCED MESSAGE-----")) {
            int sgml = text.indexOf('<');
            if (sgml < 0) {
                return false;
            }
            text = text.substring(sgml);
        }
        return text.regionMatches(true, 0, "<SEC-DOCUMENT>", 0, "<SEC-DOCUMENT>".length())
                || text.regionMatches(true, 0, "<SUBMISSION>", 0, "<SUBMISSION>".length());
    }

    /** Entry names are data: kept printable and bounded, never resolved against a directory. */
    private static String entryName(String name) {
        StringBuilder printable = new StringBuilder(Math.min(name.length(), MAX_ENTRY_NAME));
        for (int i = 0; i < name.length() && printable.length() < MAX_ENTRY_NAME; i++) {
            char c = name.charAt(i);
            printable.append(Character.isISOControl(c) ? '?' : c);
        }
        return printable.toString();
    }

    /** The archive stream, read entry by entry: closing one entry's reader must not close the archive. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The archive is closed with the file.
        }
    }
}
