package org.edgarbatch.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.edgarbatch.ownership.Footnoted;

/**
 * The insider-transactions workbook's Transactions sheet written with dhatim fastexcel, the reference the POI
 * workbook is measured against: the same 27 columns and cells (values or "see F1", number and date formats,
 * inline strings, frozen header, auto-filter), flushed every 1,000 rows. Benchmarks only.
 */
public final class FastexcelTransactionsSheet implements AutoCloseable {

    private static final int FLUSH_EVERY = 1_000;
    private static final int MAX_CELL_CHARACTERS = 32_767;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row = 1;

    public FastexcelTransactionsSheet(OutputStream out) {
        workbook = new Workbook(out, "edgar-batch", "1.0");
        sheet = workbook.newWorksheet(InsiderTransactionsWorkbook.TRANSACTIONS);
        var columns = InsiderTransactionsWorkbook.TRANSACTION_COLUMNS;
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, columns.get(c).heading());
            sheet.width(c, columns.get(c).width());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor("C0C0C0").wrapText(true).set();
        sheet.freezePane(0, 1);
    }

    public long rows() {
        return row - 1L;
    }

    public void add(FilingFacts filing, TransactionLine line) throws IOException {
        int r = row++;
        date(r, 0, filing.reportDate());
        text(r, 1, filing.datedBy());
        date(r, 2, line.transactionDate());
        LocalDate tradeDate = line.transactionDate().value();
        if (filing.filingDate() != null && tradeDate != null) {
            sheet.value(r, 3, InsiderTransactionsWorkbook.businessDaysBetween(tradeDate, filing.filingDate()));
        }
        text(r, 4, filing.issuerCik());
        text(r, 5, filing.issuerName());
        text(r, 6, filing.issuerSymbol());
        text(r, 7, filing.ownerNames());
        text(r, 8, filing.ownerCiks());
        text(r, 9, filing.ownerRelationships());
        text(r, 10, filing.ownerTitles());
        text(r, 11, filing.documentType());
        text(r, 12, line.derivative() ? "Derivative" : "Non-derivative");
        text(r, 13, line.code());
        text(r, 14, line.category().label());
        text(r, 15, line.security());
        number(r, 16, line.shares(), "#,##0");
        number(r, 17, line.price(), "#,##0.0000");
        BigDecimal value = line.value();
        if (value != null) {
            sheet.value(r, 18, value);
            sheet.style(r, 18).format("#,##0.00").set();
        }
        text(r, 19, line.acquiredDisposed());
        number(r, 20, line.sharesOwnedAfter(), "#,##0");
        if (line.isNewPosition()) {
            text(r, 21, "new");
        } else if (line.ownershipChange() != null) {
            sheet.value(r, 21, line.ownershipChange());
            sheet.style(r, 21).format("0.0%").set();
        }
        text(r, 22, line.directIndirect());
        text(r, 23, filing.aff10b5One() == null ? "" : filing.aff10b5One() ? "Yes" : "No");
        String footnotes = filing.footnotesInFull(line.footnoteIds());
        if (!footnotes.isEmpty()) {
            text(r, 24, footnotes);
            sheet.style(r, 24).wrapText(true).set();
        }
        text(r, 25, filing.accessionNumber());
        text(r, 26, filing.sourceDocument());
        if (r % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void text(int r, int c, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(r, c, value.length() > MAX_CELL_CHARACTERS ? value.substring(0, MAX_CELL_CHARACTERS) : value);
        }
    }

    private void text(int r, int c, Footnoted<String> field) {
        if (field.value() != null) {
            text(r, c, field.value());
        } else {
            footnoteReference(r, c, field);
        }
    }

    private void date(int r, int c, LocalDate value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        }
    }

    private void date(int r, int c, Footnoted<LocalDate> field) {
        if (field.value() != null) {
            date(r, c, field.value());
        } else {
            footnoteReference(r, c, field);
        }
    }

    private void number(int r, int c, Footnoted<BigDecimal> field, String format) {
        if (field.value() != null) {
            sheet.value(r, c, field.value());
            sheet.style(r, c).format(format).set();
        } else {
            footnoteReference(r, c, field);
        }
    }

    private void footnoteReference(int r, int c, Footnoted<?> field) {
        if (field.isFootnoteOnly()) {
            text(r, c, "see " + String.join(", ", field.footnoteIds()));
        }
    }

    @Override
    public void close() throws IOException {
        sheet.setAutoFilter(0, 0, row - 1, InsiderTransactionsWorkbook.TRANSACTION_COLUMNS.size() - 1);
        workbook.finish();
    }
}
