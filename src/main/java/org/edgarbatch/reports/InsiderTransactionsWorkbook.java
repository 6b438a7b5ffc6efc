package org.edgarbatch.reports;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edgarbatch.reports.InsiderSummary.Totals;
import org.edgarbatch.reports.ReportSheet.Column;

/**
 * The insider-transactions workbook, streamed: filings are added one at a time with their transactions and
 * holdings, each row goes to disk once the row window moves past it, and only the Summary's totals stay in
 * memory. Sheets: Summary (with a chart of net open-market value), Transactions, Holdings, Rejected, and
 * Chart data (what the chart plots).
 */
public final class InsiderTransactionsWorkbook implements Closeable {

    /** The chart of many issuers shows this many, the largest by absolute net value. */
    static final int CHART_ISSUERS = 20;
    /** A Form 4 is due within two business days of the trade; a longer gap is highlighted. */
    static final int FORM_4_BUSINESS_DAYS = 2;

    static final String SUMMARY = "Summary";
    static final String TRANSACTIONS = "Transactions";
    static final String HOLDINGS = "Holdings";
    static final String REJECTED = "Rejected";
    static final String CHART_DATA = "Chart data";

    static final List<Column> SUMMARY_COLUMNS = List.of(
            new Column("Level", 8), new Column("Issuer / reporting owner", 36), new Column("CIK", 12),
            new Column("Symbol", 8), new Column("Relationship", 20), new Column("Title", 22),
            new Column("Filings", 9), new Column("Transactions", 12),
            new Column("Open-market shares bought", 14), new Column("Open-market value bought", 16),
            new Column("Open-market shares sold", 14), new Column("Open-market value sold", 16),
            new Column("Net open-market shares", 14), new Column("Net open-market value", 16),
            new Column("Open-market trades without a price", 14), new Column("Latest shares owned", 14),
            new Column("Latest shares owned: security", 28), new Column("Latest shares owned: trade date", 12),
            new Column("10b5-1 plan marked", 11));

    static final List<Column> TRANSACTION_COLUMNS = List.of(
            new Column("Filing date", 11), new Column("Dated by", 14), new Column("Trade date", 11),
            new Column("Business days to file", 9), new Column("Issuer CIK", 12), new Column("Issuer", 30),
            new Column("Symbol", 8), new Column("Reporting owner", 28), new Column("Owner CIK", 12),
            new Column("Relationship", 18), new Column("Title", 20), new Column("Form", 6), new Column("Table", 14),
            new Column("Code", 6), new Column("Category", 28), new Column("Security", 30), new Column("Shares", 13),
            new Column("Price", 12), new Column("Value", 15), new Column("Acquired (A) / disposed (D)", 10),
            new Column("Shares owned after", 14), new Column("Change in ownership", 10),
            new Column("Direct (D) / indirect (I)", 10), new Column("10b5-1 plan", 8), new Column("Footnotes", 50),
            new Column("Accession number", 21), new Column("Source document", 40));

    static final List<Column> HOLDING_COLUMNS = List.of(
            new Column("Filing date", 11), new Column("Dated by", 14), new Column("Issuer CIK", 12),
            new Column("Issuer", 30), new Column("Symbol", 8), new Column("Reporting owner", 28),
            new Column("Relationship", 18), new Column("Form", 6), new Column("Table", 14), new Column("Security", 30),
            new Column("Shares owned", 14), new Column("Value owned", 15), new Column("Direct (D) / indirect (I)", 10),
            new Column("Nature of ownership", 24), new Column("Exercise price", 12), new Column("Exercisable", 11),
            new Column("Expires", 11), new Column("Underlying security", 26), new Column("Underlying shares", 14),
            new Column("Footnotes", 50), new Column("Accession number", 21), new Column("Source document", 40));

    static final List<Column> REJECTED_COLUMNS = List.of(
            new Column("Path", 60), new Column("Reason", 70), new Column("Rejected at (server time)", 19),
            new Column("Execution", 10), new Column("Filing date", 11), new Column("In this report because", 30));

    private final ReportPeriod period;
    private final SXSSFWorkbook workbook;
    private final ReportCells cells;
    private final Sheet summarySheet;
    private final ReportSheet transactions;
    private final ReportSheet holdings;
    private final ReportSheet rejected;
    private final InsiderSummary summary = new InsiderSummary();
    private long filings;

    public InsiderTransactionsWorkbook(ReportPeriod period) {
        this.period = period;
        workbook = ReportCells.newWorkbook();
        cells = new ReportCells(workbook);
        summarySheet = workbook.createSheet(SUMMARY);
        transactions = new ReportSheet(workbook.createSheet(TRANSACTIONS), cells, TRANSACTION_COLUMNS);
        holdings = new ReportSheet(workbook.createSheet(HOLDINGS), cells, HOLDING_COLUMNS);
        rejected = new ReportSheet(workbook.createSheet(REJECTED), cells, REJECTED_COLUMNS);
        highlightLateForm4s(transactions.sheet());
    }

