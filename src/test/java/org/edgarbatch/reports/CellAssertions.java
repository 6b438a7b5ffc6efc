package org.edgarbatch.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Assertions on one cell of a workbook read back with POI: its type, value, number format and fill. */
final class CellAssertions {

    private CellAssertions() {
    }

    static void assertText(String expected, Cell cell) {
        assertText(expected, cell, null);
    }

    static void assertText(String expected, Cell cell, String message) {
        assertTrue(cell != null, () -> "a cell holds '" + expected + "'" + (message == null ? "" : ": " + message));
        assertEquals(CellType.STRING, cell.getCellType(), () -> "cell " + cell.getAddress() + " is text");
        assertEquals(expected, cell.getStringCellValue(), () -> "cell " + cell.getAddress()
                + (message == null ? "" : ": " + message));
    }

    static void assertNumber(double expected, String format, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), () -> "cell " + cell.getAddress() + " is a number");
        assertEquals(expected, cell.getNumericCellValue(), 1e-9, () -> "cell " + cell.getAddress());
        assertEquals(format, cell.getCellStyle().getDataFormatString(), () -> "format of " + cell.getAddress());
    }

    static void assertDate(LocalDate expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), () -> "cell " + cell.getAddress() + " is a date");
        assertTrue(DateUtil.isCellDateFormatted(cell), () -> "cell " + cell.getAddress() + " is formatted as a date");
        assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
        assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString());
    }

    static void assertFill(IndexedColors expected, Cell cell) {
        assertEquals(expected.getIndex(), cell.getCellStyle().getFillForegroundColor(),
                () -> "fill of " + cell.getAddress() + " is " + expected);
    }

    /** Checks the sheet order, and that each table sheet has a bold header frozen in view, a filter and column widths. */
    static void assertTables(XSSFWorkbook workbook, List<String> sheetNames, List<String> tableSheets) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        assertEquals(sheetNames, names);
        for (String name : tableSheets) {
            XSSFSheet sheet = workbook.getSheet(name);
            Row header = sheet.getRow(0);
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), name);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name + " frozen under the header");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " has an auto-filter");
            assertTrue(sheet.getColumnWidth(0) > 8 * 256, name + " first column has a width");
        }
    }
}
