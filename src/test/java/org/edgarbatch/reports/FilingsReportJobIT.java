package org.edgarbatch.reports;

import static org.edgarbatch.testsupport.JobRuns.restart;
import static org.edgarbatch.testsupport.JobRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.ReportFiles;
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
 * The filings-report job on the real server over real Form 4 submissions: the period and issuer parameters,
 * the open-market totals of a real joint filing, and a failed report step restarted to completion.
 */
@ExtendWith(ArquillianExtension.class)
class FilingsReportJobIT {

    private static final String JANUARY_2025 = "insider-transactions-2025-01-01-to-2025-01-31.xlsx";

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses();
    }

    @Inject
    TestDatabase database;

    private FilingsDirectory filings;
    private FilingsDirectory reports;

    @BeforeEach
    void ingestRealForm4s() throws Exception {
        database.deleteDocuments();
        database.deleteReports();
        filings = FilingsDirectory.create("filings");
        reports = FilingsDirectory.create("reports");
        filings.write("2025/01/10/aar.txt", TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION));
        filings.write("2025/01/24/pro-dex.txt", TestFilings.bytes(TestFilings.PRO_DEX_FORM_4_SUBMISSION));
        filings.write("bare/004_238d5272ba61ffbb.txt",
                Files.readAllBytes(Path.of(System.getProperty("edgar.samples.dir"), "004_238d5272ba61ffbb.txt")));
        JobExecution ingest = run("filings-ingest", "filingsDir", filings.root().toString());
        assertEquals(BatchStatus.COMPLETED, ingest.getBatchStatus(), ingest.getExitStatus());
    }

    @AfterEach
    void deleteDirectories() throws IOException {
        filings.delete();
        reports.delete();
    }

    @Test
    void reportsTheFilingsOfThePeriodWithOpenMarketTotalsOfAJointFiling() throws Exception {
        // when
        JobExecution report = run("filings-report", "from", "2025-01-01", "to", "2025-01-31",
                "reportsDir", reports.root().toString());

        // then
        assertEquals(BatchStatus.COMPLETED, report.getBatchStatus(), report.getExitStatus());
        assertEquals(List.of(JANUARY_2025, "preferred-unit-ranks-2025-01-01-to-2025-01-31.xlsx"),
                ReportFiles.names(reports.root()));
        try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(JANUARY_2025))) {
            Sheet transactions = workbook.getSheet("Transactions");
            for (Row row : transactions) {
                if (row.getRowNum() > 0) {
                    LocalDate filed = row.getCell(0).getLocalDateTimeCellValue().toLocalDate();
                    assertTrue(filed.getYear() == 2025, "only January 2025's filings, not the 2022 sample: " + filed);
                }
            }
            Row firstSale = ReportFiles.rowWith(transactions, 6, "PDEX");
            assertEquals(LocalDate.of(2025, 1, 24), firstSale.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("filing date", firstSale.getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2025, 1, 23), firstSale.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(1, firstSale.getCell(3).getNumericCellValue(), "business days from trade to filing");
            assertEquals("S", firstSale.getCell(13).getStringCellValue());
            assertEquals(835, firstSale.getCell(16).getNumericCellValue());
            assertEquals(42.0, firstSale.getCell(17).getNumericCellValue());
            assertEquals(35_070.0, firstSale.getCell(18).getNumericCellValue(), 1e-6);
            assertEquals("0001079973-25-000129", firstSale.getCell(25).getStringCellValue());
            assertTrue(firstSale.getCell(7).getStringCellValue().contains("; "), "a joint filing names both owners");

            Sheet summary = workbook.getSheet("Summary");
            Row proDex = ReportFiles.rowWith(summary, 3, "PDEX");
            assertEquals("Issuer", proDex.getCell(0).getStringCellValue());
            assertEquals(1, proDex.getCell(6).getNumericCellValue(), "filings");
            assertEquals(2, proDex.getCell(7).getNumericCellValue(), "transactions");
            assertEquals(2_271, proDex.getCell(10).getNumericCellValue(), "shares sold");
            assertEquals(-2_271, proDex.getCell(12).getNumericCellValue(), "net shares");
            assertEquals(-94_577.84, proDex.getCell(13).getNumericCellValue(), 1e-6, "net value: 835 at 42.00 and 1,436 at 41.44");
            Row firstOwner = summary.getRow(proDex.getRowNum() + 1);
            Row secondOwner = summary.getRow(proDex.getRowNum() + 2);
            assertEquals("Owner", firstOwner.getCell(0).getStringCellValue());
            assertEquals("Owner", secondOwner.getCell(0).getStringCellValue());
            assertEquals(-94_577.84, secondOwner.getCell(13).getNumericCellValue(), 1e-6, "each owner of the joint filing");
            assertTrue(ReportFiles.rowWith(summary, 3, "AIR") != null);
        }
    }

    @Test
    void reportsOneIssuerByTradingSymbol() throws Exception {
        // when
        JobExecution report = run("filings-report", "from", "2025-01-01", "to", "2025-01-31", "issuer", "pdex",
                "reportsDir", reports.root().toString());

        // then
        assertEquals(BatchStatus.COMPLETED, report.getBatchStatus(), report.getExitStatus());
        String fileName = "insider-transactions-2025-01-01-to-2025-01-31-PDEX.xlsx";
        try (XSSFWorkbook workbook = ReportFiles.open(reports.root().resolve(fileName))) {
            Sheet transactions = workbook.getSheet("Transactions");
            assertEquals(2, transactions.getLastRowNum());
            transactions.forEach(row -> {
                if (row.getRowNum() > 0) {
                    assertEquals("PDEX", row.getCell(6).getStringCellValue());
                }
            });
            String chartTitle = workbook.getSheet("Summary").getDrawingPatriarch().getCharts().get(0).getTitleText().getString();
            assertTrue(chartTitle.endsWith("by trade date"), chartTitle);
        }
    }

    @Test
    void restartsAFailedReportStepAndLeavesNoPartialFile() throws Exception {
        // given: the reports directory is a regular file, so the first step cannot write
        Path notADirectory = reports.root().resolve("not-a-directory");
        Files.writeString(notADirectory, "a file where the reports directory should be");

        // when
        JobExecution failed = run("filings-report", "reportsDir", notADirectory.toString());

        // then
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(List.of("not-a-directory"), ReportFiles.names(reports.root()));
        assertEquals(List.of(), database.query("SELECT path FROM report_file"));

        // when: restarted with a directory it can write to
        JobExecution restarted = restart(failed.getExecutionId(), "reportsDir", reports.root().toString());

        // then: the default period is the last day with filings, the Pro-Dex filing date
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus(), restarted.getExitStatus());
        assertEquals(List.of("insider-transactions-2025-01-24.xlsx", "not-a-directory", "preferred-unit-ranks-2025-01-24.xlsx"),
                ReportFiles.names(reports.root()));
        assertEquals(2, database.query("SELECT path FROM report_file WHERE job_execution_id = ?",
                restarted.getExecutionId()).size());
    }
}