    /** Adds a filing: a row per transaction and per holding, and its share of the Summary. */
    public void add(FilingFacts filing, List<TransactionLine> transactionLines, List<HoldingLine> holdingLines) {
        filings++;
        summary.add(filing, transactionLines);
        for (TransactionLine line : transactionLines) {
            writeTransaction(filing, line);
        }
        for (HoldingLine line : holdingLines) {
            writeHolding(filing, line);
        }
    }

    public void addRejection(RejectionLine line) {
        Row row = rejected.nextRow();
        cells.text(row, 0, line.path());
        cells.wrapped(row, 1, line.reason());
        cells.dateTime(row, 2, line.rejectedAt());
        cells.count(row, 3, line.executionId());
        cells.date(row, 4, line.filingDate());
        cells.text(row, 5, line.datedBy());
    }

    public long filings() {
        return filings;
    }

    public long transactions() {
        return transactions.rows();
    }

    public long holdings() {
        return holdings.rows();
    }

    public long rejections() {
        return rejected.rows();
    }

    /** Writes the Summary and its chart, then the whole workbook. Call once, after the last row is added. */
    public void write(OutputStream out) throws IOException {
        writeSummary();
        transactions.finish();
        holdings.finish();
        rejected.finish();
        workbook.write(out);
    }

