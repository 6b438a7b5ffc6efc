package org.edgarbatch.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.edgarbatch.reports.PreferredUnitRanks.Contradiction;
import org.edgarbatch.reports.PreferredUnitRanks.Designation;
import org.edgarbatch.reports.PreferredUnitRanks.JointFilingAgreement;
import org.edgarbatch.reports.PreferredUnitRanks.Party;
import org.edgarbatch.reports.PreferredUnitRanks.UnitClass;
import org.edgarbatch.reports.ReportSheet.Column;

/**
 * The preferred-unit-ranks workbook: Classes, Ranking (the class-by-class matrix, coloured), Tiers,
 * Contradictions and Joint filings. It shows every stored designation, not only the period's: a class's
 * rank depends on all of them. The period names the file.
 */
public final class PreferredUnitRanksWorkbook {

    static final String CLASSES = "Classes";
    static final String RANKING = "Ranking";
    static final String TIERS = "Tiers";
    static final String CONTRADICTIONS = "Contradictions";
    static final String JOINT_FILINGS = "Joint filings";

    static final List<Column> CLASS_COLUMNS = List.of(
            new Column("Partnership", 30), new Column("Class", 40), new Column("Tier", 6),
            new Column("Designated in the stored filings", 12), new Column("Units", 13),
            new Column("Liquidation preference per unit", 14), new Column("Plus", 40),
            new Column("Mirrored preferred stock", 34), new Column("Designation exhibit", 11),
            new Column("Amendment", 10), new Column("Amended agreement", 40), new Column("Amendment date", 11),
            new Column("Filed", 11), new Column("Dated by", 20), new Column("Stated senior classes", 30),
            new Column("Stated parity classes", 40), new Column("Stated junior classes", 40),
            new Column("Source document", 40));

    static final List<Column> TIER_COLUMNS = List.of(
            new Column("Partnership", 30), new Column("Tier", 6), new Column("Classes", 12),
            new Column("Classes in the tier", 100));

    static final List<Column> CONTRADICTION_COLUMNS = List.of(
            new Column("Partnership", 30), new Column("Statement", 50), new Column("Stated in", 50),
            new Column("Conflicting statement", 50), new Column("Stated in", 50));

    static final List<Column> JOINT_FILING_COLUMNS = List.of(
            new Column("Agreement", 10), new Column("Date", 11), new Column("Dated by", 20), new Column("Schedule", 9),
            new Column("Covers amendments", 10), new Column("Subject company", 34), new Column("Class of security", 34),
            new Column("Rule", 12), new Column("Party", 36), new Column("Signed through", 30), new Column("Signatory", 24),
            new Column("Title", 28), new Column("Under a power of attorney", 11), new Column("Source document", 40));

    private final ReportPeriod period;

    public PreferredUnitRanksWorkbook(ReportPeriod period) {
        this.period = period;
    }

