package org.edgarbatch.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.edgarbatch.filings.InvalidDocumentException;
import org.edgarbatch.testsupport.TestFilings;
import org.junit.jupiter.api.Test;

class OwnershipXmlParserTest {

    private static final Path FORM_4 = Path.of("src/samples/filings/004_238d5272ba61ffbb.txt");

    private final OwnershipXmlParser parser = new OwnershipXmlParser();

    @Test
    void readsTheSampleForm4Header() throws Exception {
        OwnershipDocument form4 = parser.parse(Files.readAllBytes(FORM_4));

        assertEquals("X0306", form4.schemaVersion());
        assertEquals("4", form4.documentType());
        assertFalse(form4.isAmendment());
        assertEquals(LocalDate.of(2022, 2, 4), form4.periodOfReport());
        assertNull(form4.dateOfOriginalSubmission());
        assertNull(form4.aff10b5One(), "X0306 cannot state aff10b5One: absent, neither yes nor no");
        assertNull(form4.remarks());
        assertEquals(new Issuer("0000922864", "APARTMENT INVESTMENT & MANAGEMENT CO", "AIV"), form4.issuer());
        assertEquals(List.of(new OwnerSignature("Michael A. Stein", LocalDate.of(2022, 2, 7))), form4.signatures());
    }

    @Test
    void readsTheSampleForm4ReportingOwner() throws Exception {
        OwnershipDocument form4 = parser.parse(Files.readAllBytes(FORM_4));

        assertEquals(List.of(new ReportingOwner("0001180194", "STEIN MICHAEL A", "11084 E. MARIOLA WAY", null,
                "SCOTTSDALE", "AZ", "85262", null, true, false, false, false, null, null)), form4.reportingOwners());
    }

    @Test
    void readsTheSampleForm4DerivativeTransactionsWithFootnoteOnlyValues() throws Exception {
        OwnershipDocument form4 = parser.parse(Files.readAllBytes(FORM_4));

        assertEquals(List.of(), form4.nonDerivativeTransactions());
        assertEquals(List.of(), form4.nonDerivativeHoldings());
        assertEquals(List.of(), form4.derivativeHoldings());
        assertEquals(List.of(
                        ltipGrant("LTIP Units of Aimco OP L.P.", "7995"),
                        ltipGrant("LTIP II Units of Aimco OP L.P.", "41354")),
                form4.derivativeTransactions());
        Footnoted<BigDecimal> price = form4.derivativeTransactions().get(0).transaction().pricePerShare();
        assertTrue(price.isFootnoteOnly(), "no price, see F2: not zero, not empty");
    }

    private static DerivativeTransaction ltipGrant(String title, String units) {
        BigDecimal amount = new BigDecimal(units);
        LocalDate grantDate = LocalDate.of(2022, 2, 4);
        return new DerivativeTransaction(
                Footnoted.of(title, "F1", "F2"),
                new DerivativeTerms(
                        Footnoted.of(null, "F2"),
                        Footnoted.of(grantDate),
                        Footnoted.of(null, "F3"),
                        Footnoted.of("Partnership Common Units"),
                        Footnoted.of(amount),
                        Footnoted.absent()),
                new TransactionAmounts(
                        Footnoted.of(grantDate),
                        Footnoted.absent(),
                        new TransactionCoding("4", "A", false, List.of()),
                        Footnoted.absent(),
                        Footnoted.of(amount),
                        Footnoted.absent(),
                        Footnoted.of(null, "F2"),
                        Footnoted.of("A")),
                new HoldingAfter(Footnoted.of(amount), Footnoted.absent(), Footnoted.of("D"), Footnoted.absent()));
    }

    @Test
    void readsTheSampleForm4Footnotes() throws Exception {
        OwnershipDocument form4 = parser.parse(Files.readAllBytes(FORM_4));

        assertEquals(List.of("F1", "F2", "F3"), List.copyOf(form4.footnotes().keySet()));
        assertTrue(form4.footnotes().get("F1").startsWith(
                "Pursuant to the Amended and Restated Agreement of Limited Partnership of Aimco OP L.P. (the \"Partnership Agreement\")"));
        assertEquals("Award for director compensation; price column not applicable.", form4.footnotes().get("F2"));
        assertEquals("The LTIP Units do not expire.", form4.footnotes().get("F3"));
    }