    /** Deletes the temporary files the rows were streamed to. */
    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }

    private void writeTransaction(FilingFacts filing, TransactionLine line) {
        Row row = transactions.nextRow();
        cells.date(row, 0, filing.reportDate());
        cells.text(row, 1, filing.datedBy());
        cells.date(row, 2, line.transactionDate());
        LocalDate tradeDate = line.transactionDate().value();
        if (filing.filingDate() != null && tradeDate != null) {
            cells.count(row, 3, businessDaysBetween(tradeDate, filing.filingDate()));
        }
        cells.text(row, 4, filing.issuerCik());
        cells.text(row, 5, filing.issuerName());
        cells.text(row, 6, filing.issuerSymbol());
        cells.text(row, 7, filing.ownerNames());
        cells.text(row, 8, filing.ownerCiks());
        cells.text(row, 9, filing.ownerRelationships());
        cells.text(row, 10, filing.ownerTitles());
        cells.text(row, 11, filing.documentType());
        cells.text(row, 12, line.derivative() ? "Derivative" : "Non-derivative");
        cells.text(row, 13, line.code());
        cells.text(row, 14, line.category().label());
        cells.text(row, 15, line.security());
        cells.shares(row, 16, line.shares());
        cells.price(row, 17, line.price());
        cells.money(row, 18, line.value());
        cells.text(row, 19, line.acquiredDisposed());
        cells.shares(row, 20, line.sharesOwnedAfter());
        if (line.isNewPosition()) {
            cells.text(row, 21, "new");
        } else {
            cells.percent(row, 21, line.ownershipChange());
        }
        cells.text(row, 22, line.directIndirect());
        cells.text(row, 23, plan(filing.aff10b5One()));
        cells.wrapped(row, 24, filing.footnotesInFull(line.footnoteIds()));
        cells.text(row, 25, filing.accessionNumber());
        cells.text(row, 26, filing.sourceDocument());
    }

    private void writeHolding(FilingFacts filing, HoldingLine line) {
        Row row = holdings.nextRow();
        cells.date(row, 0, filing.reportDate());
        cells.text(row, 1, filing.datedBy());
        cells.text(row, 2, filing.issuerCik());
        cells.text(row, 3, filing.issuerName());
        cells.text(row, 4, filing.issuerSymbol());
        cells.text(row, 5, filing.ownerNames());
        cells.text(row, 6, filing.ownerRelationships());
        cells.text(row, 7, filing.documentType());
        cells.text(row, 8, line.derivative() ? "Derivative" : "Non-derivative");
        cells.text(row, 9, line.security());
        cells.shares(row, 10, line.sharesOwned());
        cells.money(row, 11, line.valueOwned());
        cells.text(row, 12, line.directIndirect());
        cells.text(row, 13, line.natureOfOwnership());
        cells.price(row, 14, line.exercisePrice());
        cells.date(row, 15, line.exerciseDate());
        cells.date(row, 16, line.expirationDate());
        cells.text(row, 17, line.underlyingSecurity());
        cells.shares(row, 18, line.underlyingShares());
        cells.wrapped(row, 19, filing.footnotesInFull(line.footnoteIds()));
        cells.text(row, 20, filing.accessionNumber());
        cells.text(row, 21, filing.sourceDocument());
    }

    private void writeSummary() {
        Row title = summarySheet.createRow(0);
        cells.text(title, 0, "Insider transactions (Forms 3, 4 and 5)", cells.bold);
        cells.text(summarySheet.createRow(1), 0, period.describe() + ". Open-market: codes P and S in Table I. "
                + "A joint filing counts once for its issuer and once for each of its owners. "
                + "A document found on its own has no filing date and is dated by its period of report.");
        ReportSheet table = new ReportSheet(summarySheet, cells, SUMMARY_COLUMNS, 3);
        List<Totals> issuers = summary.issuers();
        for (Totals issuer : issuers) {
            writeTotals(table.nextRow(), issuer);
            for (Totals owner : issuer.owners()) {
                writeTotals(table.nextRow(), owner);
            }
        }
        table.finish();
        new NetValueChart(workbook, cells).draw(SUMMARY, CHART_DATA, SUMMARY_COLUMNS.size() + 1, 3, chartPoints(issuers));
    }

    private void writeTotals(Row row, Totals totals) {
        boolean issuer = totals.owner == null;
        cells.text(row, 0, issuer ? "Issuer" : "Owner", issuer ? cells.bold : cells.text);
        cells.text(row, 1, issuer ? totals.issuerName : "    " + totals.owner.name(), issuer ? cells.bold : cells.text);
        cells.text(row, 2, issuer ? totals.issuerCik : totals.owner.cik());
        cells.text(row, 3, issuer ? totals.issuerSymbol : null);
        if (!issuer) {
            cells.text(row, 4, totals.owner.relationshipText());
            cells.text(row, 5, totals.owner.title());
        }
        cells.count(row, 6, totals.filings);
        cells.count(row, 7, totals.transactions);
        cells.shares(row, 8, totals.sharesBought);
        cells.money(row, 9, totals.valueBought);
        cells.shares(row, 10, totals.sharesSold);
        cells.money(row, 11, totals.valueSold);
        cells.shares(row, 12, totals.netShares());
        cells.money(row, 13, totals.netValue());
        cells.count(row, 14, totals.tradesWithoutValue);
        if (!issuer) {
            cells.shares(row, 15, totals.latestSharesOwned);
            cells.text(row, 16, totals.latestSecurity);
            cells.date(row, 17, totals.latestTradeDate);
        }
        cells.text(row, 18, totals.plan());
    }

    /** For one issuer, net value per trade date; for many, per issuer, the largest by absolute value. */
    private NetValueChart.Points chartPoints(List<Totals> issuers) {
        if (period.issuer() != null || issuers.size() == 1) {
            List<String> days = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (Map.Entry<LocalDate, BigDecimal> day : summary.netValueByTradeDate().entrySet()) {
                days.add(day.getKey().toString());
                values.add(day.getValue());
            }
            String issuer = issuers.isEmpty() ? "" : " of " + issuers.get(0).issuerName;
            return new NetValueChart.Points("Net open-market value" + issuer + " by trade date", "Trade date", days, values);
        }
        List<Totals> largest = issuers.stream()
                .filter(t -> t.valueBought.signum() != 0 || t.valueSold.signum() != 0)
                .sorted(Comparator.comparing((Totals t) -> t.netValue().abs()).reversed()
                        .thenComparing(t -> t.issuerName == null ? "" : t.issuerName))
                .limit(CHART_ISSUERS)
                .toList();
        String title = issuers.size() > CHART_ISSUERS
                ? "Net open-market value, the " + CHART_ISSUERS + " issuers with the most (bought less sold)"
                : "Net open-market value per issuer (bought less sold)";
        return new NetValueChart.Points(title, "Issuer",
                largest.stream().map(t -> t.issuerSymbol != null ? t.issuerSymbol : t.issuerName).toList(),
                largest.stream().map(Totals::netValue).toList());
    }

    private static String plan(Boolean aff10b5One) {
        return aff10b5One == null ? "" : aff10b5One ? "Yes" : "No";
    }

    /** @return Weekdays after the trade date up to and including the filing date (holidays are not known here). */
    static long businessDaysBetween(LocalDate tradeDate, LocalDate filingDate) {
        if (filingDate.isBefore(tradeDate)) {
            return -businessDaysBetween(filingDate, tradeDate);
        }
        long days = 0;
        for (LocalDate day = tradeDate.plusDays(1); !day.isAfter(filingDate); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    /** A Form 4 (or 4/A) filed more than two business days after the trade gets an orange fill on its gap. */
    private static void highlightLateForm4s(Sheet sheet) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule late = formatting.createConditionalFormattingRule(
                "AND(LEFT($L2,1)=\"4\",ISNUMBER($D2),$D2>" + FORM_4_BUSINESS_DAYS + ")");
        PatternFormatting fill = late.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("D2:D1048576")}, late);
    }
}
