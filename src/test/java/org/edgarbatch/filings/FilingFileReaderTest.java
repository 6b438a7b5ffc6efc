package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.edgarbatch.testsupport.TestFilings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilingFileReaderTest {

    private static final long LIMIT = 16 * 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void readsABareDocumentAsOneItemWhateverItsName() throws Exception {
        Path form4 = Path.of("src/samples/filings/004_238d5272ba61ffbb.txt");

        List<FilingFileReader.Item> items = readAll(form4);

        assertEquals(1, items.size());
        FilingDocument document = items.get(0).document();
        assertEquals(DocumentLocation.file(form4.toString()), document.location());
        assertNull(document.submission());
        assertEquals(Files.size(form4), document.sizeBytes());
        assertEquals(ContentHash.of(Files.readAllBytes(form4)), document.sha256());
    }

    @Test
    void readsEachDocumentOfAFullSubmissionWithTheSubmissionsFacts() throws Exception {
        Path submission = TestFilings.path(TestFilings.AAR_FORM_4_SUBMISSION);

        List<FilingFileReader.Item> items = readAll(submission);

        assertEquals(2, items.size());
        FilingDocument form4 = items.get(0).document();
        assertEquals(new DocumentLocation(submission.toString(), null, 1), form4.location());
        assertEquals(submission + "#1", form4.location().toString());
        assertEquals("0001127602-25-001055", form4.submission().accessionNumber());
        assertEquals("4", form4.type());
        assertEquals("form4.xml", form4.fileName());
        assertEquals(DocumentKind.OWNERSHIP, new DocumentClassifier().classify(form4.content()));
        FilingDocument exhibit = items.get(1).document();
        assertEquals(submission + "#2", exhibit.location().toString());
        assertEquals("EX-24", exhibit.type());
    }

    @Test
    void hashesTheSameDocumentTheSameOnItsOwnAndInsideASubmission() throws Exception {
        FilingDocument inSubmission = readAll(TestFilings.path(TestFilings.AAR_FORM_4_SUBMISSION)).get(0).document();
        // As a download of form4.xml alone might come: CR LF line ends and a final line end.
        String xml = new String(inSubmission.content(), StandardCharsets.UTF_8).replace("\n", "\r\n") + "\r\n";
        Path bare = Files.writeString(directory.resolve("form4.xml"), xml);

        FilingDocument alone = readAll(bare).get(0).document();

        assertFalse(Arrays.equals(inSubmission.content(), alone.content()));
        assertEquals(inSubmission.sha256(), alone.sha256());
    }

    @Test
    void readsEveryEntryOfAFeedArchiveAsAStreamKeepingEntryNamesAsData() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("20250110/0001127602-25-001055.nc", TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION));
        entries.put("20250110/0002002260-24-000001.nc", TestFilings.withoutNewlines(TestFilings.bytes(TestFilings.FORM_D_FEED_FILE)));
        entries.put("../../escaped.nc", TestFilings.bytes(TestFilings.FORM_5));
        Path archive = Files.createDirectories(directory.resolve("feeds/nested")).resolve("20250110.nc.tar.gz");
        Files.write(archive, TestFilings.tarGz(entries));

        List<FilingFileReader.Item> items = readAll(archive);

        List<String> locations = items.stream().map(item -> item.location().toString()).toList();
        assertEquals(List.of(
                archive + "!20250110/0001127602-25-001055.nc#1",
                archive + "!20250110/0001127602-25-001055.nc#2",
                archive + "!20250110/0002002260-24-000001.nc#1",
                archive + "!../../escaped.nc"), locations);
        items.forEach(item -> assertNull(item.problem(), item.location() + ": " + item.problem()));
        assertEquals("0001127602-25-001055", items.get(0).document().submission().accessionNumber());
        assertEquals("0002002260-24-000001", items.get(2).document().submission().accessionNumber());
        assertNull(items.get(3).document().submission());
        assertEquals(DocumentKind.OWNERSHIP, new DocumentClassifier().classify(items.get(3).document().content()));
        try (var left = Files.list(directory)) {
            assertEquals(List.of(directory.resolve("feeds")), left.toList(), "reading an archive writes nothing");
        }
    }

    @Test
    void rejectsLinkEntriesOfAnArchiveAndReadsTheRest() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            TarArchiveEntry link = new TarArchiveEntry("passwd.nc", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            TarArchiveEntry hardLink = new TarArchiveEntry("shadow.nc", TarArchiveEntry.LF_LINK);
            hardLink.setLinkName("/etc/shadow");
            tar.putArchiveEntry(hardLink);
            tar.closeArchiveEntry();
            addEntry(tar, "/tmp/absolute.nc", TestFilings.bytes(TestFilings.FORM_5));
        }
        Path archive = Files.write(directory.resolve("20250110.nc.tar.gz"), bytes.toByteArray());

        List<FilingFileReader.Item> items = readAll(archive);

        assertEquals(3, items.size());
        assertEquals(archive + "!passwd.nc", items.get(0).location().toString());
        assertEquals("archive entry is a link, not a document: not followed", items.get(0).problem());
        assertEquals(archive + "!shadow.nc", items.get(1).location().toString());
        assertEquals("archive entry is a link, not a document: not followed", items.get(1).problem());
        assertEquals(archive + "!/tmp/absolute.nc", items.get(2).location().toString(), "an absolute name is data too");
        assertNotNull(items.get(2).document());
        assertFalse(Files.exists(Path.of("/tmp/absolute.nc")));
    }

    @Test
    void abandonsAGzipBombAfterAFewMegabytesWithoutInflatingIt() throws Exception {
        // given: a feed archive whose one entry is 256 MiB of zeros, about 250 KB on disk
        Path bomb = directory.resolve("20250110.nc.tar.gz");
        long inflated = 256L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(bomb);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out, 64 * 1024))) {
            TarArchiveEntry entry = new TarArchiveEntry("0000000000-25-000001.nc", true);
            entry.setSize(inflated);
            tar.putArchiveEntry(entry);
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflated; written += zeros.length) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        }
        CountingInputStream file = new CountingInputStream(Files.newInputStream(bomb));

        // when: the document limit is above what the bomb guard lets through
        List<FilingFileReader.Item> items = readAll(FilingFileReader.read(bomb.toString(), file, LIMIT));

        // then: one problem, found after reading a small part of the file
        assertEquals(1, items.size());
        assertTrue(items.get(0).problem().startsWith("decompression bomb: the archive inflated "), items.get(0).problem());
        assertEquals(bomb + "!0000000000-25-000001.nc", items.get(0).location().toString());
        assertTrue(file.count < Files.size(bomb) / 2, file.count + " of " + Files.size(bomb) + " bytes read");
    }

    @Test
    void abandonsAnArchiveWhoseLongNameHeaderIsOverItsLimit() throws Exception {
        // given: a GNU long-name header the tar library would read whole into memory, whatever its size
        long nameLength = FilingFileReader.MAX_ARCHIVE_HEADER_BYTES + 1;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            TarArchiveEntry longName = new TarArchiveEntry("././@LongLink", TarArchiveEntry.LF_GNUTYPE_LONGNAME);
            longName.setSize(nameLength);
            byte[] header = new byte[512];
            longName.writeEntryHeader(header);
            gzip.write(header);
            byte[] name = new byte[(int) nameLength];
            Arrays.fill(name, (byte) 'n');
            gzip.write(name);
            gzip.write(new byte[(int) (512 - nameLength % 512) + 1024]);
        }
        Path archive = Files.write(directory.resolve("20250110.nc.tar.gz"), bytes.toByteArray());

        List<FilingFileReader.Item> items = readAll(archive);

        assertEquals(1, items.size());
        assertEquals("archive header (a long name or PAX record) of " + nameLength + " bytes, over the limit of "
                + FilingFileReader.MAX_ARCHIVE_HEADER_BYTES + ": not read further", items.get(0).problem());
    }

    @Test
    void rejectsAnEndlessDocumentReadingNoFurtherThanTheLimit() throws Exception {
        // given: text that never ends
        CountingInputStream endless = new CountingInputStream(new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) 'a');
                return length;
            }
        });

        // when
        List<FilingFileReader.Item> items = readAll(FilingFileReader.read("endless.txt", endless, 1024 * 1024));

        // then
        assertEquals(1, items.size());
        assertTrue(items.get(0).problem().startsWith("larger than the limit of 1048576 bytes"), items.get(0).problem());
        assertTrue(endless.count <= 1024 * 1024 + 128 * 1024, endless.count + " bytes read");
    }

    @Test
    void readsWhatATruncatedArchiveHoldsAndRejectsTheRest() throws Exception {
        // Large enough that the cut falls well after the first entries, past any read-ahead buffer.
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int copy = 1; copy <= 3; copy++) {
            for (String filing : List.of(TestFilings.FORM_5, TestFilings.FORM_3_HOLDINGS_ONLY,
                    TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES, TestFilings.AAR_FORM_4_SUBMISSION,
                    TestFilings.PRO_DEX_FORM_4_SUBMISSION, TestFilings.LAM_FORM_4A_SUBMISSION)) {
                entries.put(copy + "/" + filing, TestFilings.bytes(filing));
            }
        }
        byte[] whole = TestFilings.tarGz(entries);
        Path archive = Files.write(directory.resolve("20250110.nc.tar.gz"), Arrays.copyOf(whole, whole.length * 3 / 4));

        List<FilingFileReader.Item> items = readAll(archive);

        assertNotNull(items.get(0).document(), "the first entry is whole");
        assertTrue(items.size() < 24, "an archive cut short cannot yield all its documents");
        items.subList(0, items.size() - 1).forEach(item -> assertNull(item.problem(), item.problem()));
        FilingFileReader.Item last = items.get(items.size() - 1);
        assertNull(last.document());
        assertTrue(last.problem().startsWith("archive unreadable"), last.problem());
    }

    @Test
    void rejectsGzipThatIsNotATarArchive() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(TestFilings.bytes(TestFilings.FORM_5));
        }
        Path file = Files.write(directory.resolve("form5.xml.gz"), bytes.toByteArray());

        List<FilingFileReader.Item> items = readAll(file);

        assertEquals(1, items.size());
        assertEquals("gzip-compressed but not a tar archive: only .tar.gz archives of filings are read",
                items.get(0).problem());
    }

    @Test
    void rejectsADocumentOverTheLimit() throws Exception {
        Path form5 = TestFilings.path(TestFilings.FORM_5);

        List<FilingFileReader.Item> items;
        try (FilingFileReader reader = FilingFileReader.open(form5, 100)) {
            items = List.of(reader.next());
            assertNull(reader.next());
        }

        assertTrue(items.get(0).problem().startsWith("larger than the limit of 100 bytes"));
    }

    private static List<FilingFileReader.Item> readAll(Path file) throws IOException {
        return readAll(FilingFileReader.open(file, LIMIT));
    }

    private static List<FilingFileReader.Item> readAll(FilingFileReader opened) throws IOException {
        List<FilingFileReader.Item> items = new ArrayList<>();
        try (FilingFileReader reader = opened) {
            for (FilingFileReader.Item item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    /** Counts the bytes read through it: how much of its input a reader took. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(0, read);
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static void addEntry(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