    @Test
    void readsAff10b5OneInItsThreeStates() throws Exception {
        assertEquals(Boolean.TRUE, parser.parse(sampleWith("<aff10b5One>1</aff10b5One>")).aff10b5One());
        assertEquals(Boolean.FALSE, parser.parse(sampleWith("<aff10b5One>false</aff10b5One>")).aff10b5One());
        assertNull(parser.parse(sampleWith("")).aff10b5One());
    }

    @Test
    void ignoresElementsItDoesNotKnow() throws Exception {
        OwnershipDocument form4 = parser.parse(sampleWith("<futureElement><nested>x</nested></futureElement>"));

        assertEquals(2, form4.derivativeTransactions().size());
    }

    @Test
    void parsesUtf16WithByteOrderMark() throws Exception {
        String xml = Files.readString(FORM_4, StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
        byte[] utf16 = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_16LE);

        assertEquals("APARTMENT INVESTMENT & MANAGEMENT CO", parser.parse(utf16).issuer().name());
    }

    @Test
    void rejectsNonNumericSharesNamingTheElementAndLine() throws IOException {
        byte[] bad = Files.readString(FORM_4, StandardCharsets.UTF_8)
                .replace("<value>7995</value>\n                </transactionShares>",
                        "<value>seven thousand</value>\n                </transactionShares>")
                .getBytes(StandardCharsets.UTF_8);

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class, () -> parser.parse(bad));

