package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

    static final Path SAMPLES = Path.of("src/samples/filings");

    private final DocumentClassifier classifier = new DocumentClassifier();

    @Test
    void recognisesOwnershipXmlInsideATxtFile() throws IOException {
        // given: the sample Form 4, XML under a .txt name
        byte[] form4 = Files.readAllBytes(SAMPLES.resolve("004_238d5272ba61ffbb.txt"));

        // when / then
        assertEquals(DocumentKind.OWNERSHIP, classifier.classify(form4));
    }

    @Test
    void recognisesPartnershipUnitDesignation() throws IOException {
        byte[] exhibit = Files.readAllBytes(SAMPLES.resolve("002_04ac6effcf108f4c.txt"));

        assertEquals(DocumentKind.UNIT_DESIGNATION, classifier.classify(exhibit));
    }

    @Test
    void recognisesJointFilingAgreement() throws IOException {
        byte[] exhibit = Files.readAllBytes(SAMPLES.resolve("003_40159256e381a620.txt"));

        assertEquals(DocumentKind.JOINT_FILING_AGREEMENT, classifier.classify(exhibit));
    }

    @Test
    void recognisesHtmlExhibitsWhoseWordsAreSplitByTagsAndEntities() throws IOException {
        byte[] designation = Files.readAllBytes(Path.of("src/test/filings/units/aimco-class-five-designation.htm"));
        byte[] schedule13g = Files.readAllBytes(
                Path.of("src/test/filings/jointfiling/sc13g-with-joint-filing-agreement_livent_2024-01-05.htm"));

        assertEquals(DocumentKind.UNIT_DESIGNATION, classifier.classify(designation));
        assertEquals(DocumentKind.JOINT_FILING_AGREEMENT, classifier.classify(schedule13g));
    }

    @Test
    void treatsEmptyFileAsUnrecognised() {
        assertEquals(DocumentKind.UNRECOGNISED, classifier.classify(new byte[0]));
    }

    @Test
    void treatsBinaryFileAsUnrecognised() {
        // given: random bytes that happen to contain the markers of every kind after a NUL
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0;
        byte[] marker = "<ownershipDocument> JOINT FILING AGREEMENT".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, noise, 100, marker.length);

        assertEquals(DocumentKind.UNRECOGNISED, classifier.classify(noise));
    }

    @Test
    void recognisesOwnershipXmlInUtf16WithByteOrderMark() throws IOException {
        String form4 = Files.readString(SAMPLES.resolve("004_238d5272ba61ffbb.txt"), StandardCharsets.UTF_8)
                .replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
        byte[] utf16 = ("\uFEFF" + form4).getBytes(StandardCharsets.UTF_16LE);

        assertEquals(DocumentKind.OWNERSHIP, classifier.classify(utf16));
    }

    @Test
    void readsOwnershipRootPastCommentsAndDeclaration() {
        assertTrue(DocumentClassifier.hasOwnershipRoot(
                "\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n<ownershipDocument xmlns=\"x\">"));
        assertTrue(DocumentClassifier.hasOwnershipRoot(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<ownershipDocument>"));
        assertTrue(DocumentClassifier.hasOwnershipRoot("<!DOCTYPE ownershipDocument SYSTEM \"http://x/o.dtd\"><ownershipDocument>"));
        assertFalse(DocumentClassifier.hasOwnershipRoot("<html><ownershipDocument>"));
        assertFalse(DocumentClassifier.hasOwnershipRoot("<ownershipDocumentation>"));
        assertFalse(DocumentClassifier.hasOwnershipRoot("This text mentions <ownershipDocument> in passing"));
    }

    @Test
    void leavesOrdinaryTextUnrecognised() {
        byte[] letter = "Dear shareholder,\nThe annual meeting will be held on May 1.\n".getBytes(StandardCharsets.US_ASCII);

        assertEquals(DocumentKind.UNRECOGNISED, classifier.classify(letter));
    }
}
