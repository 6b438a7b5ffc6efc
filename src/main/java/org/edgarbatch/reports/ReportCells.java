package org.edgarbatch.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edgarbatch.ownership.Footnoted;

/**
 * The cell styles of a report workbook, created once per workbook (a workbook holds at most 64,000
 * styles, so never one per cell), and the typed ways to fill a cell with them: numbers stay numbers,
 * dates stay dates, and a value a filing gives only as a footnote reads {@code see F2}.
 */
final class ReportCells {

    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARACTERS = 32_767;

    final CellStyle header;
    final CellStyle bold;
    final CellStyle text;
    final CellStyle wrappedText;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle count;
    final CellStyle shares;
    final CellStyle fractionalShares;
    final CellStyle price;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle footnoteReference;

    /** Rows kept in memory per sheet; the rest are in compressed temporary files until the workbook is written. */
    static final int ROW_WINDOW = 200;

    /**
     * @return A new streamed workbook: {@link #ROW_WINDOW} rows per sheet in memory, the rest in compressed
     *         temporary files, and no creation time in its properties, so the same report is the same bytes
     *         (the registry keeps when it was written).
     */
    static SXSSFWorkbook newWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
        return workbook;
    }

    ReportCells(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrappedText = workbook.createCellStyle();
        wrappedText.setWrapText(true);
        wrappedText.setVerticalAlignment(VerticalAlignment.TOP);
        date = numberStyle(workbook, formats, "yyyy-mm-dd");
        dateTime = numberStyle(workbook, formats, "yyyy-mm-dd hh:mm:ss");
        count = numberStyle(workbook, formats, "#,##0");
        shares = count;
        fractionalShares = numberStyle(workbook, formats, "#,##0.0###");
        price = numberStyle(workbook, formats, "#,##0.0000");
        money = numberStyle(workbook, formats, "#,##0.00");
        percent = numberStyle(workbook, formats, "0.0%");
        footnoteReference = workbook.createCellStyle();
        footnoteReference.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        footnoteReference.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle numberStyle(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** Writes text; nothing for null. Text longer than a cell holds is cut with a mark that says so. */
    void text(Row row, int column, String value) {
        text(row, column, value, text);
    }

    void wrapped(Row row, int column, String value) {
        text(row, column, value, wrappedText);
    }

    void text(Row row, int column, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() > MAX_CELL_CHARACTERS
                ? value.substring(0, MAX_CELL_CHARACTERS - 14) + " [... cut off]"
                : value);
        cell.setCellStyle(style);
    }

    void date(Row row, int column, LocalDate value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
    }

    void dateTime(Row row, int column, LocalDateTime value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(dateTime);
        }
    }

    void count(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(count);
    }

    /** A share count: whole numbers with thousands separators, fractions to at most four places. */
    void shares(Row row, int column, BigDecimal value) {
        if (value != null) {
            number(row, column, value, isWhole(value) ? shares : fractionalShares);
        }
    }

    void price(Row row, int column, BigDecimal value) {
        number(row, column, value, price);
    }

    void money(Row row, int column, BigDecimal value) {
        number(row, column, value, money);
    }

    void percent(Row row, int column, Double value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(percent);
        }
    }

    void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    /**
     * The writers of a value a filing may give only as footnotes: the value when there is one, else
     * {@code see F2} (or {@code see F2, F3}), else nothing.
     */
    void shares(Row row, int column, Footnoted<BigDecimal> field) {
        valueOrFootnotes(row, column, field, this::shares);
    }

    void price(Row row, int column, Footnoted<BigDecimal> field) {
        valueOrFootnotes(row, column, field, this::price);
    }

    void money(Row row, int column, Footnoted<BigDecimal> field) {
        valueOrFootnotes(row, column, field, this::money);
    }

    void date(Row row, int column, Footnoted<LocalDate> field) {
        valueOrFootnotes(row, column, field, this::date);
    }

    void text(Row row, int column, Footnoted<String> field) {
        valueOrFootnotes(row, column, field, this::text);
    }

    /** Writes a value of one type into a cell. */
    @FunctionalInterface
    private interface CellWriter<T> {
        void write(Row row, int column, T value);
    }

    private <T> void valueOrFootnotes(Row row, int column, Footnoted<T> field, CellWriter<T> writer) {
        if (field.value() != null) {
            writer.write(row, column, field.value());
        } else {
            footnoteReference(row, column, field);
        }
    }

    private void footnoteReference(Row row, int column, Footnoted<?> field) {
        if (field.isFootnoteOnly()) {
            text(row, column, "see " + String.join(", ", field.footnoteIds()), footnoteReference);
        }
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