    /** Writes the workbook; its temporary files are gone when this returns. */
    public void write(PreferredUnitRanks ranks, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = ReportCells.newWorkbook();
        try {
            ReportCells cells = new ReportCells(workbook);
            writeClasses(new ReportSheet(workbook.createSheet(CLASSES), cells, CLASS_COLUMNS), cells, ranks.classes());
            writeRanking(workbook, cells, ranks);
            writeTiers(new ReportSheet(workbook.createSheet(TIERS), cells, TIER_COLUMNS), cells, ranks.classes());
            writeContradictions(new ReportSheet(workbook.createSheet(CONTRADICTIONS), cells, CONTRADICTION_COLUMNS),
                    cells, ranks.contradictions());
            writeJointFilings(new ReportSheet(workbook.createSheet(JOINT_FILINGS), cells, JOINT_FILING_COLUMNS),
                    cells, ranks.jointFilings());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void writeClasses(ReportSheet sheet, ReportCells cells, List<UnitClass> classes) {
        for (UnitClass unitClass : classes) {
            Row row = sheet.nextRow();
            cells.text(row, 0, unitClass.partnership());
            cells.text(row, 1, unitClass.className());
            cells.count(row, 2, unitClass.tier());
            Designation designation = unitClass.designation();
            cells.text(row, 3, designation != null ? "Yes" : "No (named by other designations only)");
            if (designation != null) {
                if (designation.units() != null) {
                    cells.count(row, 4, designation.units());
                }
                cells.money(row, 5, designation.liquidationPreference());
                cells.wrapped(row, 6, designation.liquidationPreferenceAddition());
                cells.text(row, 7, designation.mirroredStock());
                cells.text(row, 8, designation.exhibit());
                if (designation.amendmentOrdinal() != null) {
                    cells.count(row, 9, designation.amendmentOrdinal());
                }
                cells.text(row, 10, designation.amendedAgreement());
                cells.date(row, 11, designation.amendmentDate());
                cells.date(row, 12, designation.date());
                cells.text(row, 13, designation.datedBy());
                cells.wrapped(row, 14, String.join("; ", unitClass.statedSenior()));
                cells.wrapped(row, 15, String.join("; ", unitClass.statedParity()));
                cells.wrapped(row, 16, String.join("; ", unitClass.statedJunior()));
                cells.text(row, 17, designation.sourceDocument());
            }
        }
        sheet.finish();
    }

    private void writeRanking(SXSSFWorkbook workbook, ReportCells cells, PreferredUnitRanks ranks) {
        Sheet sheet = workbook.createSheet(RANKING);
        Map<UnitRankMatrix.Cell, CellStyle> styles = matrixStyles(workbook);
        CellStyle columnHeading = workbook.createCellStyle();
        columnHeading.cloneStyleFrom(cells.header);
        columnHeading.setRotation((short) 90);
        columnHeading.setAlignment(HorizontalAlignment.CENTER);

        int rowIndex = 0;
        cells.text(sheet.createRow(rowIndex++), 0, "How the class of each row ranks against the class of each column, as to "
                + "distributions and on liquidation (" + period.describe() + "; every stored designation).", cells.bold);
        Row legend = sheet.createRow(rowIndex++);
        int legendColumn = 1;
        for (UnitRankMatrix.Cell cell : List.of(UnitRankMatrix.Cell.SENIOR, UnitRankMatrix.Cell.PARITY,
                UnitRankMatrix.Cell.JUNIOR, UnitRankMatrix.Cell.UNKNOWN, UnitRankMatrix.Cell.CONTRADICTED)) {
            cells.text(legend, legendColumn++, cell.word, styles.get(cell));
        }
        cells.text(legend, 0, "Senior or junior through a chain of stated orders; unknown: nothing stated links them.");
        sheet.setColumnWidth(0, 44 * 256);
        int widest = 0;
        for (List<UnitClass> partnership : UnitRankMatrix.byPartnership(ranks.classes()).values()) {
            String key = partnership.get(0).partnershipKey();
            UnitRankMatrix matrix = new UnitRankMatrix(partnership,
                    ranks.relations().stream().filter(r -> r.partnershipKey().equals(key)).toList());
            UnitRankMatrix.Cell[][] matrixCells = matrix.cells();
            rowIndex++;
            cells.text(sheet.createRow(rowIndex++), 0, partnership.get(0).partnership(), cells.bold);
            Row heading = sheet.createRow(rowIndex++);
            heading.setHeightInPoints(150);
            cells.text(heading, 0, "Class (row) is ... to class (column)", cells.header);
            for (int j = 0; j < partnership.size(); j++) {
                cells.text(heading, j + 1, partnership.get(j).className(), columnHeading);
            }
            for (int i = 0; i < partnership.size(); i++) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, partnership.get(i).className(), cells.bold);
                for (int j = 0; j < partnership.size(); j++) {
                    UnitRankMatrix.Cell cell = matrixCells[i][j];
                    if (cell == UnitRankMatrix.Cell.SAME) {
                        cells.text(row, j + 1, "-", styles.get(cell));
                    } else {
                        cells.text(row, j + 1, cell.word, styles.get(cell));
                    }
                }
            }
            widest = Math.max(widest, partnership.size());
        }
        for (int j = 1; j <= Math.max(widest, 5); j++) {
            sheet.setColumnWidth(j, 12 * 256);
        }
        sheet.createFreezePane(1, 0);
    }

