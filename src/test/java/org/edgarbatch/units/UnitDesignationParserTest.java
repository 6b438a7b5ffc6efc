package org.edgarbatch.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.edgarbatch.filings.ExhibitText;
import org.edgarbatch.filings.InvalidDocumentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitDesignationParserTest {

    private static final Path CLASS_R = Path.of("src/samples/filings/002_04ac6effcf108f4c.txt");

    private static UnitDesignation classR;

    /** Designations written for these tests after the real one (src/test/filings/units/AUTHORED.md). */
    private static UnitDesignation parse(String authored) throws IOException, InvalidDocumentException {
        return new UnitDesignationParser().parse(ExhibitText.of(Files.readAllBytes(Path.of("src/test/filings/units", authored))));
    }

    @BeforeAll
    static void parseSample() throws IOException, InvalidDocumentException {
        classR = new UnitDesignationParser().parse(ExhibitText.of(Files.readAllBytes(CLASS_R)));
    }

    @Test
    void readsThePartnershipAndTheAmendmentThatAdoptsTheDesignation() {
        assertEquals("AIMCO Properties, L.P.", classR.partnership());
        assertEquals("AIMCO-GP, Inc.", classR.generalPartner());
        UnitDesignation.Amendment amendment = classR.amendment();
        assertEquals(23, amendment.ordinal());
        assertEquals("Third Amended and Restated Agreement of Limited Partnership of AIMCO Properties, L.P.",
                amendment.amendedAgreement());
        assertEquals(LocalDate.of(1994, 7, 29), amendment.amendedAgreementDate());
        assertEquals(LocalDate.of(2001, 7, 20), amendment.date());
        assertEquals("Peter Kompaniez", amendment.signatory());
        assertEquals("FF", classR.exhibit());
    }

    @Test
    void readsTheClassItsUnitsAndLiquidationPreference() {
        assertEquals("Class R Partnership Preferred Units", classR.className());
        assertEquals(4_140_000L, classR.units());
        assertEquals(new BigDecimal("25.00"), classR.liquidationPreference());
        assertEquals("an amount per Class R Partnership Preferred Unit equal to all dividends (whether or not declared"
                        + " or earned) accumulated, accrued and unpaid on one share of Class R Preferred Stock to the date"
                        + " of final distribution to such holders",
                classR.liquidationPreferenceAddition());
    }

    @Test
    void readsThePreferredStockTheUnitsMirrorAndTheirTerms() {
        assertEquals("Class R Preferred Stock", classR.mirroredStock());
        assertEquals("Class R Cumulative Preferred Stock, par value $0.01 per share, of the Previous General Partner",
                classR.mirroredStockDescription());
        assertTrue(classR.distributionTerms().startsWith("On every Distribution Payment Date, the holders of Class R"
                + " Partnership Preferred Units shall be entitled to receive distributions"), classR.distributionTerms());
        assertTrue(classR.distributionTerms().contains("equal to the per share dividend payable on the Class R Preferred Stock"));
        assertTrue(classR.redemptionTerms().startsWith("Class R Partnership Preferred Units shall be redeemable by the"
                + " Partnership as follows:"), classR.redemptionTerms());
        assertTrue(classR.redemptionTerms().contains("At any time that the Previous General Partner exercises its right"
                + " to redeem all or any of the shares of Class R Preferred Stock"));
        assertEquals("The Class R Partnership Preferred Units shall be owned and held solely by the General Partner or"
                + " the Special Limited Partner.", classR.ownershipRestrictions());
    }

    @Test
    void namesNoSeniorClassTwentyOneParityClassesAndFourJuniorClasses() {
        assertEquals(List.of(), classR.classesRanked(UnitRank.SENIOR));
        assertEquals(List.of("B", "C", "D", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
                        "One", "Two", "Three", "Four", "Six", "Seven", "Nine").stream()
                        .map(letter -> "Class " + letter + " Partnership Preferred Units").toList(),
                classR.classesRanked(UnitRank.PARITY));
        assertEquals(List.of("Partnership Common Units", "Class I High Performance Partnership Units",
                        "Class Five Partnership Preferred Units", "Class Eight Partnership Preferred Units"),
                classR.classesRanked(UnitRank.JUNIOR));
    }

    @Test
    void keepsTheClassesAsWrittenAndTheGeneralTestOfEachClause() {
        UnitDesignation.RankingClause parity = classR.ranking().get(1);
        assertEquals(UnitRank.PARITY, parity.rank());
        assertEquals("Class G Partnership Preferred Units", parity.classesAsWritten().get(3),
                "'Class G Partner ship Preferred Units' repaired as it is read");
        UnitDesignation.RankingClause senior = classR.ranking().get(0);
        assertEquals(UnitRank.SENIOR, senior.rank());
        assertEquals("the holders of such class or series shall be entitled to the receipt of distributions and of"
                + " amounts distributable upon liquidation, dissolution or winding up, as the case may be, in preference"
                + " or priority to the holders of Class R Partnership Preferred Units", senior.generalTest());
        assertTrue(parity.generalTest().startsWith("the holders of such class or series of Partnership Units and the"
                + " Class R Partnership Preferred Units shall be entitled"), parity.generalTest());
        assertTrue(parity.generalTest().endsWith("without preference or priority one over the other"), parity.generalTest());
        UnitDesignation.RankingClause junior = classR.ranking().get(2);
        assertEquals("the holders of Class R Partnership Preferred Units shall be entitled to receipt of distributions or"
                + " of amounts distributable upon liquidation, dissolution or winding up, as the case may be, in"
                + " preference or priority to the holders of such class or series of Partnership Units",
                junior.generalTest(), "the page break inside clause (c) is joined");
    }

    @Test
    void readsAListThatAFormFeedPageBreakCutInTheMiddleOfAClassName() throws IOException, InvalidDocumentException {
        UnitDesignation classS = parse("aimco-class-s-designation.txt");

        assertEquals("Class S Partnership Preferred Units", classS.className());
        assertEquals(24, classS.amendment().ordinal());
        assertEquals(LocalDate.of(2001, 8, 15), classS.amendment().date(), "the date wraps across two lines");
        assertEquals("GG", classS.exhibit());
        assertEquals(2_000_000L, classS.units());
        assertEquals(List.of(), classS.classesRanked(UnitRank.SENIOR));
        assertEquals(List.of("Class B Partnership Preferred Units", "Class C Partnership Preferred Units",
                "Class R Partnership Preferred Units", "Class One Partnership Preferred Units",
                "Class Nine Partnership Preferred Units"), classS.classesRanked(UnitRank.PARITY));
        assertEquals(List.of("Partnership Common Units", "Class I High Performance Partnership Units",
                "Class Five Partnership Preferred Units"), classS.classesRanked(UnitRank.JUNIOR));
        assertTrue(classS.liquidationPreferenceAddition().contains("one share of Class S Preferred Stock"));
    }

    @Test
    void readsAnHtmlDesignation() throws IOException, InvalidDocumentException {
        UnitDesignation classFive = parse("aimco-class-five-designation.htm");

        assertEquals("AIMCO Properties, L.P.", classFive.partnership());
        assertEquals("AIMCO-GP, Inc.", classFive.generalPartner());
        assertEquals(new UnitDesignation.Amendment(25,
                "Third Amended and Restated Agreement of Limited Partnership of AIMCO Properties, L.P.",
                LocalDate.of(1994, 7, 29), LocalDate.of(2001, 9, 10), "Peter Kompaniez"), classFive.amendment());
        assertEquals("HH", classFive.exhibit());
        assertEquals("Class Five Partnership Preferred Units", classFive.className());
        assertEquals(1_500_000L, classFive.units());
        assertEquals(new BigDecimal("25.00"), classFive.liquidationPreference());
        assertEquals("Class Five Preferred Stock", classFive.mirroredStock());
        assertEquals("Class Five Cumulative Preferred Stock, par value $0.01 per share, of the Previous General Partner",
                classFive.mirroredStockDescription());
        assertEquals(List.of("Class R Partnership Preferred Units", "Class S Partnership Preferred Units"),
                classFive.classesRanked(UnitRank.SENIOR));
        assertEquals(List.of("Class Eight Partnership Preferred Units"), classFive.classesRanked(UnitRank.PARITY));
        assertEquals(List.of("Partnership Common Units"), classFive.classesRanked(UnitRank.JUNIOR));
    }

    @Test
    void readsADesignationThatNamesClassRSenior() throws IOException, InvalidDocumentException {
        UnitDesignation classB = parse("aimco-class-b-designation.txt");

        assertEquals("Class B Partnership Preferred Units", classB.className());
        assertEquals(750_000L, classB.units());
        assertEquals(List.of("Class R Partnership Preferred Units"), classB.classesRanked(UnitRank.SENIOR));
        assertEquals(List.of("Class C Partnership Preferred Units"), classB.classesRanked(UnitRank.PARITY));
        assertEquals(List.of("Partnership Common Units"), classB.classesRanked(UnitRank.JUNIOR));
    }

    @Test
    void canonicalisesHowEachDocumentWritesAClass() {
        assertEquals("Class G Partnership Preferred Units", UnitClassName.canonical("the CLASS G PARTNER SHIP PREFERRED UNIT"));
        assertEquals("Class Nine Partnership Preferred Units", UnitClassName.canonical("Class 9 Partnership Preferred Units"));
        assertEquals("Class Twenty-One Partnership Preferred Units", UnitClassName.canonical("class twenty-one partnership preferred units,"));
        assertEquals("Class I High Performance Partnership Units", UnitClassName.canonical("Class I High Performance Partnership Units"));
    }

    @Test
    void refusesADesignationWithoutARankingSection() {
        String text = "A class of Partnership Preferred Units is hereby designated as \"Class X Partnership Preferred"
                + " Units,\" and the number of Partnership Preferred Units constituting such class shall be 100.\n";
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class,
                () -> new UnitDesignationParser().parse(ExhibitText.of(text.getBytes(StandardCharsets.US_ASCII))));
        assertEquals("no ranking section for Class X Partnership Preferred Units (a numbered section headed 'Ranking')",
                refused.getMessage());
    }

    @Test
    void readsAClassWithNoRankingClauseNamedAsNull() throws InvalidDocumentException {
        String text = """
                A class of Partnership Preferred Units is hereby designated as "Class X Partnership Preferred Units."

                7. Ranking. Any class or series of Partnership Units shall be deemed to rank (a) on a parity with the
                Class X Partnership Preferred Units if the holders of such class or series shall be entitled to
                distributions without preference or priority one over the other ("Parity Partnership Units").
                """;
        UnitDesignation designation = new UnitDesignationParser().parse(ExhibitText.of(text.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(List.of(), designation.classesRanked(UnitRank.PARITY));
        assertEquals("the holders of such class or series shall be entitled to distributions without preference or"
                + " priority one over the other", designation.ranking().get(0).generalTest());
        assertNull(designation.units());
        assertNull(designation.partnership());
        assertNull(designation.amendment());
    }
}
