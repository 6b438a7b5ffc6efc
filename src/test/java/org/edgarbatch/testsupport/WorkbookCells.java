package org.edgarbatch.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Every cell of a workbook as text (sheet, address, type, value, format), to compare two builds cell by cell. */
public final class WorkbookCells {

    private WorkbookCells() {
    }

    public static List<String> of(Workbook workbook) {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " "
                            + switch (cell.getCellType()) {
                                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                                case FORMULA -> cell.getCellFormula();
                                default -> cell.getStringCellValue();
                            } + " [" + cell.getCellStyle().getDataFormatString() + "]");
                }
            }
        }
        return cells;
    }
}