    private static Map<UnitRankMatrix.Cell, CellStyle> matrixStyles(SXSSFWorkbook workbook) {
        Map<UnitRankMatrix.Cell, CellStyle> styles = new EnumMap<>(UnitRankMatrix.Cell.class);
        styles.put(UnitRankMatrix.Cell.SENIOR, fill(workbook, IndexedColors.LIGHT_GREEN, false));
        styles.put(UnitRankMatrix.Cell.PARITY, fill(workbook, IndexedColors.LIGHT_YELLOW, false));
        styles.put(UnitRankMatrix.Cell.JUNIOR, fill(workbook, IndexedColors.ROSE, false));
        styles.put(UnitRankMatrix.Cell.UNKNOWN, fill(workbook, IndexedColors.GREY_25_PERCENT, false));
        styles.put(UnitRankMatrix.Cell.CONTRADICTED, fill(workbook, IndexedColors.RED, true));
        styles.put(UnitRankMatrix.Cell.SAME, fill(workbook, IndexedColors.GREY_50_PERCENT, false));
        return styles;
    }

    private static CellStyle fill(SXSSFWorkbook workbook, IndexedColors colour, boolean whiteBold) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        if (whiteBold) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setColor(IndexedColors.WHITE.getIndex());
            style.setFont(font);
        }
        return style;
    }

    private static void writeTiers(ReportSheet sheet, ReportCells cells, List<UnitClass> classes) {
        for (List<UnitClass> partnership : UnitRankMatrix.byPartnership(classes).values()) {
            Map<Integer, List<String>> tiers = new TreeMap<>();
            partnership.forEach(c -> tiers.computeIfAbsent(c.tier(), k -> new ArrayList<>()).add(c.className()));
            for (Map.Entry<Integer, List<String>> tier : tiers.entrySet()) {
                Row row = sheet.nextRow();
                cells.text(row, 0, partnership.get(0).partnership());
                cells.count(row, 1, tier.getKey());
                cells.count(row, 2, tier.getValue().size());
                cells.wrapped(row, 3, String.join("; ", tier.getValue()));
            }
        }
        sheet.finish();
    }

    private static void writeContradictions(ReportSheet sheet, ReportCells cells, List<Contradiction> contradictions) {
        for (Contradiction contradiction : contradictions) {
            Row row = sheet.nextRow();
            cells.text(row, 0, contradiction.partnership());
            cells.wrapped(row, 1, contradiction.statement());
            cells.wrapped(row, 2, contradiction.sources());
            cells.wrapped(row, 3, contradiction.conflictingStatement());
            cells.wrapped(row, 4, contradiction.conflictingSources());
        }
        sheet.finish();
    }

    private static void writeJointFilings(ReportSheet sheet, ReportCells cells, List<JointFilingAgreement> agreements) {
        int number = 0;
        for (JointFilingAgreement agreement : agreements) {
            number++;
            for (Party party : agreement.parties()) {
                Row row = sheet.nextRow();
                cells.count(row, 0, number);
                cells.date(row, 1, agreement.date());
                cells.text(row, 2, agreement.datedBy());
                cells.text(row, 3, agreement.schedule());
                cells.text(row, 4, agreement.coversAmendments() ? "Yes" : "No");
                cells.text(row, 5, agreement.subjectCompany());
                cells.text(row, 6, agreement.securityClass());
                cells.text(row, 7, agreement.rule());
                cells.text(row, 8, party.name());
                cells.text(row, 9, party.signedThrough());
                cells.text(row, 10, party.signatory());
                cells.text(row, 11, party.title());
                cells.text(row, 12, party.underPowerOfAttorney() ? "Yes" : "No");
                cells.text(row, 13, agreement.sourceDocument());
            }
        }
        sheet.finish();
    }
}
