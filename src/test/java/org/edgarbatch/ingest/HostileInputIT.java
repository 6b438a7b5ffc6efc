package org.edgarbatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.RejectedDocument;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.JobRuns;
import org.edgarbatch.testsupport.TestDatabase;
import org.edgarbatch.testsupport.TestFilings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.logging.Logger;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filings-ingest job on the real server over a corpus of hostile and broken documents, built by
 * the tests: each case on its own, then all of them in one run. For each: the run completes, every
 * document is stored or rejected with its reason, seen = stored + already stored + rejected (the exit
 * status and the tables agree), nothing outside the filings directory is read (a secret marker in
 * files outside never reaches the database or the log) or written. Heap figures are printed to the
 * server log ({@code HostileInputIT} lines), never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class);
    private static final String JOB = "filings-ingest";
    /** The default of edgar.ingest.max-document-bytes, which these runs use. */
    private static final long LIMIT = 16L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;
    private static final String DTD_REASON = "ownership XML has a document type declaration (line 2)";
    private static final String OVER_LIMIT = "larger than the limit of " + LIMIT
            + " bytes (job parameter maxDocumentBytes, or edgar.ingest.max-document-bytes)";
    private static final String LINK_ENTRY = "archive entry is a link, not a document: not followed";
    private static final Pattern SUMMARY = Pattern.compile("seen (\\d+): stored (\\d+) \\(ownership (\\d+), unit designation"
            + " (\\d+), joint filing agreement (\\d+), unrecognised (\\d+)\\), already stored (\\d+), rejected (\\d+),"
            + " unchanged (\\d+) \\(in (\\d+) files not read again\\)");

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(SabotagingFilingDocumentItemReader.class);
    }

    @Inject
    TestDatabase database;

    /** Holds the filings directory and, beside it, what lies outside it. */
    private Path sandbox;
    private Path root;
    private Path outside;
    private String marker;
    private Path secretFile;
    private Path outsideDirectory;
    /** Where a careless unpacker would have written archive entries: none may exist after a run. */
    private final List<Path> escapeTargets = new ArrayList<>();
    private DtdServer dtdServer;

    @BeforeEach
    void sandboxWithSecretsOutsideTheFilingsDirectory() throws IOException {
        database.deleteDocuments();
        sandbox = Files.createTempDirectory("hostile-input");
        root = Files.createDirectory(sandbox.resolve("filings"));
        outside = Files.createDirectory(sandbox.resolve("outside"));
        marker = "HOSTILE-SECRET-" + UUID.randomUUID();
        secretFile = Files.writeString(outside.resolve("secret.txt"), marker + "\n");
        // A directory of filings outside: a valid Form 5 whose remarks are the marker.
        outsideDirectory = Files.createDirectory(outside.resolve("filings-elsewhere"));
        Files.writeString(outsideDirectory.resolve("form5.xml"), form5().replace("<remarks/>", "<remarks>" + marker + "</remarks>"));
    }

    @AfterEach
    void nothingOutsideWasReadAndTheSandboxIsGone() throws Exception {
        try {
            assertMarkerNowhere();
        } finally {
            if (dtdServer != null) {
                dtdServer.close();
            }
            // Java's path-based calls cannot delete what lies deeper than 4096 characters; rm can.
            shell("rm -rf '" + root.resolve("deep") + "'");
            FilingsDirectory.deleteTree(sandbox);
            for (Path escape : escapeTargets) {
                Files.deleteIfExists(escape);
            }
        }
    }

    @Test
    void rejectsOwnershipXmlWithAnExternalEntityAndNeverReadsTheFile() throws Exception {
        // given
        Map<String, Expected> expected = externalEntities();

        // when
        Outcome outcome = ingest("external entity", expected);

        // then: rejected before any entity was resolved; the marker is nowhere (checked after each test)
        assertEquals(2, outcome.rejected());
    }

    @Test
    void rejectsAnEntityExpansionBomb() throws Exception {
        Map<String, Expected> expected = entityExpansionBomb();

        Outcome outcome = ingest("entity expansion bomb", expected);

        assertEquals(1, outcome.rejected());
    }

    @Test
    void rejectsADtdFromAUrlWithoutFetchingIt() throws Exception {
        // given: a local server that would hand out a DTD (and count every connection)
        dtdServer = DtdServer.start(marker);
        assertEquals(1, dtdServer.connections(), "the server answered its own check");
        Map<String, Expected> expected = dtdFromUrl(dtdServer.port());

        // when
        Outcome outcome = ingest("DTD from a URL", expected);

        // then
        assertEquals(2, outcome.rejected());
        assertEquals(1, dtdServer.connections(), "the DTD server was never contacted by the job");
    }

    @Test
    void rejectsTruncatedXmlAndKeepsBinaryNoiseAndAnEmptyFileAsUnrecognised() throws Exception {
        Map<String, Expected> expected = brokenFiles();

        Outcome outcome = ingest("truncated, binary, empty", expected);

        assertEquals(1, outcome.rejected());
        assertEquals(2L, outcome.stored().get(DocumentKind.UNRECOGNISED));
    }

    @Test
    void rejectsDocumentsOverTheSizeLimitAndStoresALargeOneWithin() throws Exception {
        // given: a 50 MB text file, a submission holding a 50 MB document, and a 15 MB text under the limit
        Map<String, Expected> expected = oversized();

        // when
        Outcome outcome = ingest("50 MB documents", expected);

        // then
        assertEquals(2, outcome.rejected());
        assertEquals(List.of(List.of(15L * MIB)), database.query(
                "select size_bytes from source_document where path = ?", root.resolve("large/fifteen-megabytes.txt").toString()));
    }

    @Test
    void storesAUtf16Form4WithAByteOrderMarkWithItsTransactions() throws Exception {
        // given
        Map<String, Expected> expected = utf16();

        // when
        Outcome outcome = ingest("UTF-16 with a byte order mark", expected);

        // then: parsed field by field, as the UTF-8 original is
        assertEquals(1L, outcome.stored().get(DocumentKind.OWNERSHIP));
        assertUtf16Form4Stored();
    }

    @Test
    void rejectsEachDocumentOfASubmissionWhoseTagsAreNeverClosed() throws Exception {
        Map<String, Expected> expected = unclosedSubmission();

        Outcome outcome = ingest("SGML never closed", expected);

        assertEquals(2, outcome.rejected());
    }

    @Test
    void keepsArchiveEntryNamesAsDataAndWritesNothingOutside() throws Exception {
        // given
        Map<String, Expected> expected = climbingArchive();

        // when: ingest also checks that nothing appeared outside the filings directory
        Outcome outcome = ingest("archive entries climbing out", expected);

        // then: the names are stored as they are, as data
        assertEquals(2, outcome.rejected());
        assertEquals(List.of(
                        List.of("../../" + escapeTargets.get(0).getFileName(), "OWNERSHIP"),
                        List.of(escapeTargets.get(1).toString(), "OWNERSHIP")),
                database.query("select container_entry, kind from source_document where path = ? order by container_entry",
                        root.resolve("feed/20250110.nc.tar.gz").toString()));
    }

    @Test
    void abandonsGzipBombsAfterAFewMegabytes() throws Exception {
        // given: a feed archive whose entry inflates to 2 GiB, a gzip that inflates to 4 GiB, and a Form 3 after them
        Map<String, Expected> expected = gzipBombs();

        // when
        Outcome outcome = ingest("gzip bombs", expected);

        // then: the inflated size in the reason shows reading stopped after a few megabytes
        String reason = outcome.reasons().get(root.resolve("feed/20250111.nc.tar.gz") + "!0000000000-25-000001.nc");
        Matcher inflated = Pattern.compile("the archive inflated (\\d+) bytes").matcher(reason);
        assertTrue(inflated.find(), reason);
        assertTrue(Long.parseLong(inflated.group(1)) < 64 * MIB, reason);
        assertEquals(1L, outcome.stored().get(DocumentKind.OWNERSHIP));
    }

    @Test
    void rejectsFilesThatDisappearOrBecomeUnreadableBetweenTheScanAndTheRead() throws Exception {
        // given: three files the test switch deletes, makes unreadable, or replaces by a directory after the scan
        Race race = race();

        // when
        Outcome outcome = ingest("scan-to-read race", race.expected(), "sabotage", race.sabotage());

        // then: each rejected with why; the Form 3 after them is stored
        assertEquals(3, outcome.rejected());
        assertEquals(1L, outcome.stored().get(DocumentKind.OWNERSHIP));
    }

    @Test
    void rejectsSymbolicLinksOutOfTheDirectoryWithoutReadingTheirTargets() throws Exception {
        Map<String, Expected> expected = symbolicLinks();

        Outcome outcome = ingest("symbolic links out", expected);

        // the valid Form 5 behind the directory link was not stored: its marker is nowhere (checked after each test)
        assertEquals(3, outcome.rejected());
        assertEquals(0, outcome.seen() - outcome.rejected());
    }

    @Test
    void rejectsOwnershipXmlWithValuesTooLongForTheirColumns() throws Exception {
        // given: an issuer name of 1,000 characters and a transaction code of 20 (written, they would fail the chunk)
        Map<String, Expected> expected = valuesTooLong();

        // when
        Outcome outcome = ingest("values too long for their columns", expected);

        // then
        assertEquals(2, outcome.rejected());
    }

    @Test
    void rejectsAFileWhosePathIsTooLongToStore() throws Exception {
        // given: a file more than 4,096 characters deep
        Map<String, Expected> expected = pathTooLong();

        // when
        Outcome outcome = ingest("path too long", expected);

        // then: the rejection keeps the path's start and end
        assertEquals(1, outcome.rejected());
    }

    @Test
    void readsTheWholeHostileCorpusInOneRunAndAccountsForEveryDocument() throws Exception {
        // given: every case above in one directory, as a night might bring them
        dtdServer = DtdServer.start(marker);
        Map<String, Expected> expected = new TreeMap<>();
        expected.putAll(externalEntities());
        expected.putAll(entityExpansionBomb());
        expected.putAll(dtdFromUrl(dtdServer.port()));
        expected.putAll(brokenFiles());
        expected.putAll(oversized());
        expected.putAll(utf16());
        expected.putAll(unclosedSubmission());
        expected.putAll(climbingArchive());
        expected.putAll(gzipBombs());
        expected.putAll(symbolicLinks());
        expected.putAll(valuesTooLong());
        expected.putAll(pathTooLong());
        Race race = race();
        expected.putAll(race.expected());

        // when
        Outcome outcome = ingest("the whole corpus", expected, "sabotage", race.sabotage());

        // then: the checks of each case hold together
        assertEquals(expected.size(), outcome.seen());
        assertEquals(1, dtdServer.connections(), "only the server's own check");
        assertUtf16Form4Stored();
    }

    // ---- the corpus: each method writes its files and says what must become of each document

    private Map<String, Expected> externalEntities() throws IOException {
        String form5 = form5();
        write("xxe/form5-file-entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM \""
                + secretFile.toUri() + "\">]>\n" + form5.replace("<remarks/>", "<remarks>&xxe;</remarks>"));
        // The same through a parameter entity, which some parsers expand even where general entities are off.
        write("xxe/form5-parameter-entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY % xxe SYSTEM \""
                + secretFile.toUri() + "\"> %xxe;]>\n" + form5);
        return expectations(
                "xxe/form5-file-entity.xml", Expected.rejected(DTD_REASON),
                "xxe/form5-parameter-entity.xml", Expected.rejected(DTD_REASON));
    }

    private Map<String, Expected> entityExpansionBomb() throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n").append(form5().replace("<remarks/>", "<remarks>&lol9;</remarks>"));
        write("xxe/billion-laughs.xml", xml.toString());
        return expectations("xxe/billion-laughs.xml", Expected.rejected("ownership XML has a document type declaration"));
    }

    private Map<String, Expected> dtdFromUrl(int port) throws IOException {
        String url = "http://127.0.0.1:" + port;
        write("dtd/form5-external-dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument SYSTEM \"" + url
                + "/ownership.dtd\">\n" + form5().replace("<remarks/>", "<remarks>&remark;</remarks>"));
        write("dtd/form5-remote-parameter-entity.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY % remote SYSTEM \""
                + url + "/ownership.dtd\"> %remote;]>\n" + form5().replace("<remarks/>", "<remarks>&remark;</remarks>"));
        return expectations(
                "dtd/form5-external-dtd.xml", Expected.rejected(DTD_REASON),
                "dtd/form5-remote-parameter-entity.xml", Expected.rejected(DTD_REASON));
    }

    private Map<String, Expected> brokenFiles() throws IOException {
        byte[] form4 = TestFilings.bytes(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES);
        write("broken/truncated-form4.xml", Arrays.copyOf(form4, form4.length / 2));
        byte[] noise = new byte[1024 * 1024];
        new Random(7).nextBytes(noise);
        // Neither gzip's magic nor anything a container or XML opens with.
        noise[0] = 'N';
        noise[1] = 0;
        write("broken/noise.bin", noise);
        write("broken/empty.xml", new byte[0]);
        return expectations(
                "broken/truncated-form4.xml", Expected.rejected("ownership XML is not well-formed XML (line "),
                "broken/noise.bin", Expected.stored(DocumentKind.UNRECOGNISED),
                "broken/empty.xml", Expected.stored(DocumentKind.UNRECOGNISED));
    }

    private Map<String, Expected> oversized() throws IOException {
        // Text, line by line, streamed to disk: the test holds no 50 MB array either.
        writeLines("large/fifty-megabytes.txt", "", 50 * MIB, "");
        writeLines("large/fifty-megabyte-document.txt",
                "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t\t0000000000-25-000050\nCONFORMED SUBMISSION TYPE:\t10-K\n"
                        + "FILED AS OF DATE:\t\t20250110\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>EX-99\n<SEQUENCE>1\n<TEXT>\n",
                50 * MIB, "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n");
        writeLines("large/fifteen-megabytes.txt", "", 15 * MIB, "");
        return expectations(
                "large/fifty-megabytes.txt", Expected.rejected(OVER_LIMIT),
                "large/fifty-megabyte-document.txt#1", Expected.rejected("document 1 is larger than the limit of " + LIMIT + " bytes"),
                "large/fifteen-megabytes.txt", Expected.stored(DocumentKind.UNRECOGNISED));
    }

    private Map<String, Expected> utf16() throws IOException {
        String form4 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                + new String(TestFilings.bytes(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES), StandardCharsets.UTF_8);
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        // Little-endian with its byte order mark, as Windows tools save "Unicode" text.
        utf16.write(0xFF);
        utf16.write(0xFE);
        utf16.write(form4.getBytes(StandardCharsets.UTF_16LE));
        write("unicode/form4-utf16.xml", utf16.toByteArray());
        return expectations("unicode/form4-utf16.xml", Expected.stored(DocumentKind.OWNERSHIP));
    }

    private Map<String, Expected> unclosedSubmission() throws IOException {
        write("sgml/unclosed.txt", "<SEC-DOCUMENT>0000000000-25-000002.txt : 20250110\n<SEC-HEADER>\n"
                + "ACCESSION NUMBER:\t\t0000000000-25-000002\nCONFORMED SUBMISSION TYPE:\t5\nFILED AS OF DATE:\t\t20250110\n"
                + "<DOCUMENT>\n<TYPE>5\n<SEQUENCE>1\n<TEXT>\n<XML>\n" + form5() + "\n"
                + "<DOCUMENT>\n<TYPE>EX-24\n<SEQUENCE>2\n<TEXT>\nPower of attorney, never closed\n");
        return expectations(
                "sgml/unclosed.txt#1", Expected.rejected("document 1 has no </DOCUMENT>: the next <DOCUMENT> begins inside it"),
                "sgml/unclosed.txt#2", Expected.rejected("truncated: the submission ends inside document 2, before its </DOCUMENT>"));
    }

    private Map<String, Expected> climbingArchive() throws IOException {
        String climbing = "hostile-climb-" + UUID.randomUUID() + ".nc";
        Path absolute = Path.of("/tmp", "hostile-absolute-" + UUID.randomUUID() + ".nc");
        escapeTargets.add(sandbox.resolve(climbing));
        escapeTargets.add(absolute);
        escapeTargets.add(sandbox.getParent().resolve(climbing));
        escapeTargets.add(Path.of("").toAbsolutePath().resolve("../..").resolve(climbing).normalize());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            addEntry(tar, "../../" + climbing, TestFilings.bytes(TestFilings.FORM_5));
            addEntry(tar, absolute.toString(), TestFilings.bytes(TestFilings.FORM_3_HOLDINGS_ONLY));
            TarArchiveEntry symbolic = new TarArchiveEntry("secret-link.nc", TarArchiveEntry.LF_SYMLINK);
            symbolic.setLinkName(secretFile.toString());
            tar.putArchiveEntry(symbolic);
            tar.closeArchiveEntry();
            TarArchiveEntry hard = new TarArchiveEntry("secret-hardlink.nc", TarArchiveEntry.LF_LINK);
            hard.setLinkName(secretFile.toString());
            tar.putArchiveEntry(hard);
            tar.closeArchiveEntry();
        }
        write("feed/20250110.nc.tar.gz", bytes.toByteArray());
        String archive = "feed/20250110.nc.tar.gz!";
        return expectations(
                archive + "../../" + climbing, Expected.stored(DocumentKind.OWNERSHIP),
                archive + absolute, Expected.stored(DocumentKind.OWNERSHIP),
                archive + "secret-link.nc", Expected.rejected(LINK_ENTRY),
                archive + "secret-hardlink.nc", Expected.rejected(LINK_ENTRY));
    }

    private Map<String, Expected> gzipBombs() throws IOException {
        // A feed archive whose one entry is 2 GiB of zeros, one gzip member written the usual way: about 2 MB.
        Path archive = root.resolve("feed/20250111.nc.tar.gz");
        Files.createDirectories(archive.getParent());
        long entrySize = 2048 * MIB;
        try (OutputStream file = Files.newOutputStream(archive);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(file, 64 * 1024))) {
            TarArchiveEntry entry = new TarArchiveEntry("0000000000-25-000001.nc", true);
            entry.setSize(entrySize);
            tar.putArchiveEntry(entry);
            byte[] zeros = new byte[(int) MIB];
            for (long written = 0; written < entrySize; written += zeros.length) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        }
        // A bare gzip of 4 GiB of zeros, as 64 concatenated members of 64 MiB each.
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(member, 64 * 1024)) {
            byte[] zeros = new byte[(int) MIB];
            for (int i = 0; i < 64; i++) {
                gzip.write(zeros);
            }
        }
        Path bareGzip = root.resolve("feed/form4.xml.gz");
        try (OutputStream file = Files.newOutputStream(bareGzip)) {
            for (int i = 0; i < 64; i++) {
                member.writeTo(file);
            }
        }
        LOG.infof("HostileInputIT gzip bombs: %s is %d bytes for a 2 GiB entry; %s is %d bytes for 4 GiB",
                archive.getFileName(), Files.size(archive), bareGzip.getFileName(), Files.size(bareGzip));
        write("feed/zz-after-the-bombs.xml", TestFilings.bytes(TestFilings.FORM_3_TWO_OWNERS));
        return expectations(
                "feed/20250111.nc.tar.gz!0000000000-25-000001.nc", Expected.rejected("decompression bomb: the archive inflated "),
                "feed/form4.xml.gz", Expected.rejected("gzip-compressed but not a tar archive"),
                "feed/zz-after-the-bombs.xml", Expected.stored(DocumentKind.OWNERSHIP));
    }

    private Race race() throws IOException {
        write("race/a-vanishes.xml", TestFilings.bytes(TestFilings.FORM_5));
        write("race/b-unreadable.xml", TestFilings.bytes(TestFilings.FORM_4_X0508_AFF10B5ONE));
        write("race/c-becomes-a-directory.xml", TestFilings.bytes(TestFilings.FORM_3_NO_SECURITIES_OWNED));
        write("race/d-stays.xml", TestFilings.ownershipXmlOf(TestFilings.AAR_FORM_4_SUBMISSION));
        // Permissions stop an ordinary user, not root (tests may run as root): then a FIFO takes the file's place.
        boolean permissionsStopUs = permissionsStopThisProcess();
        String unreadable = permissionsStopUs ? "chmod-000" : "fifo";
        LOG.infof("HostileInputIT race: permissions %s this process, so the unreadable file is made so by %s",
                permissionsStopUs ? "stop" : "do not stop", unreadable);
        return new Race("race/a-vanishes.xml=delete,race/b-unreadable.xml=" + unreadable
                + ",race/c-becomes-a-directory.xml=directory", expectations(
                "race/a-vanishes.xml", Expected.rejected("disappeared between the scan and the read"),
                "race/b-unreadable.xml", Expected.rejected(permissionsStopUs ? "cannot be read: permission denied"
                        : "cannot be read: replaced by a named pipe (FIFO) between the scan and the read: not read"),
                "race/c-becomes-a-directory.xml",
                Expected.rejected("cannot be read: replaced by a directory between the scan and the read: not read"),
                "race/d-stays.xml", Expected.stored(DocumentKind.OWNERSHIP)));
    }

    private Map<String, Expected> symbolicLinks() throws IOException {
        Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(root.resolve("links/secret.xml"), secretFile);
        Files.createSymbolicLink(root.resolve("links/elsewhere"), outsideDirectory);
        Path relative = Path.of("../../outside/secret.txt");
        Files.createSymbolicLink(root.resolve("links/up.xml"), relative);
        return expectations(
                "links/elsewhere", Expected.rejected("symbolic link to " + outsideDirectory + ": not followed"),
                "links/secret.xml", Expected.rejected("symbolic link to " + secretFile + ": not followed"),
                "links/up.xml", Expected.rejected("symbolic link to " + relative + ": not followed"));
    }

    private Map<String, Expected> valuesTooLong() throws IOException {
        write("long/issuer-name.xml", form5().replace("<issuerName>Snowflake Inc.</issuerName>",
                "<issuerName>" + "X".repeat(1000) + "</issuerName>"));
        write("long/transaction-code.xml", new String(TestFilings.bytes(TestFilings.FORM_4_X0508_AFF10B5ONE), StandardCharsets.UTF_8)
                .replaceFirst("<transactionCode>[^<]*</transactionCode>", "<transactionCode>" + "S".repeat(20) + "</transactionCode>"));
        return expectations(
                "long/issuer-name.xml",
                Expected.rejected("ownership XML has a value of 1000 characters for issuername, whose column holds at most 200"),
                "long/transaction-code.xml",
                Expected.rejected("ownership XML has a value of 20 characters for trans_code, whose column holds at most 10"));
    }

    private Map<String, Expected> pathTooLong() throws Exception {
        // Made by a shell going down one name at a time: Java's path-based calls refuse such a path.
        String name = "n".repeat(250);
        int levels = 17;
        Files.createDirectories(root.resolve("deep"));
        // A valid Form 3: read and stored, its path would not fit its column and would fail the run.
        shell("cd '" + root.resolve("deep") + "' && n=" + name + " && for i in $(seq " + levels + "); do mkdir $n && cd -P $n"
                + " || exit 3; done && cp '" + TestFilings.path(TestFilings.FORM_3_NO_SECURITIES_OWNED).toAbsolutePath() + "' form3.xml");
        String path = root.resolve("deep") + ("/" + name).repeat(levels) + "/form3.xml";
        assertTrue(path.length() > 4096);
        // As rejected_document keeps a path too long for it: its start and its end.
        return Map.of(path.substring(0, 2000) + "..." + path.substring(path.length() - 2000), Expected.rejected(
                "path of " + path.length() + " characters, longer than the 4096 a stored document's path may have: not read"));
    }

    // ---- running the job and checking what it did

    /**
     * Runs the job over the filings directory and checks what holds for every case: the run completes,
     * the documents stored and rejected are exactly the expected ones (rejections with their reasons),
     * the exit status and the tables account for every document seen, and nothing outside the filings
     * directory changed. Prints the heap figures of the run.
     */
    private Outcome ingest(String name, Map<String, Expected> expected, String... parameters) throws Exception {
        Map<String, String> outsideBefore = outsideTheFilingsDirectory();
        HeapWatch heap = HeapWatch.start();
        String[] all = new String[parameters.length + 2];
        all[0] = "filingsDir";
        all[1] = root.toString();
        System.arraycopy(parameters, 0, all, 2, parameters.length);

        JobExecution execution = JobRuns.run(JOB, all);

        String memory = heap.figures();
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), "the run completes");
        Matcher summary = SUMMARY.matcher(String.valueOf(execution.getExitStatus()));
        assertTrue(summary.matches(), execution.getExitStatus());
        long seen = Long.parseLong(summary.group(1));
        long stored = Long.parseLong(summary.group(2));
        long already = Long.parseLong(summary.group(7));
        long rejected = Long.parseLong(summary.group(8));
        long unchanged = Long.parseLong(summary.group(9));
        assertEquals(seen, stored + already + rejected + unchanged,
                "seen = stored + already stored + rejected + unchanged: " + execution.getExitStatus());
        assertEquals(0, already, "the corpus holds no document twice, and the tables were emptied before");
        assertEquals(0, unchanged, "no file of the corpus was read before");

        // the tables say the same, document by document
        long id = execution.getExecutionId();
        Map<String, DocumentKind> storedNow = new TreeMap<>();
        for (List<Object> row : database.query("""
                select path || coalesce('!' || container_entry, '') || coalesce('#' || document_sequence, ''), kind
                from source_document where first_seen_execution_id = ?""", id)) {
            storedNow.put((String) row.get(0), DocumentKind.valueOf((String) row.get(1)));
        }
        Map<String, String> reasons = new TreeMap<>();
        for (RejectedDocument rejection : database.rejections()) {
            if (rejection.getExecutionId() == id) {
                reasons.put(rejection.getPath(), rejection.getReason());
            }
        }
        assertEquals(stored, storedNow.size(), "stored rows of this run");
        assertEquals(rejected, reasons.size(), "rejected rows of this run");
        Map<DocumentKind, Long> storedByKind = new TreeMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            storedByKind.put(kind, storedNow.values().stream().filter(kind::equals).count());
        }
        assertEquals(List.of(summary.group(3), summary.group(4), summary.group(5), summary.group(6)), List.of(
                        String.valueOf(storedByKind.get(DocumentKind.OWNERSHIP)),
                        String.valueOf(storedByKind.get(DocumentKind.UNIT_DESIGNATION)),
                        String.valueOf(storedByKind.get(DocumentKind.JOINT_FILING_AGREEMENT)),
                        String.valueOf(storedByKind.get(DocumentKind.UNRECOGNISED))),
                "stored by kind, as the exit status gives it");

        // every document is the expected one: stored as its kind, or rejected with its reason
        Map<String, Expected> actual = new TreeMap<>();
        storedNow.forEach((location, kind) -> actual.put(location, Expected.stored(kind)));
        reasons.forEach((location, reason) -> actual.put(location, Expected.rejected(reason)));
        assertEquals(expected.keySet(), actual.keySet(), "the documents of the run");
        expected.forEach((location, expectation) -> assertTrue(expectation.matches(actual.get(location)),
                location + ": expected " + expectation + ", was " + actual.get(location)));

        // nothing outside the filings directory was written, or changed
        assertEquals(outsideBefore, outsideTheFilingsDirectory(), "what lies outside the filings directory");
        for (Path escape : escapeTargets) {
            assertFalse(Files.exists(escape, LinkOption.NOFOLLOW_LINKS), escape + " was written");
        }

        LOG.infof("HostileInputIT case '%s': %s; %s", name, execution.getExitStatus(), memory);
        reasons.forEach((location, reason) -> LOG.infof("HostileInputIT case '%s': rejected %s: %s", name,
                location.replace(root + "/", ""), reason));
        return new Outcome(seen, storedByKind, already, rejected, reasons);
    }

    /** The UTF-16 Form 4 in the ownership tables, as the ownership IT finds its UTF-8 original. */
    private void assertUtf16Form4Stored() throws Exception {
        List<List<Object>> filing = database.query("""
                select f.document_type, f.issuertradingsymbol, f.open_market_trades, f.net_open_market_value,
                       (select count(*) from nonderiv_trans t where t.filing_id = f.id),
                       (select count(*) from deriv_trans t where t.filing_id = f.id)
                from ownership_filing f join source_document d on d.id = f.source_document_id where d.path = ?""",
                root.resolve("unicode/form4-utf16.xml").toString());
        assertEquals(1, filing.size());
        assertEquals(List.of("4", "SNOW"), filing.get(0).subList(0, 2));
        assertEquals(5, ((Number) filing.get(0).get(2)).intValue());
        assertEquals(0, new BigDecimal("-30351309.770").compareTo((BigDecimal) filing.get(0).get(3)));
        assertEquals(List.of(6L, 1L), filing.get(0).subList(4, 6).stream().map(n -> ((Number) n).longValue()).toList());
    }

    /** The marker of the files outside is nowhere in the database (every table, as H2 scripts it) nor in the server log. */
    private void assertMarkerNowhere() throws Exception {
        String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
        boolean runInScript = false;
        for (List<Object> line : database.query("SCRIPT")) {
            String sql = String.valueOf(line.get(0));
            assertFalse(sql.contains(marker) || sql.toLowerCase().contains(hex), "the secret marker is in the database: " + sql);
            runInScript |= sql.contains(root.toString());
        }
        assertTrue(runInScript, "the script holds the run's documents: the search above saw the tables");
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        boolean runInLog = false;
        try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                assertFalse(line.contains(marker), "the secret marker is in the server log: " + line);
                runInLog |= line.contains("Reading filings from " + root);
            }
        }
        assertTrue(runInLog, "the log holds the run: the search above saw it"); 
    }

    /** @return Every path under the sandbox but the filings directory, with its type, size and modification time. */
    private Map<String, String> outsideTheFilingsDirectory() throws IOException {
        Map<String, String> found = new TreeMap<>();
        Files.walkFileTree(sandbox, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                if (directory.equals(root)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                found.put(sandbox.relativize(directory) + "/", "directory " + attributes.lastModifiedTime());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                found.put(sandbox.relativize(file).toString(), attributes.size() + " bytes " + attributes.lastModifiedTime());
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static void shell(String script) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, shell.waitFor(), "the shell failed: " + output);
    }

    /** Whether a file without permissions is unreadable to this process (it is not to root). */
    private boolean permissionsStopThisProcess() throws IOException {
        Path probe = Files.writeString(outside.resolve("permission-probe.txt"), "probe");
        try {
            Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
            try (InputStream in = Files.newInputStream(probe)) {
                in.read();
                return false;
            } catch (java.nio.file.AccessDeniedException e) {
                return true;
            }
        } finally {
            Files.delete(probe);
        }
    }

    private Map<String, Expected> expectations(Object... relativeAndExpected) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (int i = 0; i < relativeAndExpected.length; i += 2) {
            expected.put(root + "/" + relativeAndExpected[i], (Expected) relativeAndExpected[i + 1]);
        }
        return expected;
    }

    private void write(String relative, String content) throws IOException {
        write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, byte[] content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Writes a text of about the given size, line by line, between a head and a tail. */
    private void writeLines(String relative, String head, long size, String tail) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        byte[] line = "A line of a large exhibit, repeated until the file has the size the test needs.\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            long written = head.length() + tail.length();
            while (written + line.length <= size) {
                out.write(line);
                written += line.length;
            }
            // Padded with spaces rather than NULs, so the text stays text.
            out.write(" ".repeat((int) (size - written)).getBytes(StandardCharsets.US_ASCII));
            out.write(tail.getBytes(StandardCharsets.US_ASCII));
        }
        if (Files.size(file) != size) {
            throw new IllegalStateException(relative + " is " + Files.size(file) + " bytes, not " + size);
        }
    }

    private static void addEntry(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static String form5() {
        return new String(TestFilings.bytes(TestFilings.FORM_5), StandardCharsets.UTF_8);
    }

    /** What must become of one document: stored as a kind, or rejected with a reason that starts so. */
    private record Expected(DocumentKind kind, String reason) {

        static Expected stored(DocumentKind kind) {
            return new Expected(kind, null);
        }

        static Expected rejected(String reasonStart) {
            return new Expected(null, reasonStart);
        }

        boolean matches(Expected actual) {
            return actual != null && (kind != null ? kind == actual.kind : actual.reason != null && actual.reason.startsWith(reason));
        }

        @Override
        public String toString() {
            return kind != null ? "stored as " + kind : "rejected: " + reason;
        }
    }

    /** The run's counts, as its exit status gives them, and its rejections by location. */
    private record Outcome(long seen, Map<DocumentKind, Long> stored, long already, long rejected, Map<String, String> reasons) {
    }

    /** The race files: what the test switch does to which, and what must become of each. */
    private record Race(String sabotage, Map<String, Expected> expected) {
    }

    /**
     * The heap of this server during a run: used after a collection before it, and the peaks of the
     * heap pools during it (the young pools peak at their capacity whatever the job does; the old
     * generation, where G1 puts arrays of a megabyte and more, shows what a run holds).
     */
    private static final class HeapWatch {
        private final long usedBefore;

        private HeapWatch(long usedBefore) {
            this.usedBefore = usedBefore;
        }

        static HeapWatch start() {
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            return new HeapWatch(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        String figures() {
            long peaks = 0;
            long oldPeak = 0;
            for (MemoryPoolMXBean pool : heapPools()) {
                peaks += pool.getPeakUsage().getUsed();
                if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                    oldPeak = pool.getPeakUsage().getUsed();
                }
            }
            return String.format("heap used before %d MB, peak during the run %d MB (sum of the heap pools' peaks;"
                    + " old generation %d MB), max %d MB", usedBefore / MIB, peaks / MIB, oldPeak / MIB,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MIB);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        }
    }

    /**
     * A local HTTP server that hands out a DTD defining the entity {@code remark} as the secret marker,
     * and counts every connection: a parser that fetched the DTD would show here, and store the marker.
     */
    private static final class DtdServer implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        private DtdServer(ServerSocket socket, String marker) {
            this.socket = socket;
            byte[] dtd = ("<!ENTITY remark \"" + marker + "\">").getBytes(StandardCharsets.US_ASCII);
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        connections.incrementAndGet();
                        OutputStream out = client.getOutputStream();
                        out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/xml-dtd\r\nContent-Length: " + dtd.length
                                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(dtd);
                    } catch (IOException e) {
                        // closed: the test is over
                    }
                }
            }, "hostile-input-dtd-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        /** Starts the server and fetches the DTD once, so that a count of one proves it answers. */
        static DtdServer start(String marker) throws IOException {
            DtdServer server = new DtdServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), marker);
            try (Socket check = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                check.getOutputStream().write("GET /ownership.dtd HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String answer = new String(check.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                if (!answer.contains("<!ENTITY remark")) {
                    throw new IllegalStateException("the DTD server does not answer");
                }
            }
            return server;
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            acceptor.join(10_000);
        }
    }
}
