package org.edgarbatch.reports;

import static org.edgarbatch.reports.CellAssertions.assertDate;
import static org.edgarbatch.reports.CellAssertions.assertFill;
import static org.edgarbatch.reports.CellAssertions.assertNumber;
import static org.edgarbatch.reports.CellAssertions.assertTables;
import static org.edgarbatch.reports.CellAssertions.assertText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.edgarbatch.reports.PreferredUnitRanks.Contradiction;
import org.edgarbatch.reports.PreferredUnitRanks.Designation;
import org.edgarbatch.reports.PreferredUnitRanks.JointFilingAgreement;
import org.edgarbatch.reports.PreferredUnitRanks.Party;
import org.edgarbatch.reports.PreferredUnitRanks.Relation;
import org.edgarbatch.reports.PreferredUnitRanks.UnitClass;
import org.edgarbatch.testsupport.WorkbookCells;
import org.edgarbatch.units.UnitRank;
import org.junit.jupiter.api.Test;

/**
 * The preferred-unit-ranks workbook built from the sample designation (AIMCO Properties, L.P.'s Class R
 * Partnership Preferred Units, Exhibit FF of the Twenty-Third Amendment) and the sample joint filing agreement,
 * read back with POI, sheet by sheet.
 */
class PreferredUnitRanksWorkbookTest {

    static final String AIMCO_KEY = "AIMCO PROPERTIES, L.P.";
    static final String AIMCO = "AIMCO Properties, L.P.";
    static final String CLASS_R = "Class R Partnership Preferred Units";
    static final String CLASS_B = "Class B Partnership Preferred Units";
    static final String COMMON = "Partnership Common Units";
    static final String CLASS_FIVE = "Class Five Partnership Preferred Units";
    static final String SAMPLE_DESIGNATION = "002_04ac6effcf108f4c.txt";
    static final LocalDate AMENDMENT_DATE = LocalDate.of(2001, 7, 20);

    /** The 21 classes Section 7 of Exhibit FF puts on a parity with Class R, in the order it names them. */
    static final List<String> PARITY_WITH_R = Stream.of("B", "C", "D", "G", "H", "I", "J", "K", "L", "M", "N", "O",
                    "P", "Q", "One", "Two", "Three", "Four", "Six", "Seven", "Nine")
            .map(designator -> "Class " + designator + " Partnership Preferred Units").toList();

    /** The four classes Section 7 of Exhibit FF names junior to Class R. */
    static final List<String> JUNIOR_TO_R = List.of(COMMON, "Class I High Performance Partnership Units", CLASS_FIVE,
            "Class Eight Partnership Preferred Units");

    private static final String CLASS_B_DESIGNATION = "aimco-class-b-designation.txt";
    private static final String SPROLE = "Jonathan K. Sprole";
    private static final LocalDate FEB_14_2001 = LocalDate.of(2001, 2, 14);

    /** Exhibit FF as the sample gives it: a document on its own, so no filing date. */
    static Designation classRDesignation() {
        return new Designation(4_140_000L, new BigDecimal("25.00"),
                "an amount per Class R Partnership Preferred Unit equal to all dividends (whether or not declared or"
                        + " earned) accumulated, accrued and unpaid on one share of Class R Preferred Stock to the date"
                        + " of final distribution to such holders",
                "Class R Cumulative Preferred Stock", "FF", 23,
                "Third Amended and Restated Agreement of Limited Partnership of AIMCO Properties, L.P.",
                AMENDMENT_DATE, null, SAMPLE_DESIGNATION);
    }

    /**
     * @return AIMCO's ranked classes, most senior first: Class R and its 21 parity classes (tier 1, parity group 1),
     *         then the four junior classes (tier 2, each its own parity group, 2 to 5).
     */
    static List<UnitClass> aimcoClasses() {
        List<UnitClass> classes = new ArrayList<>();
        classes.add(new UnitClass(AIMCO_KEY, AIMCO, CLASS_R, 1, 1, classRDesignation(), List.of(), PARITY_WITH_R,
                JUNIOR_TO_R));
        PARITY_WITH_R.forEach(name -> classes.add(namedOnly(name, 1, 1)));
        for (int i = 0; i < JUNIOR_TO_R.size(); i++) {
            classes.add(namedOnly(JUNIOR_TO_R.get(i), 2, 2 + i));
        }
        return classes;
    }

