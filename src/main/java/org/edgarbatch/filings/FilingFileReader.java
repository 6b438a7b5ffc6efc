package org.edgarbatch.filings;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 *     names are kept as data and never used as paths. An archive that inflates like a decompression bomb
 *     is abandoned as soon as that shows, and its headers (long names, PAX records) are bounded;</li>
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
    /**
     * Text and XML deflate to a fifth or a tenth of their size, rarely better than a thirtieth; a
     * stream that inflates to a hundred times what it was read from is a bomb (runs of zeros reach a
     * thousand times). It is judged once it has produced more than {@link #BOMB_MIN_INFLATED_BYTES}.
     */
    static final int BOMB_RATIO = 100;
    static final long BOMB_MIN_INFLATED_BYTES = 8L * 1024 * 1024;
    /** An archive's own headers (a long name, PAX records) are read whole by the tar library: bounded here. */
    static final long MAX_ARCHIVE_HEADER_BYTES = 1024 * 1024;

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
        return read(file.toString(), Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), maxDocumentBytes);
    }

    /**
     * @param path             the file's path, as locations give it
     * @param file             its content, opened by the caller; closed with this reader
     * @param maxDocumentBytes documents larger than this come back with a problem
     */
    public static FilingFileReader read(String path, InputStream file, long maxDocumentBytes) {
        return new FilingFileReader(path, file, maxDocumentBytes);
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
                uncompressed = new BufferedInputStream(new InflationLimit(GzipCompressorInputStream.builder()
                        .setInputStream(content).setDecompressConcatenated(true).get()), 64 * 1024);
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
            archive = new BoundedTarInputStream(uncompressed);
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
            } catch (IOException | RuntimeException e) {
                // The tar library reports some damage unchecked; either way the rest of the archive is lost.
                finished = true;
                return problem(new DocumentLocation(path, entryName, null), e instanceof BombException
                        ? e.getMessage()
                        : "archive unreadable after " + (entryName == null ? "its start" : "entry " + entryName)
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
                return problem(location, e instanceof BombException
                        ? e.getMessage()
                        : "archive unreadable in entry " + entryName + ": " + e.getMessage());
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
            if (archive == null || e instanceof BombException) {
                finished = true;
            }
            return problem(container, e instanceof BombException ? e.getMessage() : "submission unreadable: " + e.getMessage());
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

    /** Why an archive was abandoned: it inflates like a decompression bomb, or its headers are too large. */
    private static final class BombException extends IOException {
        private static final long serialVersionUID = 1L;

        BombException(String message) {
            super(message);
        }
    }

    /**
     * Gzip output, checked against the compressed input it took: past {@link #BOMB_MIN_INFLATED_BYTES}, a
     * stream inflating to more than {@link #BOMB_RATIO} times its input is stopped, so a bomb costs a few
     * megabytes of reading, never gigabytes (skipping an entry inflates it too).
     */
    private static final class InflationLimit extends FilterInputStream {
        private final GzipCompressorInputStream gzip;

        InflationLimit(GzipCompressorInputStream gzip) {
            super(gzip);
            this.gzip = gzip;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            check();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            check();
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipping inflates as much as reading does: in steps, each checked.
            long skipped = super.skip(Math.min(n, 64 * 1024));
            check();
            return skipped;
        }

        private void check() throws BombException {
            long inflated = gzip.getUncompressedCount();
            long compressed = Math.max(1, gzip.getCompressedCount());
            if (inflated > BOMB_MIN_INFLATED_BYTES && inflated / compressed > BOMB_RATIO) {
                throw new BombException("decompression bomb: the archive inflated " + inflated + " bytes out of "
                        + compressed + " (more than " + BOMB_RATIO + " times): not read further");
            }
        }
    }

    /** Tar input whose own headers (GNU long names, PAX records), which the library reads whole into memory, are bounded. */
    private static final class BoundedTarInputStream extends TarArchiveInputStream {

        BoundedTarInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            TarArchiveEntry current = getCurrentEntry();
            if (current != null && current.getSize() > MAX_ARCHIVE_HEADER_BYTES
                    && (current.isGNULongNameEntry() || current.isGNULongLinkEntry() || current.isPaxHeader()
                            || current.isGlobalPaxHeader())) {
                throw new BombException("archive header (a long name or PAX record) of " + current.getSize()
                        + " bytes, over the limit of " + MAX_ARCHIVE_HEADER_BYTES + ": not read further");
            }
            return super.read(buffer, offset, length);
        }
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
