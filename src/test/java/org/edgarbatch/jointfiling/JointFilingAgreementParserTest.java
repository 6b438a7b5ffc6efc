package org.edgarbatch.jointfiling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.edgarbatch.filings.ExhibitText;
import org.edgarbatch.filings.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class JointFilingAgreementParserTest {

    private static final Path SAMPLE = Path.of("src/samples/filings/003_40159256e381a620.txt");
    private static final Path JOINT_FILING = Path.of("src/test/filings/jointfiling");

    private static JointFilingAgreement parse(Path file) throws IOException, InvalidDocumentException {
        return new JointFilingAgreementParser().parse(ExhibitText.of(Files.readAllBytes(file))).orElseThrow();
    }

    private static Optional<JointFilingAgreement> parse(String text) throws InvalidDocumentException {
        return new JointFilingAgreementParser().parse(ExhibitText.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheSampleAgreementFieldByField() throws IOException, InvalidDocumentException {
        JointFilingAgreement agreement = parse(SAMPLE);

        assertEquals("13G", agreement.schedule());
        assertTrue(agreement.coversAmendments());
        assertEquals("Apartment Investment and Management Company", agreement.subjectCompany());
        assertEquals("Class A Common Stock, par value $0.01 per share", agreement.securityClass());
        assertEquals("Rule 13d-1(k)(1)", agreement.rule());
        assertEquals(LocalDate.of(2001, 2, 14), agreement.date());
        String sprole = "Jonathan K. Sprole";
        assertEquals(List.of(
                new JointFilingAgreement.Party("General Electric Capital Corporation", null, sprole, "Department Operations Manager", false),
                new JointFilingAgreement.Party("GE Capital Equity Investments, Inc.", null, sprole, "Managing Director and General Counsel", false),
                new JointFilingAgreement.Party("General Electric Capital Services, Inc.", null, sprole, "Attorney-in-fact", true),
                new JointFilingAgreement.Party("General Electric Company", null, sprole, "Attorney-in-fact", true)),
                agreement.parties());
    }

    @Test
    void readsAnHtmlAgreementWhereOnePersonSignsForThreeParties() throws IOException, InvalidDocumentException {
        JointFilingAgreement agreement = parse(JOINT_FILING.resolve("joint-filing-agreement-one-signs-for-all.htm"));

        assertEquals("13D", agreement.schedule());
        assertTrue(agreement.coversAmendments());
        assertEquals("Harbor & Pine Holdings Ltd.", agreement.subjectCompany());
        assertEquals("Ordinary Shares, par value $0.0001 per share", agreement.securityClass());
        assertEquals("Rule 13d-1(k)(1)", agreement.rule());
        assertEquals(LocalDate.of(2023, 3, 3), agreement.date());
        String whitfield = "Dana M. Whitfield";
        String title = "Managing Member of Northfield Capital GP, LLC and President of Northfield Management Co.";
        assertEquals(List.of(
                new JointFilingAgreement.Party("Northfield Capital Partners, L.P.", "Northfield Capital GP, LLC, its general partner",
                        whitfield, title, false),
                new JointFilingAgreement.Party("Northfield Capital GP, LLC", null, whitfield, title, false),
                new JointFilingAgreement.Party("Northfield Management Co.", null, whitfield, title, false)),
                agreement.parties());
    }

    @Test
    void readsTheRealAgreementAtTheEndOfAnHtmlSchedule13gNotItsSignaturePage() throws IOException, InvalidDocumentException {
        JointFilingAgreement agreement = parse(JOINT_FILING.resolve("sc13g-with-joint-filing-agreement_livent_2024-01-05.htm"));

        assertEquals("13G", agreement.schedule());
        assertFalse(agreement.coversAmendments());
        assertEquals("Livent Corporation", agreement.subjectCompany());
        assertEquals("Common Stock, par value $0.001 per share", agreement.securityClass());
        assertEquals("Rule 13d-1(k)", agreement.rule());
        assertEquals(LocalDate.of(2024, 1, 5), agreement.date());
        String raviv = "Gil Raviv";
        assertEquals(List.of(
                new JointFilingAgreement.Party("ICS Opportunities, Ltd.", "Millennium Management LLC, its Investment Manager",
                        raviv, "Global General Counsel", false),
                new JointFilingAgreement.Party("Millennium Management LLC", null, raviv, "Global General Counsel", false),
                new JointFilingAgreement.Party("Millennium Group Management LLC", null, raviv, "Global General Counsel", false),
                new JointFilingAgreement.Party("Israel A. Englander", null, "Israel A. Englander", null, false)),
                agreement.parties(), "four parties, not the eight signatures of the signature page and the agreement");
    }

    @Test
    void marksASignatureMadeAsAttorneyInFact() throws InvalidDocumentException {
        JointFilingAgreement agreement = parse("""
                JOINT FILING AGREEMENT

                The undersigned agree that the Schedule 13D/A with respect to the Common Stock of Acme Widgets, Inc.
                is filed on behalf of each of them pursuant to Rule 13d-1(k).

                Dated: June 1, 2010

                JOHN Q. SMITH
                By: /s/ Mary Jones, as attorney-in-fact

                BLUE RIVER LLC
                By: /s/ John Q. Smith
                Name: John Q. Smith
                Title: Managing Member
                """).orElseThrow();

        assertEquals("Acme Widgets, Inc.", agreement.subjectCompany());
        assertEquals(List.of(
                new JointFilingAgreement.Party("John Q. Smith", null, "Mary Jones", null, true),
                new JointFilingAgreement.Party("Blue River LLC", null, "John Q. Smith", "Managing Member", false)),
                agreement.parties());
    }

    @Test
    void findsNoAgreementInADocumentThatOnlyListsOne() throws InvalidDocumentException {
        assertEquals(Optional.empty(), parse("""
                Item 7. Material to be Filed as Exhibits.

                Exhibit 99.1: Joint Filing Agreement, dated as of January 5, 2024 (filed herewith).
                """));
    }

    @Test
    void refusesAnAgreementWithoutSignatures() {
        InvalidDocumentException refused = assertThrows(InvalidDocumentException.class, () -> parse("""
                JOINT FILING AGREEMENT

                The undersigned agree that the Schedule 13G with respect to the Common Stock of Acme Widgets, Inc.
                is filed on behalf of each of them pursuant to Rule 13d-1(k)(1).
                """));
        assertEquals("joint filing agreement has no signature block ('By: /s/ ...') after its text", refused.getMessage());
    }
}