    private static UnitClass namedOnly(String className, int tier, int parityGroup) {
        return new UnitClass(AIMCO_KEY, AIMCO, className, tier, parityGroup, null, List.of(), List.of(), List.of());
    }

    /** @return What Exhibit FF states: Class R on a parity with each of the 21, senior to each of the four. */
    static List<Relation> aimcoRelations() {
        List<Relation> relations = new ArrayList<>();
        PARITY_WITH_R.forEach(name -> relations.add(new Relation(AIMCO_KEY, CLASS_R, UnitRank.PARITY, name, SAMPLE_DESIGNATION)));
        JUNIOR_TO_R.forEach(name -> relations.add(new Relation(AIMCO_KEY, CLASS_R, UnitRank.SENIOR, name, SAMPLE_DESIGNATION)));
        return relations;
    }

    /** The sample joint filing agreement (Exhibit 1 to GE's Schedule 13G on Aimco), a document on its own. */
    static JointFilingAgreement geJointFiling() {
        return new JointFilingAgreement("13G", true, "Apartment Investment and Management Company",
                "Class A Common Stock, par value $0.01 per share", "Rule 13d-1(k)(1)", FEB_14_2001, null,
                "003_40159256e381a620.txt", List.of(
                        new Party("General Electric Capital Corporation", null, SPROLE, "Department Operations Manager", false),
                        new Party("GE Capital Equity Investments, Inc.", null, SPROLE, "Managing Director and General Counsel", false),
                        new Party("General Electric Capital Services, Inc.", null, SPROLE, "Attorney-in-fact", true),
                        new Party("General Electric Company", null, SPROLE, "Attorney-in-fact", true)));
    }

    static PreferredUnitRanks sampleRanks() {
        return new PreferredUnitRanks(aimcoClasses(), aimcoRelations(), List.of(), List.of(geJointFiling()));
    }

    /** The sample, plus a Class B designation that names Class R senior to Class B: a contradiction. */
    static PreferredUnitRanks sampleRanksWithClassBContradiction() {
        List<Relation> relations = new ArrayList<>(aimcoRelations());
        relations.add(new Relation(AIMCO_KEY, CLASS_R, UnitRank.SENIOR, CLASS_B, CLASS_B_DESIGNATION));
        return new PreferredUnitRanks(aimcoClasses(), relations, List.of(new Contradiction(AIMCO,
                CLASS_R + " senior to " + CLASS_B, CLASS_B_DESIGNATION,
                CLASS_B + " on a parity with " + CLASS_R, SAMPLE_DESIGNATION)), List.of(geJointFiling()));
    }

    private static XSSFWorkbook build(PreferredUnitRanks ranks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PreferredUnitRanksWorkbook(ReportPeriod.day(AMENDMENT_DATE)).write(ranks, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Ranking sheet: title, legend, a blank row, the partnership, the column headings, then one row per class. */
    private static final int FIRST_MATRIX_ROW = 5;

    @Test
    void writesTheSheetsInOrderWithBoldFrozenFilteredHeaders() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            // then
            assertTables(workbook, List.of("Classes", "Ranking", "Tiers", "Contradictions", "Joint filings"), List.of("Classes", "Tiers", "Contradictions", "Joint filings"));
            assertEquals("A1:R27", workbook.getSheet("Classes").getCTWorksheet().getAutoFilter().getRef(),
                    "18 columns, the header and 26 classes");
            assertEquals("A1:D3", workbook.getSheet("Tiers").getCTWorksheet().getAutoFilter().getRef());
            assertEquals("A1:E1", workbook.getSheet("Contradictions").getCTWorksheet().getAutoFilter().getRef(),
                    "no contradictions, the header only");
            assertEquals("A1:N5", workbook.getSheet("Joint filings").getCTWorksheet().getAutoFilter().getRef());
            Row classesHeader = workbook.getSheet("Classes").getRow(0);
            assertEquals("Partnership", classesHeader.getCell(0).getStringCellValue());
            assertEquals("Stated parity classes", classesHeader.getCell(15).getStringCellValue());
            assertEquals("Source document", classesHeader.getCell(17).getStringCellValue());
            assertEquals(18, classesHeader.getLastCellNum());
        }
    }

