package org.edgarbatch.reports;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One table of a report workbook: a bold header that stays in view, columns as wide as declared (a large
 * sheet is never measured cell by cell), and an auto-filter over every row written.
 */
final class ReportSheet {

    /** A column: its heading and its width in characters. */
    record Column(String heading, int width) {
    }

    private final Sheet sheet;
    private final int headerRow;
    private final int columns;
    private int nextRow;

    /** Starts the table at the top of the sheet. */
    ReportSheet(Sheet sheet, ReportCells cells, List<Column> columns) {
        this(sheet, cells, columns, 0);
    }

    /** Starts the table's header at this row, under the rows above it (a title, say); those stay in view too. */
    ReportSheet(Sheet sheet, ReportCells cells, List<Column> columns, int headerRow) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns.size();
        Row header = sheet.createRow(headerRow);
        for (int i = 0; i < columns.size(); i++) {
            cells.text(header, i, columns.get(i).heading(), cells.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        nextRow = headerRow + 1;
    }

    /** @return A new row under the last one. */
    Row nextRow() {
        return sheet.createRow(nextRow++);
    }

    /** @return How many rows were written under the header. */
    int rows() {
        return nextRow - headerRow - 1;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Puts the auto-filter over the header and every row written; call once the last row is written. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns - 1));
    }
}
