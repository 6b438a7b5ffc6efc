package org.edgarbatch.reports;

import static org.edgarbatch.testsupport.JobRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.ReportFiles;
import org.edgarbatch.testsupport.TestDatabase;
import org.edgarbatch.testsupport.TestFilings;
import org.edgarbatch.testsupport.WorkbookCells;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly job on the real server over the three sample filings: ingest, then both workbooks, read back
 * with POI; a second night over the same filings writes the same cells and replaces each file's registration.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyJobIT {

    private static final String INSIDER_TRANSACTIONS = "insider-transactions-2022-02-04.xlsx";
    private static final String PREFERRED_UNIT_RANKS = "preferred-unit-ranks-2022-02-04.xlsx";
    private static final String CLASS_R = "Class R Partnership Preferred Units";

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses();
    }

    @Inject
    TestDatabase database;

    private final String samples = System.getProperty("edgar.samples.dir");
    private FilingsDirectory reports;

    @BeforeEach
    void emptyDatabaseAndReportsDirectory() throws IOException {
        database.deleteDocuments();
        database.deleteReports();
        reports = FilingsDirectory.create("reports");
    }

    @AfterEach
    void deleteReports() throws IOException {
        reports.delete();
    }

    @Test
    void writesBothWorkbooksFromTheSamplesAndTheSameCellsOnASecondNight() throws Exception {
        // when
        JobExecution first = run("nightly", "filingsDir", samples, "reportsDir", reports.root().toString());

        // then
        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus(), first.getExitStatus());
        assertTrue(first.getExitStatus().startsWith("seen 3: stored 3"), first.getExitStatus());
        assertTrue(first.getExitStatus().contains(INSIDER_TRANSACTIONS + ": filings 1, transactions 2, holdings 0, rejected 0"),
                first.getExitStatus());
        assertTrue(first.getExitStatus().contains(PREFERRED_UNIT_RANKS + ": classes 26, contradictions 0, joint filing agreements 1"),
                first.getExitStatus());
        assertEquals(List.of(INSIDER_TRANSACTIONS, PREFERRED_UNIT_RANKS), ReportFiles.names(reports.root()),
                "the two workbooks and nothing else: no temporary file is left");
        assertRegistered(INSIDER_TRANSACTIONS, "INSIDER_TRANSACTIONS", 2, first.getExecutionId());
        assertRegistered(PREFERRED_UNIT_RANKS, "PREFERRED_UNIT_RANKS", 26, first.getExecutionId());

        List<String> insiderCells;
        try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(INSIDER_TRANSACTIONS))) {
            Sheet transactions = workbook.getSheet("Transactions");
            assertEquals(2, transactions.getLastRowNum(), "the sample Form 4's two derivative rows");
            assertLtipGrant(transactions.getRow(1), "LTIP Units of Aimco OP L.P.", 7995);
            assertLtipGrant(transactions.getRow(2), "LTIP II Units of Aimco OP L.P.", 41354);
            Row aimco = workbook.getSheet("Summary").getRow(4);
            assertEquals("APARTMENT INVESTMENT & MANAGEMENT CO", aimco.getCell(1).getStringCellValue());
            assertEquals(2, aimco.getCell(7).getNumericCellValue());
            assertEquals(1, workbook.getSheet("Summary").getDrawingPatriarch().getCharts().size());
            insiderCells = WorkbookCells.of(workbook);
        }
        List<String> rankCells;
        try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(PREFERRED_UNIT_RANKS))) {
            Row classR = ReportFiles.rowWith(workbook.getSheet("Classes"), 1, CLASS_R);
            assertEquals("AIMCO Properties, L.P.", classR.getCell(0).getStringCellValue());
            assertEquals(1, classR.getCell(2).getNumericCellValue(), "tier");
            assertEquals(4_140_000, classR.getCell(4).getNumericCellValue());
            assertEquals(25.0, classR.getCell(5).getNumericCellValue());
            assertEquals("Class R Preferred Stock", classR.getCell(7).getStringCellValue());
            assertEquals("FF", classR.getCell(8).getStringCellValue());
            List<String> parity = Arrays.asList(classR.getCell(15).getStringCellValue().split("; "));
            assertEquals(21, parity.size(), parity::toString);
            assertTrue(parity.contains("Class B Partnership Preferred Units") && parity.contains("Class Nine Partnership Preferred Units"),
                    parity::toString);
            assertEquals(4, classR.getCell(16).getStringCellValue().split("; ").length);

            Row classRInMatrix = ReportFiles.rowWith(workbook.getSheet("Ranking"), 0, CLASS_R);
            List<String> cells = new ArrayList<>();
            classRInMatrix.forEach(cell -> cells.add(cell.getStringCellValue()));
            assertEquals(21, cells.stream().filter("parity"::equals).count(), cells::toString);
            assertEquals(4, cells.stream().filter("senior"::equals).count(), cells::toString);
            Row agreementParty = workbook.getSheet("Joint filings").getRow(1);
            assertEquals("General Electric Capital Corporation", agreementParty.getCell(8).getStringCellValue());
            assertEquals(4, workbook.getSheet("Joint filings").getLastRowNum());
            rankCells = WorkbookCells.of(workbook);
        }

        String insiderSha256 = ReportFiles.sha256(reports.root().resolve(INSIDER_TRANSACTIONS));
        String ranksSha256 = ReportFiles.sha256(reports.root().resolve(PREFERRED_UNIT_RANKS));

        // when
        JobExecution second = run("nightly", "filingsDir", samples, "reportsDir", reports.root().toString());

        // then
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus(), second.getExitStatus());
        assertTrue(second.getExitStatus().startsWith("seen 3: stored 0"), second.getExitStatus());
        assertEquals(List.of(INSIDER_TRANSACTIONS, PREFERRED_UNIT_RANKS), ReportFiles.names(reports.root()));
        try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(INSIDER_TRANSACTIONS))) {
            assertEquals(insiderCells, WorkbookCells.of(workbook));
        }
        try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(PREFERRED_UNIT_RANKS))) {
            assertEquals(rankCells, WorkbookCells.of(workbook));
        }
        assertEquals(insiderSha256, ReportFiles.sha256(reports.root().resolve(INSIDER_TRANSACTIONS)), "the same bytes, too");
        assertEquals(ranksSha256, ReportFiles.sha256(reports.root().resolve(PREFERRED_UNIT_RANKS)));
        assertRegistered(INSIDER_TRANSACTIONS, "INSIDER_TRANSACTIONS", 2, second.getExecutionId());
        assertRegistered(PREFERRED_UNIT_RANKS, "PREFERRED_UNIT_RANKS", 26, second.getExecutionId());
    }

    @Test
    void listsTheDocumentsRejectedInThePeriod() throws Exception {
        // given: the samples, a broken bare Form 4 (no filing date) and a real submission of 2025-01-10 whose
        // Form 4 has a share count in words
        FilingsDirectory filings = FilingsDirectory.create("filings");
        try {
            for (String sample : List.of("002_04ac6effcf108f4c.txt", "003_40159256e381a620.txt", "004_238d5272ba61ffbb.txt")) {
                filings.write(sample, Files.readAllBytes(Path.of(samples, sample)));
            }
            byte[] form4 = Files.readAllBytes(Path.of(samples, "004_238d5272ba61ffbb.txt"));
            filings.write("broken/truncated-form4.xml", Arrays.copyOf(form4, form4.length / 2));
            String aar = new String(TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION), StandardCharsets.ISO_8859_1);
            filings.write("2025/01/10/aar.txt", aar.replaceFirst("<value>1500</value>", "<value>fifteen hundred</value>")
                    .getBytes(StandardCharsets.ISO_8859_1));

            // when
            JobExecution nightly = run("nightly", "filingsDir", filings.root().toString(), "reportsDir", reports.root().toString());
            JobExecution january = run("filings-report", "from", "2025-01-10", "reportsDir", reports.root().toString());

            // then: the bare document, rejected by this run, is in the 2022-02-04 workbook; the submission's
            // Form 4, filed 2025-01-10, only in that day's
            assertEquals(BatchStatus.COMPLETED, nightly.getBatchStatus(), nightly.getExitStatus());
            assertTrue(nightly.getExitStatus().contains("rejected 2"), nightly.getExitStatus());
            try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(INSIDER_TRANSACTIONS))) {
                Sheet rejected = workbook.getSheet("Rejected");
                assertEquals(1, rejected.getLastRowNum(), "one rejection in the period");
                Row truncated = rejected.getRow(1);
                assertEquals(filings.path("broken/truncated-form4.xml"), truncated.getCell(0).getStringCellValue());
                assertTrue(truncated.getCell(1).getStringCellValue().startsWith("ownership XML"), truncated.getCell(1).getStringCellValue());
                assertEquals(nightly.getExecutionId(), (long) truncated.getCell(3).getNumericCellValue());
                assertEquals("rejected by this run", truncated.getCell(5).getStringCellValue());
            }
            assertEquals(BatchStatus.COMPLETED, january.getBatchStatus(), january.getExitStatus());
            try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve("insider-transactions-2025-01-10.xlsx"))) {
                Sheet rejected = workbook.getSheet("Rejected");
                assertEquals(1, rejected.getLastRowNum());
                Row words = rejected.getRow(1);
                assertTrue(words.getCell(0).getStringCellValue().startsWith(filings.path("2025/01/10/aar.txt")));
                assertTrue(words.getCell(1).getStringCellValue().contains("'fifteen hundred', not a number"),
                        words.getCell(1).getStringCellValue());
                assertEquals(LocalDate.of(2025, 1, 10), words.getCell(4).getLocalDateTimeCellValue().toLocalDate());
                assertEquals("filing date", words.getCell(5).getStringCellValue());
            }
        } finally {
            filings.delete();
        }
    }

    private static void assertLtipGrant(Row row, String security, long units) {
        assertEquals(security, row.getCell(15).getStringCellValue());
        assertEquals("A", row.getCell(13).getStringCellValue());
        assertEquals(units, row.getCell(16).getNumericCellValue());
        assertEquals("see F2", row.getCell(17).getStringCellValue(), "the price is footnote F2 only");
        assertEquals("period of report (document on its own, no filing date)", row.getCell(1).getStringCellValue());
        assertTrue(row.getCell(24).getStringCellValue().contains("F2: "), row.getCell(24).getStringCellValue());
    }

    /** Checks the file is registered once, with its real size and SHA-256, by this execution. */
    private void assertRegistered(String fileName, String kind, long mainRows, long executionId) throws Exception {
        Path file = reports.root().resolve(fileName);
        List<List<Object>> rows = database.query("SELECT kind, file_name, size_bytes, sha256, main_rows, job_execution_id,"
                + " period_from, period_to, parameters FROM report_file WHERE path = ?", file.toString());
        assertEquals(1, rows.size(), "registered once: " + rows);
        List<Object> row = rows.get(0);
        assertEquals(kind, row.get(0));
        assertEquals(fileName, row.get(1));
        assertEquals(Files.size(file), ((Number) row.get(2)).longValue());
        assertEquals(ReportFiles.sha256(file), row.get(3));
        assertEquals(mainRows, ((Number) row.get(4)).longValue());
        assertEquals(executionId, ((Number) row.get(5)).longValue());
        assertEquals("2022-02-04", row.get(6).toString());
        assertEquals("2022-02-04", row.get(7).toString());
        assertTrue(row.get(8).toString().contains("reportsDir=" + reports.root()), row.get(8).toString());
    }
}
