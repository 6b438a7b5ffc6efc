package org.edgarbatch.ingest;

import static org.edgarbatch.testsupport.JobRuns.restart;
import static org.edgarbatch.testsupport.JobRuns.run;
import static org.edgarbatch.testsupport.JobRuns.stepMetric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgarbatch.filings.RejectedDocument;
import org.edgarbatch.ownership.OwnershipFilingRepository;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.TestDatabase;
import org.edgarbatch.testsupport.TestFilings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The filings-ingest job on the real server over a directory that mixes real Forms 3, 4 and 5 in every
 * container EDGAR uses with bad input: what lands in each ownership table, what is rejected and why.
 */
@ExtendWith(ArquillianExtension.class)
class FilingsIngestOwnershipIT {

    private static final String JOB = "filings-ingest";
    private static final String STEP = "ingest-documents";
    private static final String ARCHIVE = "feed/20250110.nc.tar.gz";

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class);
    }

    @Inject
    TestDatabase database;

    @Inject
    OwnershipFilingRepository ownershipFilings;

    private FilingsDirectory filings;
    private Path secret;

    @BeforeEach
    void mixedDirectoryAndEmptyTables() throws IOException {
        database.deleteDocuments();
        filings = FilingsDirectory.create("mixed-filings");
        secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "TOP-SECRET");

        // Bare ownership XML, three full submissions and a feed file, as collected.
        for (String filing : List.of(TestFilings.FORM_3_HOLDINGS_ONLY, TestFilings.FORM_3_NO_SECURITIES_OWNED,
                TestFilings.FORM_3_TWO_OWNERS, TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES,
                TestFilings.FORM_4_X0508_AFF10B5ONE, TestFilings.FORM_5, TestFilings.AAR_FORM_4_SUBMISSION,
                TestFilings.PRO_DEX_FORM_4_SUBMISSION, TestFilings.LAM_FORM_4A_SUBMISSION, TestFilings.FORM_D_FEED_FILE)) {
            filings.write(filing, TestFilings.bytes(filing));
        }
        // The feed file again without newlines: another document (its XML changed), the same filing.
        filings.write("feed/formD-one-line.nc", TestFilings.withoutNewlines(TestFilings.bytes(TestFilings.FORM_D_FEED_FILE)));
        // The AAR Form 4 alone, as a download of form4.xml comes (CR LF line ends): found before its submission.
        String aarForm4 = new String(TestFilings.ownershipXmlOf(TestFilings.AAR_FORM_4_SUBMISSION), StandardCharsets.UTF_8);
        filings.write("downloads/form4.xml", (aarForm4.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        // A daily feed archive holding two of the submissions again.
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("0001127602-25-001055.nc", TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION));
        entries.put("0001079973-25-000129.nc", TestFilings.bytes(TestFilings.PRO_DEX_FORM_4_SUBMISSION));
        filings.write(ARCHIVE, TestFilings.tarGz(entries));
        // Constructed, not collected: the original Form 4 the real 4/A amends, which was not found.
        // It is the amendment with its document type set back to 4 and no date of original submission.
        String amendment = new String(TestFilings.ownershipXmlOf(TestFilings.LAM_FORM_4A_SUBMISSION), StandardCharsets.UTF_8);
        filings.write("ownership/constructed-original-of-lam-4A.xml", amendment
                .replace("<documentType>4/A</documentType>", "<documentType>4</documentType>")
                .replaceAll("<dateOfOriginalSubmission>[^<]*</dateOfOriginalSubmission>", "")
                .getBytes(StandardCharsets.UTF_8));

        // Bad input: an external entity, a number that is not one, a submission cut short.
        String form5 = new String(TestFilings.bytes(TestFilings.FORM_5), StandardCharsets.UTF_8);
        filings.write("bad/hostile.xml", ("<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n" + form5.replace("<remarks/>", "<remarks>&xxe;</remarks>"))
                .getBytes(StandardCharsets.UTF_8));
        String sales = new String(TestFilings.bytes(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES), StandardCharsets.UTF_8);
        filings.write("bad/non-numeric.xml", sales.replaceFirst("<value>73170</value>", "<value>seventy-three thousand</value>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] lam = TestFilings.bytes(TestFilings.LAM_FORM_4A_SUBMISSION);
        filings.write("bad/truncated.txt", Arrays.copyOf(lam, lam.length / 2));
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        filings.delete();
        Files.deleteIfExists(secret);
    }

    @Test
    void storesEveryFilingOnceInEachOwnershipTableAndRerunAddsNothing() throws Exception {
        // when
        JobExecution first = run(JOB, "filingsDir", filings.root().toString());

        // then: 20 documents seen. The walk meets the AAR Form 4 alone first (downloads/), then in the
        // archive, which comes before submissions/: the archive's Pro-Dex submission is stored from there.
        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
        assertEquals("seen 20: stored 13 (ownership 10, unit designation 0, joint filing agreement 0, unrecognised 3),"
                + " already stored 4, rejected 3, unchanged 0 (in 0 files not read again)", first.getExitStatus());
        Map<String, Long> rows = expectedRows();
        assertEquals(rows, ownershipFilings.countRowsByTable());

        // the facts of each container are kept with its documents
        assertEquals(List.of(
                        List.of("0000707549-25-000004", "4/A", Date.valueOf("2025-01-21"), filings.path("submissions/form4A_0000707549-25-000004.txt") + "#1"),
                        List.of("0001079973-25-000129", "4", Date.valueOf("2025-01-24"), filings.path(ARCHIVE) + "!0001079973-25-000129.nc#1"),
                        // stored from the download, with the accession number and filing date its submission gave later
                        List.of("0001127602-25-001055", "4", Date.valueOf("2025-01-10"), filings.path("downloads/form4.xml"))),
                database.query("""
                        select f.accession_number, f.document_type, f.filing_date,
                               d.path || coalesce('!' || d.container_entry, '') || coalesce('#' || d.document_sequence, '')
                        from ownership_filing f join source_document d on d.id = f.source_document_id
                        where f.accession_number is not null order by f.accession_number"""));
        assertEquals(List.of(List.of("EX-24", "doc1.htm", "UNRECOGNISED")), database.query(
                "select document_type, file_name, kind from source_document where accession_number = ? and document_sequence = 2",
                "0001127602-25-001055"));

        // footnote-only values stay distinct from zero: the Form 3's preferred stock has no price, see F1
        assertEquals(List.of(Arrays.asList(null, "F1", null, "F1", "Class B Common Stock", "F2,F3")), database.query("""
                select h.conv_exercise_price, h.conv_exercise_price_fn, h.exercise_date, h.exercise_date_fn,
                       h.undlyng_sec_title, h.undlyng_sec_title_fn
                from deriv_holding h join ownership_filing f on f.id = h.filing_id
                where f.issuertradingsymbol = 'SNOW' and f.document_type = '3' and h.row_index = 1"""));

        // derived values: categories, values, and the net of the open-market sales
        List<List<Object>> sales = database.query("""
                select t.trans_code, t.trans_category, t.trans_shares, t.trans_pricepershare, t.trans_value
                from nonderiv_trans t join ownership_filing f on f.id = t.filing_id
                join reporting_owner o on o.filing_id = f.id
                where o.rptownercik = '0001402349' order by t.row_index""");
        assertEquals(6, sales.size());
        assertEquals(List.of("M", "EXERCISE_OR_CONVERSION"), sales.get(0).subList(0, 2));
        assertEquals(List.of("S", "OPEN_MARKET_SALE"), sales.get(1).subList(0, 2));
        assertDecimal("11037035.970", sales.get(1).get(4));
        List<Object> net = database.query("""
                select open_market_trades, net_open_market_shares, net_open_market_value
                from ownership_filing f join reporting_owner o on o.filing_id = f.id
                where o.rptownercik = '0001402349'""").get(0);
        assertEquals(5, ((Number) net.get(0)).intValue());
        assertDecimal("-200000", net.get(1));
        assertDecimal("-30351309.770", net.get(2));

        // aff10b5One in its three states, and every owner of the joint filing with relationships
        assertEquals(List.of(
                        Arrays.asList("0000707549-25-000004", false),
                        Arrays.asList("0001079973-25-000129", true),
                        Arrays.asList("0001127602-25-001055", false)),
                database.query("select accession_number, aff10b5one from ownership_filing where accession_number is not null order by 1"));
        assertEquals(List.of(Arrays.asList((Object) null)), database.query(
                "select aff10b5one from ownership_filing where schema_version = 'X0306' and document_type = '5'"));
        assertEquals(List.of(
                        List.of(1, "0001361476", "CABILLOT RAYMOND E", "Director,TenPercentOwner"),
                        List.of(2, "0001058465", "FARNAM STREET PARTNERS LP /MN", "TenPercentOwner")),
                database.query("""
                        select o.row_index, o.rptownercik, o.rptownername, o.rptowner_relationship
                        from reporting_owner o join ownership_filing f on f.id = o.filing_id
                        where f.accession_number = '0001079973-25-000129' order by o.row_index"""));

        // the amendment is its own filing, linked to the Form 4 it amends
        assertEquals(List.of(List.of("4/A", Date.valueOf("2024-11-04"), "4")), database.query("""
                select a.document_type, a.date_of_orig_sub, o.document_type
                from ownership_filing a join ownership_filing o on o.id = a.amends_filing_id"""));

        // bad input is rejected with what was wrong and where, and the entity was never read
        List<RejectedDocument> rejected = database.rejections();
        assertEquals(List.of(filings.path("bad/hostile.xml"), filings.path("bad/non-numeric.xml"), filings.path("bad/truncated.txt") + "#1"),
                rejected.stream().map(RejectedDocument::getPath).toList());
        assertTrue(rejected.get(0).getReason().startsWith("ownership XML has a document type declaration (line 2)"),
                rejected.get(0).getReason());
        assertTrue(rejected.get(1).getReason().matches(
                "ownership XML <transactionShares> \\(line \\d+\\) is 'seventy-three thousand', not a number"),
                rejected.get(1).getReason());
        assertEquals("truncated: the submission ends inside document 1, before its </DOCUMENT>", rejected.get(2).getReason());
        rejected.forEach(rejection -> assertFalse(rejection.getReason().contains("TOP-SECRET")));
        assertEquals(List.of(List.of(0L)), database.query(
                "select count(*) from ownership_filing where remarks like '%TOP-SECRET%'"));

        // when: the same directory again
        JobExecution second = run(JOB, "filingsDir", filings.root().toString());

        // then: nothing new in any table; of the 17 files only the 3 holding a rejected document are read again
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals("seen 20: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                + " already stored 0, rejected 3, unchanged 17 (in 14 files not read again)", second.getExitStatus());
        assertEquals(3, stepMetric(second.getExecutionId(), STEP, Metric.MetricType.READ_SKIP_COUNT)
                + stepMetric(second.getExecutionId(), STEP, Metric.MetricType.READ_COUNT));
        assertEquals(rows, ownershipFilings.countRowsByTable());
        assertEquals(List.of(List.of(13L)), database.query("select count(*) from source_document"));

        // when: every file read again
        JobExecution rescan = run(JOB, "filingsDir", filings.root().toString(), "rescan", "true");

        // then: every document is recognised as stored, by its content or its accession number
        assertEquals(BatchStatus.COMPLETED, rescan.getBatchStatus());
        assertEquals("seen 20: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                + " already stored 17, rejected 3, unchanged 0 (in 0 files not read again)", rescan.getExitStatus());
        assertEquals(rows, ownershipFilings.countRowsByTable());
        assertEquals(List.of(List.of(13L)), database.query("select count(*) from source_document"));
        assertEquals(List.of(List.of(14L)), database.query("select count(*) from read_file"), "each file read whole once");
    }

    @Test
    void restartResumesInsideTheArchiveWhereTheLastChunkCommitted() throws Exception {
        // given: one document per chunk; the writer fails on the archive's second submission, its third document
        String third = "20250110.nc.tar.gz!0001079973-25-000129.nc#1";
        JobExecution failed = run(JOB, "filingsDir", filings.root().toString(), "chunkSize", "1", "failOnDocument", third);
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(List.of(List.of(1L)), database.query(
                "select count(*) from source_document where container_entry = '0001127602-25-001055.nc'"),
                "the archive's first submission, committed before the failure: its exhibit (its Form 4 came earlier)");

        // when
        JobExecution restarted = restart(failed.getExecutionId());

        // then: reading resumes at that document inside the archive, not at the archive's start:
        // 14 documents from there to the end (3 bad ones, the download and the archive's first 2 are behind it)
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(14, stepMetric(restarted.getExecutionId(), STEP, Metric.MetricType.READ_COUNT));
        assertEquals(expectedRows(), ownershipFilings.countRowsByTable());
        assertEquals(List.of(List.of(13L)), database.query("select count(*) from source_document"));
    }

    /** Rows per table, counted by hand from the filings (SOURCES.md lists each one's rows). */
    private static Map<String, Long> expectedRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        // 6 bare, 3 submissions, 1 constructed original
        rows.put("ownership_filing", 10L);
        // one each, two on the Berkshire Form 3 and two on the Pro-Dex Form 4
        rows.put("reporting_owner", 12L);
        // Scarpelli 6, McMahon 1, Melkote 1, AAR 1, Pro-Dex 2, Lam 4/A 2, its original 2
        rows.put("nonderiv_trans", 15L);
        // Scarpelli 8, McMahon 2, Berkshire 1
        rows.put("nonderiv_holding", 11L);
        // Scarpelli 1, Melkote 1
        rows.put("deriv_trans", 2L);
        // Garrett 6
        rows.put("deriv_holding", 6L);
        // Garrett 9, Scarpelli 16, McMahon 4, Melkote 1, Berkshire 1, AAR 1, Pro-Dex 2, Lam 1 and its original 1
        rows.put("ownership_footnote", 36L);
        // one each, two on the Pro-Dex Form 4
        rows.put("owner_signature", 11L);
        return rows;
    }

    private static void assertDecimal(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), expected + " <> " + actual);
    }


}
