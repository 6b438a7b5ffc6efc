package org.edgarbatch.reports;

import static org.edgarbatch.reports.CellAssertions.assertDate;
import static org.edgarbatch.reports.CellAssertions.assertNumber;
import static org.edgarbatch.reports.CellAssertions.assertTables;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edgarbatch.ownership.Footnoted;
import org.edgarbatch.testsupport.WorkbookCells;
import org.junit.jupiter.api.Test;

/** The insider-transactions workbook built from known filings and read back with POI, sheet by sheet. */
class InsiderTransactionsWorkbookTest {

    private static final LocalDate FEB_4 = LocalDate.of(2022, 2, 4);

    /** The sample Form 4 (a document on its own): Michael A. Stein's two LTIP grants at Aimco, price "see F2". */
    static FilingFacts sampleForm4() {
        return new FilingFacts(1, null, null, FEB_4, "4", "0000922864", "APARTMENT INVESTMENT & MANAGEMENT CO", "AIV",
                null, "004_238d5272ba61ffbb.txt",
                List.of(new OwnerFacts("0001180194", "STEIN MICHAEL A", "Director", null)),
                Map.of("F1", "Represents LTIP units.", "F2", "Price column not applicable.", "F3", "The LTIP Units do not expire."));
    }

    static List<TransactionLine> sampleForm4Grants() {
        return List.of(grant("LTIP Units of Aimco OP L.P.", 7995), grant("LTIP II Units of Aimco OP L.P.", 41354));
    }

    private static TransactionLine grant(String security, long units) {
        return new TransactionLine(true, new Footnoted<>(security, List.of("F1", "F2")), Footnoted.of(FEB_4), "A",
                Footnoted.of(BigDecimal.valueOf(units)), new Footnoted<>(null, List.of("F2")), Footnoted.of("A"),
                Footnoted.of(BigDecimal.valueOf(units)), Footnoted.of("D"), List.of("F3"));
    }

    /** A filed Form 4 (with a filing date) of open-market trades: a purchase and a sale, filed five business days late. */
    static FilingFacts openMarketForm4() {
        return new FilingFacts(2, "0001234567-22-000001", LocalDate.of(2022, 2, 11), LocalDate.of(2022, 2, 3), "4",
                "0000320193", "Apple Inc.", "AAPL", Boolean.TRUE, "20220211/0001234567-22-000001.txt",
                List.of(new OwnerFacts("0001111111", "DOE JANE", "Officer", "Chief Financial Officer"),
                        new OwnerFacts("0002222222", "DOE FAMILY TRUST", "TenPercentOwner", null)),
                Map.of("F1", "Weighted average price; prices ranged from $10.00 to $10.50."));
    }

    static List<TransactionLine> openMarketTrades() {
        return List.of(
                new TransactionLine(false, Footnoted.of("Common Stock"), Footnoted.of(LocalDate.of(2022, 2, 3)), "P",
                        Footnoted.of(new BigDecimal("1000")), new Footnoted<>(new BigDecimal("10.25"), List.of("F1")),
                        Footnoted.of("A"), Footnoted.of(new BigDecimal("5000")), Footnoted.of("D"), List.of()),
                new TransactionLine(false, Footnoted.of("Common Stock"), Footnoted.of(LocalDate.of(2022, 2, 4)), "S",
                        Footnoted.of(new BigDecimal("400")), Footnoted.of(new BigDecimal("12.5")),
                        Footnoted.of("D"), Footnoted.of(new BigDecimal("4600")), Footnoted.of("D"), List.of()));
    }

    static HoldingLine optionHolding() {
        return new HoldingLine(true, Footnoted.of("Stock Option (right to buy)"), Footnoted.of(new BigDecimal("2500")),
                Footnoted.absent(), Footnoted.of("D"), Footnoted.absent(), Footnoted.of(new BigDecimal("8.125")),
                new Footnoted<>(null, List.of("F1")), Footnoted.of(LocalDate.of(2030, 1, 31)), Footnoted.of("Common Stock"),
                Footnoted.of(new BigDecimal("2500")));
    }