        assertEquals("<transactionShares> (line 57) is 'seven thousand', not a number", rejection.getMessage());
    }

    @Test
    void rejectsAnImpossibleDate() throws IOException {
        byte[] bad = Files.readString(FORM_4, StandardCharsets.UTF_8)
                .replace("<periodOfReport>2022-02-04</periodOfReport>", "<periodOfReport>2022-02-30</periodOfReport>")
                .getBytes(StandardCharsets.UTF_8);

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class, () -> parser.parse(bad));

        assertEquals("<periodOfReport> (line 8) is '2022-02-30', not a date (YYYY-MM-DD)", rejection.getMessage());
    }

    @Test
    void rejectsTruncatedXml() throws IOException {
        byte[] whole = Files.readAllBytes(FORM_4);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class, () -> parser.parse(truncated));

        assertTrue(rejection.getMessage().startsWith("is not well-formed XML (line "), rejection.getMessage());
    }

    @Test
    void rejectsAnotherRootElement() {
        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class,
                () -> parser.parse("<edgarSubmission/>".getBytes(StandardCharsets.UTF_8)));

        assertEquals("root element is <edgarSubmission>, not <ownershipDocument>", rejection.getMessage());
    }

    @Test
    void rejectsADocumentWithoutReportingOwner() throws IOException {
        String xml = Files.readString(FORM_4, StandardCharsets.UTF_8);
        byte[] bad = (xml.substring(0, xml.indexOf("<reportingOwner>"))
                + xml.substring(xml.indexOf("</reportingOwner>") + "</reportingOwner>".length()))
                .getBytes(StandardCharsets.UTF_8);

        InvalidDocumentException rejection = assertThrows(InvalidDocumentException.class, () -> parser.parse(bad));

        assertEquals("has no <reportingOwner>", rejection.getMessage());
    }

    // Real filings of each kind: src/test/filings/SOURCES.md says where each came from.

    @Test
    void readsForm3WithDerivativeHoldingsOnlyAndFootnoteOnlyTerms() throws Exception {
        OwnershipDocument form3 = parser.parse(TestFilings.bytes(TestFilings.FORM_3_HOLDINGS_ONLY));

        assertEquals("X0206", form3.schemaVersion());
        assertEquals("3", form3.documentType());
        assertEquals(LocalDate.of(2020, 9, 15), form3.periodOfReport());
        assertEquals(Boolean.FALSE, form3.noSecuritiesOwned());
        assertEquals(new Issuer("0001640147", "Snowflake Inc.", "SNOW"), form3.issuer());
        ReportingOwner garrett = form3.reportingOwners().get(0);
        assertEquals("0001246215", garrett.cik());
        assertEquals("GARRETT MARK", garrett.name());
        assertTrue(garrett.director());
        assertFalse(garrett.officer());
        assertEquals(0, form3.nonDerivativeTransactions().size());
        assertEquals(0, form3.nonDerivativeHoldings().size());
        assertEquals(0, form3.derivativeTransactions().size());
        assertEquals(6, form3.derivativeHoldings().size());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"), List.copyOf(form3.footnotes().keySet()));
        assertEquals("Exhibit 24 - Power of Attorney", form3.remarks());
        assertEquals(List.of(new OwnerSignature("/s/ Travis Shrout, Attorney-in-Fact", LocalDate.of(2020, 9, 15))),
                form3.signatures());

        DerivativeHolding preferred = form3.derivativeHoldings().get(0);
        assertEquals("Series E Preferred Stock", preferred.securityTitle().value());
        assertEquals(Footnoted.of(null, "F1"), preferred.terms().conversionOrExercisePrice());
        assertEquals(Footnoted.of(null, "F1"), preferred.terms().exerciseDate());
        assertEquals(Footnoted.of(null, "F1"), preferred.terms().expirationDate());
        assertEquals(Footnoted.of("Class B Common Stock", "F2", "F3"), preferred.terms().underlyingSecurityTitle());
        assertEquals(0, new BigDecimal("134018").compareTo(preferred.terms().underlyingSecurityShares().value()));
        assertEquals(Footnoted.of("I"), preferred.after().directOrIndirect());
        assertEquals(Footnoted.of("Limited Partnership", "F4"), preferred.after().natureOfOwnership());

        DerivativeHolding option = form3.derivativeHoldings().get(1);
        assertEquals("Stock Option (Right to Buy)", option.securityTitle().value());
        assertEquals(Footnoted.of(new BigDecimal("3.74")), option.terms().conversionOrExercisePrice());
        assertEquals(Footnoted.of(null, "F5"), option.terms().exerciseDate());
        assertEquals(Footnoted.of(LocalDate.of(2028, 4, 14)), option.terms().expirationDate());
        assertEquals(Footnoted.of("D"), option.after().directOrIndirect());
        assertEquals(Footnoted.of("Trust", "F9"), form3.derivativeHoldings().get(5).after().natureOfOwnership());
    }

    @Test
    void readsForm4WithSalesAtSeveralPrices() throws Exception {
        OwnershipDocument form4 = parser.parse(TestFilings.bytes(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES));

        assertEquals("X0306", form4.schemaVersion());
        assertEquals(LocalDate.of(2022, 12, 13), form4.periodOfReport());
        assertEquals(Boolean.FALSE, form4.notSubjectToSection16());
        ReportingOwner scarpelli = form4.reportingOwners().get(0);
        assertEquals("0001402349", scarpelli.cik());
        assertTrue(scarpelli.officer());
        assertEquals("Chief Financial Officer", scarpelli.officerTitle());
        assertEquals(6, form4.nonDerivativeTransactions().size());
        assertEquals(8, form4.nonDerivativeHoldings().size());
        assertEquals(1, form4.derivativeTransactions().size());
        assertEquals(16, form4.footnotes().size());
        assertNull(form4.remarks(), "an empty <remarks/> is no remarks");

        String[][] expected = {
                {"M", "200000", "8.88", "A", "301097"},
                {"S", "73170", "150.841", "D", "227927"},
                {"S", "74907", "151.814", "D", "153020"},
                {"S", "41986", "152.655", "D", "111034"},
                {"S", "5496", "153.872", "D", "105538"},
                {"S", "4441", "154.76", "D", "101097"}};
        for (int i = 0; i < expected.length; i++) {
            NonDerivativeTransaction row = form4.nonDerivativeTransactions().get(i);
            TransactionAmounts amounts = row.transaction();
            assertEquals("Class A Common Stock", row.securityTitle().value());
            assertEquals(LocalDate.of(2022, 12, 13), amounts.transactionDate().value());
            assertEquals("4", amounts.coding().formType());
            assertEquals(expected[i][0], amounts.coding().code(), "row " + (i + 1));
            assertEquals(Boolean.FALSE, amounts.coding().equitySwapInvolved());
            assertEquals(0, new BigDecimal(expected[i][1]).compareTo(amounts.shares().value()), "row " + (i + 1));
            assertEquals(0, new BigDecimal(expected[i][2]).compareTo(amounts.pricePerShare().value()), "row " + (i + 1));
            assertEquals(expected[i][3], amounts.acquiredDisposed().value());
            assertEquals(0, new BigDecimal(expected[i][4]).compareTo(row.after().sharesOwned().value()), "row " + (i + 1));
            assertEquals("D", row.after().directOrIndirect().value());
        }
        assertEquals(List.of("F2"), form4.nonDerivativeTransactions().get(1).transaction().coding().footnoteIds());
        assertEquals(List.of("F3"), form4.nonDerivativeTransactions().get(1).transaction().pricePerShare().footnoteIds());
        assertEquals(List.of("F1"), form4.nonDerivativeTransactions().get(0).after().sharesOwned().footnoteIds());

        DerivativeTransaction option = form4.derivativeTransactions().get(0);
        assertEquals("Stock Option (Right to Buy)", option.securityTitle().value());
        assertEquals("M", option.transaction().coding().code());
        assertEquals(Footnoted.of(null, "F16"), option.terms().exerciseDate());
        assertEquals(Footnoted.of(LocalDate.of(2029, 8, 26)), option.terms().expirationDate());
        assertEquals(0, new BigDecimal("2219299").compareTo(option.after().sharesOwned().value()));
    }

    @Test
    void readsForm5WithItsForm5Flags() throws Exception {
        OwnershipDocument form5 = parser.parse(TestFilings.bytes(TestFilings.FORM_5));

        assertEquals("5", form5.documentType());
        assertEquals(LocalDate.of(2022, 1, 31), form5.periodOfReport());
        assertEquals(Boolean.FALSE, form5.form3HoldingsReported());
        assertEquals(Boolean.FALSE, form5.form4TransactionsReported());
        assertEquals("0001397798", form5.reportingOwners().get(0).cik());
        TransactionAmounts gift = form5.nonDerivativeTransactions().get(0).transaction();
        assertEquals(LocalDate.of(2021, 12, 23), gift.transactionDate().value());
        assertEquals(new TransactionCoding("5", "G", false, List.of("F1")), gift.coding());
        assertEquals(0, new BigDecimal("61386").compareTo(gift.shares().value()));
        assertEquals("D", gift.acquiredDisposed().value());
        assertEquals(2, form5.nonDerivativeHoldings().size());
        assertEquals(Footnoted.of("Trust", "F3").value(), form5.nonDerivativeHoldings().get(0).after().natureOfOwnership().value());
        assertEquals(List.of(new OwnerSignature("/s/ Travis Shrout, Attorney-in-Fact", LocalDate.of(2022, 3, 11))),
                form5.signatures());
    }

    @Test
    void readsX0508WithAff10b5OneWrittenAsFalse() throws Exception {
        OwnershipDocument form4 = parser.parse(TestFilings.bytes(TestFilings.FORM_4_X0508_AFF10B5ONE));

        assertEquals("X0508", form4.schemaVersion());
        assertEquals(Boolean.FALSE, form4.aff10b5One());
        assertEquals(new Issuer("0000933972", "374Water Inc.", "SCWO"), form4.issuer());
        ReportingOwner melkote = form4.reportingOwners().get(0);
        assertTrue(melkote.officer(), "<isOfficer>true</isOfficer>");
        assertFalse(melkote.director(), "an absent flag is not set");
        assertEquals("Chief Technology Officer", melkote.officerTitle());
        assertEquals(Boolean.FALSE, form4.nonDerivativeTransactions().get(0).transaction().coding().equitySwapInvolved());
        DerivativeTransaction option = form4.derivativeTransactions().get(0);
        assertEquals(Footnoted.of(new BigDecimal("0.33")), option.terms().conversionOrExercisePrice());
        assertEquals(Footnoted.of(null, "F1"), option.terms().exerciseDate());
        assertEquals(0, new BigDecimal("757576").compareTo(option.transaction().shares().value()));
        assertEquals(0, new BigDecimal("757756").compareTo(option.after().sharesOwned().value()),
                "the filer's own figure, kept as filed");
    }

    @Test
    void readsForm3WithNoSecuritiesOwnedAndNoTables() throws Exception {
        OwnershipDocument form3 = parser.parse(TestFilings.bytes(TestFilings.FORM_3_NO_SECURITIES_OWNED));

        assertEquals(Boolean.TRUE, form3.noSecuritiesOwned());
        assertEquals(new Issuer("0000867773", "SUNPOWER CORP", "SPWR"), form3.issuer());
        assertTrue(form3.nonDerivativeHoldings().isEmpty());
        assertTrue(form3.derivativeHoldings().isEmpty());
        assertTrue(form3.footnotes().isEmpty());
        assertEquals("Exhibit 24.1 - Power of Attorney", form3.remarks());
    }

    @Test
    void readsEveryReportingOwnerOfAJointForm3() throws Exception {
        OwnershipDocument form3 = parser.parse(TestFilings.bytes(TestFilings.FORM_3_TWO_OWNERS));

        assertEquals(List.of("0001067983", "0000315090"),
                form3.reportingOwners().stream().map(ReportingOwner::cik).toList());
        assertEquals(List.of("BERKSHIRE HATHAWAY INC", "BUFFETT WARREN E"),
                form3.reportingOwners().stream().map(ReportingOwner::name).toList());
        form3.reportingOwners().forEach(owner -> {
            assertTrue(owner.tenPercentOwner());
            assertFalse(owner.director());
            assertEquals("3555 FARNAM STREET", owner.street1());
            assertEquals("OMAHA", owner.city());
            assertEquals("NE", owner.state());
            assertEquals("68131", owner.zipCode());
        });
        assertEquals(0, new BigDecimal("6125376").compareTo(form3.nonDerivativeHoldings().get(0).after().sharesOwned().value()));
        assertEquals(1, form3.signatures().size());
    }

    @Test
    void readsForm4WithTwoOwnersAndAff10b5OneFromItsSubmission() throws Exception {
        OwnershipDocument form4 = parser.parse(TestFilings.ownershipXmlOf(TestFilings.PRO_DEX_FORM_4_SUBMISSION));

        assertEquals(Boolean.TRUE, form4.aff10b5One());
        assertEquals(new Issuer("0000788920", "PRO DEX INC", "PDEX"), form4.issuer());
        assertEquals(List.of("0001361476", "0001058465"), form4.reportingOwners().stream().map(ReportingOwner::cik).toList());
        assertTrue(form4.reportingOwners().get(0).director());
        assertTrue(form4.reportingOwners().get(0).tenPercentOwner());
        assertFalse(form4.reportingOwners().get(1).director());
        assertEquals(2, form4.nonDerivativeTransactions().size());
        NonDerivativeTransaction second = form4.nonDerivativeTransactions().get(1);
        assertEquals(LocalDate.of(2025, 1, 24), second.transaction().transactionDate().value());
        assertEquals(Footnoted.of(new BigDecimal("41.44"), "F2"), second.transaction().pricePerShare());
        assertEquals(Footnoted.absent(), second.transaction().deemedExecutionDate(), "an empty element is no value");
        assertEquals("By Farnam Street Partners, L.P.", second.after().natureOfOwnership().value());
        assertEquals(2, form4.signatures().size());
    }

    @Test
    void readsAmendmentWithItsDateOfOriginalSubmission() throws Exception {
        OwnershipDocument amendment = parser.parse(TestFilings.ownershipXmlOf(TestFilings.LAM_FORM_4A_SUBMISSION));

        assertEquals("4/A", amendment.documentType());
        assertTrue(amendment.isAmendment());
        assertEquals(LocalDate.of(2024, 11, 4), amendment.periodOfReport());
        assertEquals(LocalDate.of(2024, 11, 4), amendment.dateOfOriginalSubmission());
        assertEquals(Boolean.FALSE, amendment.aff10b5One());
        assertEquals(List.of("G", "G"), amendment.nonDerivativeTransactions().stream()
                .map(row -> row.transaction().coding().code()).toList());
        assertEquals(List.of("D", "A"), amendment.nonDerivativeTransactions().stream()
                .map(row -> row.transaction().acquiredDisposed().value()).toList());
        assertEquals(Footnoted.of("I", "F1"), amendment.nonDerivativeTransactions().get(1).after().directOrIndirect());
        assertTrue(amendment.remarks().startsWith("Adjusted to reflect a ten-for-one forward split"));
        assertEquals(List.of(new OwnerSignature("Marta Woods by Power of Attorney", LocalDate.of(2024, 12, 10))),
                amendment.signatures());
    }

    /** The sample Form 4 with extra content just after its period of report. */
    private static byte[] sampleWith(String extra) throws IOException {
        return Files.readString(FORM_4, StandardCharsets.UTF_8)
                .replace("</periodOfReport>", "</periodOfReport>" + extra)
                .getBytes(StandardCharsets.UTF_8);
    }
}
