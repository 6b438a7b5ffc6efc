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

    /** The sample Form 4 with extra content just after its period of report. */
    private static byte[] sampleWith(String extra) throws IOException {
        return Files.readString(FORM_4, StandardCharsets.UTF_8)
                .replace("</periodOfReport>", "</periodOfReport>" + extra)
                .getBytes(StandardCharsets.UTF_8);
    }
}