    @Test
    void showsClassRWithItsDesignationDatedByTheAmendment() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet classes = workbook.getSheet("Classes");
            // then
            assertEquals(26, classes.getLastRowNum(), "Class R, its 21 parity classes and its 4 junior classes");
            Row classR = classes.getRow(1);
            assertText(AIMCO, classR.getCell(0));
            assertText(CLASS_R, classR.getCell(1));
            assertNumber(1, "#,##0", classR.getCell(2));
            assertText("Yes", classR.getCell(3));
            assertNumber(4_140_000, "#,##0", classR.getCell(4));
            assertNumber(25.0, "#,##0.00", classR.getCell(5));
            assertText("an amount per Class R Partnership Preferred Unit equal to all dividends (whether or not declared"
                    + " or earned) accumulated, accrued and unpaid on one share of Class R Preferred Stock to the date"
                    + " of final distribution to such holders", classR.getCell(6));
            assertTrue(classR.getCell(6).getCellStyle().getWrapText(), "the addition wraps");
            assertText("Class R Cumulative Preferred Stock", classR.getCell(7));
            assertText("FF", classR.getCell(8));
            assertNumber(23, "#,##0", classR.getCell(9));
            assertText("Third Amended and Restated Agreement of Limited Partnership of AIMCO Properties, L.P.", classR.getCell(10));
            assertDate(AMENDMENT_DATE, classR.getCell(11));
            assertDate(AMENDMENT_DATE, classR.getCell(12));
            assertText("date of the amendment (document on its own, no filing date)", classR.getCell(13));
            assertNull(classR.getCell(14), "Exhibit FF names no class senior to Class R");
            assertEquals(PARITY_WITH_R, Arrays.asList(classR.getCell(15).getStringCellValue().split("; ")));
            assertEquals(JUNIOR_TO_R, Arrays.asList(classR.getCell(16).getStringCellValue().split("; ")));
            assertText(SAMPLE_DESIGNATION, classR.getCell(17));
        }
    }

    @Test
    void showsAClassOnlyNamedByOtherDesignationsWithoutDesignationFacts() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet classes = workbook.getSheet("Classes");
            // then
            Row classB = classes.getRow(2);
            assertText(AIMCO, classB.getCell(0));
            assertText(CLASS_B, classB.getCell(1));
            assertNumber(1, "#,##0", classB.getCell(2));
            assertText("No (named by other designations only)", classB.getCell(3));
            for (int column = 4; column <= 17; column++) {
                assertNull(classB.getCell(column), "Class B has no stored designation: column " + column + " is empty");
            }
            Row common = classes.getRow(23);
            assertText(COMMON, common.getCell(1));
            assertNumber(2, "#,##0", common.getCell(2));
            assertText("No (named by other designations only)", common.getCell(3));
            assertText("Class Eight Partnership Preferred Units", classes.getRow(26).getCell(1));
        }
    }

    @Test
    void headsTheRankingWithThePeriodAndAColouredLegend() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            XSSFSheet ranking = workbook.getSheet("Ranking");
            // then
            Cell title = ranking.getRow(0).getCell(0);
            assertText("How the class of each row ranks against the class of each column, as to distributions and on"
                    + " liquidation (filing date 2001-07-20, all issuers; every stored designation).", title);
            assertTrue(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold());
            Row legend = ranking.getRow(1);
            assertText("Senior or junior through a chain of stated orders; unknown: nothing stated links them.", legend.getCell(0));
            assertEquals(List.of("senior", "parity", "junior", "unknown", "contradicted"),
                    Stream.of(1, 2, 3, 4, 5).map(j -> legend.getCell(j).getStringCellValue()).toList());
            assertFill(IndexedColors.LIGHT_GREEN, legend.getCell(1));
            assertFill(IndexedColors.LIGHT_YELLOW, legend.getCell(2));
            assertFill(IndexedColors.ROSE, legend.getCell(3));
            assertFill(IndexedColors.GREY_25_PERCENT, legend.getCell(4));
            assertFill(IndexedColors.RED, legend.getCell(5));
            assertNull(ranking.getRow(2), "a blank row before the partnership");
            assertEquals(1, ranking.getPaneInformation().getVerticalSplitPosition(), "the class names stay in view");
        }
    }

    @Test
    void putsClassROnAParityWithTwentyOneClassesAndSeniorToFour() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet ranking = workbook.getSheet("Ranking");
            // then
            assertText(AIMCO, ranking.getRow(3).getCell(0));
            Row heading = ranking.getRow(4);
            assertText("Class (row) is ... to class (column)", heading.getCell(0));
            List<String> columns = new ArrayList<>();
            for (int j = 1; j <= 26; j++) {
                columns.add(heading.getCell(j).getStringCellValue());
            }
            assertEquals(aimcoClasses().stream().map(UnitClass::className).toList(), columns);
            assertNull(heading.getCell(27));
            assertEquals(90, heading.getCell(1).getCellStyle().getRotation(), "column headings run upwards");

            Row classR = ranking.getRow(FIRST_MATRIX_ROW);
            assertText(CLASS_R, classR.getCell(0));
            assertText("-", classR.getCell(1));
            List<String> words = new ArrayList<>();
            for (int j = 2; j <= 26; j++) {
                words.add(classR.getCell(j).getStringCellValue());
            }
            assertEquals(21, words.stream().filter("parity"::equals).count());
            assertEquals(4, words.stream().filter("senior"::equals).count());
            assertEquals(25, words.size());
            for (int j = 2; j <= 22; j++) {
                assertText("parity", classR.getCell(j));
            }
            for (int j = 23; j <= 26; j++) {
                assertText("senior", classR.getCell(j));
            }
            assertNull(classR.getCell(27));
            assertEquals(FIRST_MATRIX_ROW + 25, ranking.getLastRowNum(), "one row per class");
        }
    }

    @Test
    void ranksPartnershipCommonUnitsJuniorToClassRAndUnknownAgainstClassFive() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet ranking = workbook.getSheet("Ranking");
            // then
            Row common = ranking.getRow(FIRST_MATRIX_ROW + 22);
            assertText(COMMON, common.getCell(0));
            assertText("junior", common.getCell(1));
            assertText("junior", common.getCell(2), "junior to Class B too, through its parity with Class R");
            assertText("-", common.getCell(23));
            assertText("unknown", common.getCell(24), "nothing links it to the Class I High Performance Partnership Units");
            assertText("unknown", common.getCell(25), "nothing links it to Class Five");
            assertText(CLASS_FIVE, ranking.getRow(4).getCell(25));
            Row classB = ranking.getRow(FIRST_MATRIX_ROW + 1);
            assertText(CLASS_B, classB.getCell(0));
            assertText("parity", classB.getCell(1));
            assertText("parity", classB.getCell(3), "Class B and Class C share Class R's parity group");
            assertText("senior", classB.getCell(23));
        }
    }

    @Test
    void coloursSeniorParityAndJuniorCellsDifferently() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet ranking = workbook.getSheet("Ranking");
            Cell senior = ranking.getRow(FIRST_MATRIX_ROW).getCell(23);
            Cell parity = ranking.getRow(FIRST_MATRIX_ROW).getCell(2);
            Cell junior = ranking.getRow(FIRST_MATRIX_ROW + 22).getCell(1);
            Cell unknown = ranking.getRow(FIRST_MATRIX_ROW + 22).getCell(25);
            Cell same = ranking.getRow(FIRST_MATRIX_ROW).getCell(1);
            // then
            assertText("senior", senior);
            assertText("parity", parity);
            assertText("junior", junior);
            assertFill(IndexedColors.LIGHT_GREEN, senior);
            assertFill(IndexedColors.LIGHT_YELLOW, parity);
            assertFill(IndexedColors.ROSE, junior);
            assertFill(IndexedColors.GREY_25_PERCENT, unknown);
            assertFill(IndexedColors.GREY_50_PERCENT, same);
            short seniorFill = senior.getCellStyle().getFillForegroundColor();
            short parityFill = parity.getCellStyle().getFillForegroundColor();
            short juniorFill = junior.getCellStyle().getFillForegroundColor();
            assertNotEquals(seniorFill, parityFill);
            assertNotEquals(parityFill, juniorFill);
            assertNotEquals(seniorFill, juniorFill);
        }
    }

    @Test
    void listsTierOneWithTwentyTwoClassesThenTierTwoWithFour() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet tiers = workbook.getSheet("Tiers");
            // then
            assertEquals(2, tiers.getLastRowNum());
            Row first = tiers.getRow(1);
            assertText(AIMCO, first.getCell(0));
            assertNumber(1, "#,##0", first.getCell(1));
            assertNumber(22, "#,##0", first.getCell(2));
            List<String> tierOne = new ArrayList<>(List.of(CLASS_R));
            tierOne.addAll(PARITY_WITH_R);
            assertEquals(tierOne, Arrays.asList(first.getCell(3).getStringCellValue().split("; ")));
            Row second = tiers.getRow(2);
            assertText(AIMCO, second.getCell(0));
            assertNumber(2, "#,##0", second.getCell(1));
            assertNumber(4, "#,##0", second.getCell(2));
            assertEquals(JUNIOR_TO_R, Arrays.asList(second.getCell(3).getStringCellValue().split("; ")));
        }
    }

    @Test
    void listsAContradictionWithTheDocumentsOfBothStatements() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanksWithClassBContradiction())) {
            Sheet contradictions = workbook.getSheet("Contradictions");
            // then
            assertEquals(1, contradictions.getLastRowNum());
            Row row = contradictions.getRow(1);
            assertText(AIMCO, row.getCell(0));
            assertText("Class R Partnership Preferred Units senior to Class B Partnership Preferred Units", row.getCell(1));
            assertText("aimco-class-b-designation.txt", row.getCell(2));
            assertText("Class B Partnership Preferred Units on a parity with Class R Partnership Preferred Units", row.getCell(3));
            assertText(SAMPLE_DESIGNATION, row.getCell(4));
            assertEquals("A1:E2", ((XSSFSheet) contradictions).getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void marksAnOrderStatedBetweenParityClassesAsContradictedInRedWithWhiteBoldText() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanksWithClassBContradiction())) {
            Sheet ranking = workbook.getSheet("Ranking");
            // then
            Cell rAgainstB = ranking.getRow(FIRST_MATRIX_ROW).getCell(2);
            Cell bAgainstR = ranking.getRow(FIRST_MATRIX_ROW + 1).getCell(1);
            assertText("contradicted", rAgainstB);
            assertText("contradicted", bAgainstR);
            assertFill(IndexedColors.RED, rAgainstB);
            var font = workbook.getFontAt(rAgainstB.getCellStyle().getFontIndex());
            assertTrue(font.getBold());
            assertEquals(IndexedColors.WHITE.getIndex(), font.getColor());
            assertText("parity", ranking.getRow(FIRST_MATRIX_ROW).getCell(3), "Class R and Class C stay on a parity");
            assertText("parity", ranking.getRow(FIRST_MATRIX_ROW + 1).getCell(3), "Class B and Class C stay on a parity");
        }
    }

    @Test
    void listsEachPartyToTheJointFilingAgreementOnItsOwnRow() throws IOException {
        // when
        try (XSSFWorkbook workbook = build(sampleRanks())) {
            Sheet jointFilings = workbook.getSheet("Joint filings");
            // then
            assertEquals(4, jointFilings.getLastRowNum());
            List<String> parties = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                Row row = jointFilings.getRow(r);
                assertNumber(1, "#,##0", row.getCell(0));
                assertDate(FEB_14_2001, row.getCell(1));
                assertText("date of the agreement (document on its own, no filing date)", row.getCell(2));
                assertText("13G", row.getCell(3));
                assertText("Yes", row.getCell(4));
                assertText("Apartment Investment and Management Company", row.getCell(5));
                assertText("Class A Common Stock, par value $0.01 per share", row.getCell(6));
                assertText("Rule 13d-1(k)(1)", row.getCell(7));
                parties.add(row.getCell(8).getStringCellValue());
                assertNull(row.getCell(9), "each party signs itself");
                assertText(SPROLE, row.getCell(10));
                assertText("003_40159256e381a620.txt", row.getCell(13));
            }
            assertEquals(List.of("General Electric Capital Corporation", "GE Capital Equity Investments, Inc.",
                    "General Electric Capital Services, Inc.", "General Electric Company"), parties);
            assertText("Department Operations Manager", jointFilings.getRow(1).getCell(11));
            assertText("No", jointFilings.getRow(1).getCell(12));
            assertText("Managing Director and General Counsel", jointFilings.getRow(2).getCell(11));
            assertText("No", jointFilings.getRow(2).getCell(12));
            assertText("Attorney-in-fact", jointFilings.getRow(3).getCell(11));
            assertText("Yes", jointFilings.getRow(3).getCell(12));
            assertText("Attorney-in-fact", jointFilings.getRow(4).getCell(11));
            assertText("Yes", jointFilings.getRow(4).getCell(12));
        }
    }

    @Test
    void buildsTheSameCellsTwice() throws IOException {
        try (XSSFWorkbook first = build(sampleRanksWithClassBContradiction());
             XSSFWorkbook second = build(sampleRanksWithClassBContradiction())) {
            assertEquals(WorkbookCells.of(first), WorkbookCells.of(second));
            assertFalse(WorkbookCells.of(first).isEmpty());
        }
    }
}