    private static XSSFWorkbook build(ReportPeriod period, boolean withOpenMarket) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InsiderTransactionsWorkbook workbook = new InsiderTransactionsWorkbook(period)) {
            workbook.add(sampleForm4(), sampleForm4Grants(), List.of());
            if (withOpenMarket) {
                workbook.add(openMarketForm4(), openMarketTrades(), List.of(optionHolding()));
            }
            workbook.addRejection(new RejectionLine("feed/20220204.nc.tar.gz!/0000950123-22-000002.nc",
                    "ownership XML <transactionShares> (line 57) is 'seven thousand', not a number", 7,
                    LocalDateTime.of(2022, 2, 5, 2, 0, 13), FEB_4, "filing date"));
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void writesTheSheetsInOrderWithBoldFrozenFilteredHeaders() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null), true)) {
            // then
            assertTables(workbook, List.of("Summary", "Transactions", "Holdings", "Rejected", "Chart data"), List.of("Transactions", "Holdings", "Rejected"));
            assertEquals("A1:AA5", workbook.getSheet("Transactions").getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void showsTheSampleForm4GrantsWithSeeF2ForThePrice() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(ReportPeriod.day(FEB_4), false)) {
            Sheet transactions = workbook.getSheet("Transactions");
            // then
            assertEquals(2, transactions.getLastRowNum());
            Row ltip = transactions.getRow(1);
            assertDate(FEB_4, ltip.getCell(0));
            assertEquals("period of report (document on its own, no filing date)", ltip.getCell(1).getStringCellValue());
            assertDate(FEB_4, ltip.getCell(2));
            assertNull(ltip.getCell(3), "no filing date, no days to file");
            assertEquals("0000922864", ltip.getCell(4).getStringCellValue());
            assertEquals("AIV", ltip.getCell(6).getStringCellValue());
            assertEquals("STEIN MICHAEL A", ltip.getCell(7).getStringCellValue());
            assertEquals("Director", ltip.getCell(9).getStringCellValue());
            assertEquals("Derivative", ltip.getCell(12).getStringCellValue());
            assertEquals("A", ltip.getCell(13).getStringCellValue());
            assertEquals("Grant, award or other acquisition from the issuer", ltip.getCell(14).getStringCellValue());
            assertEquals("LTIP Units of Aimco OP L.P.", ltip.getCell(15).getStringCellValue());
            assertNumber(7995, "#,##0", ltip.getCell(16));
            assertEquals("see F2", ltip.getCell(17).getStringCellValue());
            assertNull(ltip.getCell(18), "no price, no value");
            assertEquals("new", ltip.getCell(21).getStringCellValue(), "7,995 owned after acquiring 7,995: a new holding");
            assertEquals("F1: Represents LTIP units.\nF2: Price column not applicable.\nF3: The LTIP Units do not expire.",
                    ltip.getCell(24).getStringCellValue());
            assertEquals("004_238d5272ba61ffbb.txt", ltip.getCell(26).getStringCellValue());
            Row ltip2 = transactions.getRow(2);
            assertEquals("LTIP II Units of Aimco OP L.P.", ltip2.getCell(15).getStringCellValue());
            assertNumber(41354, "#,##0", ltip2.getCell(16));
            assertEquals("see F2", ltip2.getCell(17).getStringCellValue());
        }
    }

    @Test
    void writesPricesToFourDecimalsValuesAndOwnershipChange() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null), true)) {
            Row purchase = workbook.getSheet("Transactions").getRow(3);
            Row sale = workbook.getSheet("Transactions").getRow(4);
            // then
            assertDate(LocalDate.of(2022, 2, 11), purchase.getCell(0));
            assertEquals("filing date", purchase.getCell(1).getStringCellValue());
            assertNumber(6, "#,##0", purchase.getCell(3));
            assertEquals("DOE JANE; DOE FAMILY TRUST", purchase.getCell(7).getStringCellValue());
            assertEquals("Officer; 10% owner", purchase.getCell(9).getStringCellValue());
            assertNumber(10.25, "#,##0.0000", purchase.getCell(17));
            assertNumber(10250, "#,##0.00", purchase.getCell(18));
            assertNumber(0.25, "0.0%", purchase.getCell(21));
            assertEquals("Yes", purchase.getCell(23).getStringCellValue());
            assertEquals("F1: Weighted average price; prices ranged from $10.00 to $10.50.", purchase.getCell(24).getStringCellValue());
            assertEquals("0001234567-22-000001", purchase.getCell(25).getStringCellValue());
            assertNumber(-0.08, "0.0%", sale.getCell(21));
            assertNumber(5, "#,##0", sale.getCell(3));
        }
    }

    @Test
    void highlightsForm4sFiledMoreThanTwoBusinessDaysAfterTheTrade() throws IOException {
        try (XSSFWorkbook workbook = build(ReportPeriod.day(FEB_4), false)) {
            var formatting = workbook.getSheet("Transactions").getSheetConditionalFormatting();
            assertEquals(1, formatting.getNumConditionalFormattings());
            assertEquals("AND(LEFT($L2,1)=\"4\",ISNUMBER($D2),$D2>2)",
                    formatting.getConditionalFormattingAt(0).getRule(0).getFormula1());
        }
        assertEquals(2, InsiderTransactionsWorkbook.businessDaysBetween(LocalDate.of(2022, 2, 4), LocalDate.of(2022, 2, 8)));
        assertEquals(0, InsiderTransactionsWorkbook.businessDaysBetween(LocalDate.of(2022, 2, 4), LocalDate.of(2022, 2, 6)));
    }

    @Test
    void summarisesEachIssuerAndEachOwnerWithinIt() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null), true)) {
            Sheet summary = workbook.getSheet("Summary");
            // then
            String scope = summary.getRow(1).getCell(0).getStringCellValue();
            assertEquals("filing dates 2022-02-04 to 2022-02-11, all issuers", scope.substring(0, scope.indexOf('.')));
            assertEquals("Issuer / reporting owner", summary.getRow(3).getCell(1).getStringCellValue());
            assertEquals(4, ((XSSFSheet) summary).getPaneInformation().getHorizontalSplitPosition());
            Row aimco = summary.getRow(4);
            assertEquals("Issuer", aimco.getCell(0).getStringCellValue());
            assertEquals("APARTMENT INVESTMENT & MANAGEMENT CO", aimco.getCell(1).getStringCellValue());
            assertNumber(1, "#,##0", aimco.getCell(6));
            assertNumber(2, "#,##0", aimco.getCell(7));
            assertNumber(0, "#,##0.00", aimco.getCell(13));
            assertEquals("Not stated", aimco.getCell(18).getStringCellValue());
            Row stein = summary.getRow(5);
            assertEquals("Owner", stein.getCell(0).getStringCellValue());
            assertEquals("STEIN MICHAEL A", stein.getCell(1).getStringCellValue().strip());
            assertEquals("Director", stein.getCell(4).getStringCellValue());
            assertNull(stein.getCell(15), "derivative rows give no latest shares owned");

            Row apple = summary.getRow(6);
            assertEquals("Apple Inc.", apple.getCell(1).getStringCellValue());
            assertNumber(1000, "#,##0", apple.getCell(8));
            assertNumber(10250, "#,##0.00", apple.getCell(9));
            assertNumber(400, "#,##0", apple.getCell(10));
            assertNumber(5000, "#,##0.00", apple.getCell(11));
            assertNumber(600, "#,##0", apple.getCell(12));
            assertNumber(5250, "#,##0.00", apple.getCell(13));
            assertEquals("Yes", apple.getCell(18).getStringCellValue());
            Row trust = summary.getRow(7);
            assertEquals("DOE FAMILY TRUST", trust.getCell(1).getStringCellValue().strip());
            assertNumber(5250, "#,##0.00", trust.getCell(13));
            Row jane = summary.getRow(8);
            assertEquals("DOE JANE", jane.getCell(1).getStringCellValue().strip());
            assertEquals("Chief Financial Officer", jane.getCell(5).getStringCellValue());
            assertNumber(4600, "#,##0", jane.getCell(15));
            assertEquals("Common Stock", jane.getCell(16).getStringCellValue());
            assertDate(LocalDate.of(2022, 2, 4), jane.getCell(17));
            assertNull(summary.getRow(9));
        }
    }

    @Test
    void chartsNetOpenMarketValuePerIssuer() throws IOException {
        try (XSSFWorkbook workbook = build(new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null), true)) {
            XSSFDrawing drawing = workbook.getSheet("Summary").getDrawingPatriarch();
            assertTrue(drawing != null, "the Summary has a drawing");
            List<XSSFChart> charts = drawing.getCharts();
            assertEquals(1, charts.size());
            XSSFChart chart = charts.get(0);
            assertEquals("Net open-market value per issuer (bought less sold)", chart.getTitleText().getString());
            var series = chart.getChartSeries().get(0).getSeries(0);
            assertEquals("'Chart data'!$A$2:$A$2", series.getCategoryData().getDataRangeReference());
            assertEquals("AAPL", series.getCategoryData().getPointAt(0));
            assertEquals(5250.0, ((Number) series.getValuesData().getPointAt(0)).doubleValue());
            Sheet data = workbook.getSheet("Chart data");
            assertEquals("AAPL", data.getRow(1).getCell(0).getStringCellValue());
            assertNumber(5250, "#,##0.00", data.getRow(1).getCell(1));
        }
    }

    @Test
    void chartsOneIssuerByTradeDate() throws IOException {
        try (XSSFWorkbook workbook = build(new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), "aapl"), true)) {
            XSSFChart chart = workbook.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
            assertTrue(chart.getTitleText().getString().endsWith("by trade date"), chart.getTitleText().getString());
            Sheet data = workbook.getSheet("Chart data");
            assertEquals("2022-02-03", data.getRow(1).getCell(0).getStringCellValue());
            assertNumber(10250, "#,##0.00", data.getRow(1).getCell(1));
            assertEquals("2022-02-04", data.getRow(2).getCell(0).getStringCellValue());
            assertNumber(-5000, "#,##0.00", data.getRow(2).getCell(1));
        }
    }

    @Test
    void listsHoldingsAndRejectedDocuments() throws IOException {
        try (XSSFWorkbook workbook = build(new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null), true)) {
            Row option = workbook.getSheet("Holdings").getRow(1);
            assertEquals("Stock Option (right to buy)", option.getCell(9).getStringCellValue());
            assertNumber(2500, "#,##0", option.getCell(10));
            assertNumber(8.125, "#,##0.0000", option.getCell(14));
            assertEquals("see F1", option.getCell(15).getStringCellValue());
            assertDate(LocalDate.of(2030, 1, 31), option.getCell(16));
            assertEquals("F1: Weighted average price; prices ranged from $10.00 to $10.50.", option.getCell(19).getStringCellValue());

            Row rejection = workbook.getSheet("Rejected").getRow(1);
            assertEquals("feed/20220204.nc.tar.gz!/0000950123-22-000002.nc", rejection.getCell(0).getStringCellValue());
            assertTrue(rejection.getCell(1).getStringCellValue().contains("'seven thousand', not a number"));
            assertEquals(LocalDateTime.of(2022, 2, 5, 2, 0, 13), rejection.getCell(2).getLocalDateTimeCellValue());
            assertNumber(7, "#,##0", rejection.getCell(3));
            assertEquals("filing date", rejection.getCell(5).getStringCellValue());
        }
    }

    @Test
    void buildsTheSameBytesTwice() throws IOException {
        ReportPeriod period = new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null);
        byte[] first = bytes(period);
        assertArrayEquals(first, bytes(period));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(first))) {
            assertNull(workbook.getProperties().getCoreProperties().getCreated(), "no clock reading in the file");
        }
    }

    private static byte[] bytes(ReportPeriod period) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InsiderTransactionsWorkbook workbook = new InsiderTransactionsWorkbook(period)) {
            workbook.add(openMarketForm4(), openMarketTrades(), List.of(optionHolding()));
            workbook.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void buildsTheSameCellsTwice() throws IOException {
        ReportPeriod period = new ReportPeriod(FEB_4, LocalDate.of(2022, 2, 11), null);
        try (XSSFWorkbook first = build(period, true); XSSFWorkbook second = build(period, true)) {
            assertEquals(WorkbookCells.of(first), WorkbookCells.of(second));
            assertFalse(WorkbookCells.of(first).isEmpty());
        }
    }
}
