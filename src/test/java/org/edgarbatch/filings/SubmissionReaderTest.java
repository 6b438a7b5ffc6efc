package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.edgarbatch.testsupport.TestFilings;
import org.junit.jupiter.api.Test;

class SubmissionReaderTest {

    private static final long NO_LIMIT = 16 * 1024 * 1024;

    @Test
    void readsFullSubmissionHeaderAndEachDocument() throws Exception {
        SubmissionReader reader = reader(TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION), NO_LIMIT);

        assertEquals(new SubmissionFacts("0001127602-25-001055", "4", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 10)),
                reader.facts());
        SubmissionReader.Part form4 = reader.next();
        assertNull(form4.problem());
        assertEquals(1, form4.ordinal());
        assertEquals(1, form4.sequence());
        assertEquals("4", form4.type());
        assertEquals("form4.xml", form4.fileName());
        assertEquals("PRIMARY DOCUMENT", form4.description());
        String xml = new String(form4.content(), StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\"?>"), "the <XML> wrapper and the blank line after it are gone");
        assertTrue(xml.endsWith("</ownershipDocument>"));

        SubmissionReader.Part powerOfAttorney = reader.next();
        assertEquals(2, powerOfAttorney.sequence());
        assertEquals("EX-24", powerOfAttorney.type());
        assertEquals("doc1.htm", powerOfAttorney.fileName());
        assertEquals("POWER OF ATTORNEY: POA", powerOfAttorney.description());
        assertTrue(new String(powerOfAttorney.content(), StandardCharsets.ISO_8859_1).toLowerCase().startsWith("<html"));

        assertNull(reader.next());
        assertNull(reader.next());
    }

    @Test
    void readsFeedFileWithBareTags() throws Exception {
        SubmissionReader reader = reader(TestFilings.bytes(TestFilings.FORM_D_FEED_FILE), NO_LIMIT);

        assertEquals(new SubmissionFacts("0002002260-24-000001", "D", LocalDate.of(2024, 1, 11), null), reader.facts());
        SubmissionReader.Part formD = reader.next();
        assertEquals("D", formD.type());
        assertEquals(1, formD.sequence());
        assertEquals("primary_doc.xml", formD.fileName());
        assertNull(formD.description(), "this feed file gives no <DESCRIPTION>");
        assertTrue(new String(formD.content(), StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\"?>\n<edgarSubmission>"));
        assertNull(reader.next());
    }

    @Test
    void readsFeedFileWithoutNewlinesBetweenTags() throws Exception {
        byte[] oneLine = TestFilings.withoutNewlines(TestFilings.bytes(TestFilings.FORM_D_FEED_FILE));
        SubmissionReader reader = reader(oneLine, NO_LIMIT);

        assertEquals(new SubmissionFacts("0002002260-24-000001", "D", LocalDate.of(2024, 1, 11), null), reader.facts());
        SubmissionReader.Part formD = reader.next();
        assertNull(formD.problem());
        assertEquals("D", formD.type());
        assertEquals(1, formD.sequence());
        assertEquals("primary_doc.xml", formD.fileName());
        assertEquals("edgarSubmission", new SafeXmlReader().read(formD.content()).name());
        assertNull(reader.next());
    }

    @Test
    void reportsSubmissionTruncatedInsideADocument() throws Exception {
        byte[] whole = TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION);
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        byte[] cut = Arrays.copyOf(whole, text.indexOf("<transactionShares>"));
        SubmissionReader reader = reader(cut, NO_LIMIT);

        SubmissionReader.Part part = reader.next();
        assertNull(part.content());
        assertEquals("truncated: the submission ends inside document 1, before its </DOCUMENT>", part.problem());
        assertNull(reader.next());
    }

    @Test
    void accountsForEachDocumentOfASubmissionWhoseTagsAreNeverClosed() throws Exception {
        // given: a submission whose <SEC-DOCUMENT>, <DOCUMENT>, <TEXT> and <XML> are opened and never closed
        String form5 = new String(TestFilings.bytes(TestFilings.FORM_5), StandardCharsets.ISO_8859_1);
        String unclosed = "<SEC-DOCUMENT>0001127602-25-001055.txt : 20250110\n<SEC-HEADER>\n"
                + "ACCESSION NUMBER:\t\t0001127602-25-001055\nCONFORMED SUBMISSION TYPE:\t5\n"
                + "FILED AS OF DATE:\t\t20250110\n</SEC-HEADER>\n"
                + "<DOCUMENT>\n<TYPE>5\n<SEQUENCE>1\n<TEXT>\n<XML>\n" + form5 + "\n"
                + "<DOCUMENT>\n<TYPE>EX-24\n<SEQUENCE>2\n<TEXT>\nPower of attorney\n";
        SubmissionReader reader = reader(unclosed.getBytes(StandardCharsets.ISO_8859_1), NO_LIMIT);

        // when
        SubmissionReader.Part first = reader.next();
        SubmissionReader.Part second = reader.next();

        // then: each document is one rejection with its reason; none swallows the next
        assertEquals("0001127602-25-001055", reader.facts().accessionNumber());
        assertNull(first.content());
        assertEquals("document 1 has no </DOCUMENT>: the next <DOCUMENT> begins inside it", first.problem());
        assertNull(second.content());
        assertEquals("truncated: the submission ends inside document 2, before its </DOCUMENT>", second.problem());
        assertNull(reader.next());
    }

    @Test
    void reportsDocumentOverTheLimitAndKeepsTheOthers() throws Exception {
        byte[] whole = TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION);
        SubmissionReader unlimited = reader(whole, NO_LIMIT);
        int form4Size = unlimited.next().content().length;
        int exhibitSize = unlimited.next().content().length;
        assertTrue(form4Size < exhibitSize, "the test needs the exhibit to be the larger document");

        SubmissionReader limited = reader(whole, exhibitSize - 1);
        SubmissionReader.Part form4 = limited.next();
        assertNull(form4.problem());
        assertEquals("4", form4.type());
        SubmissionReader.Part exhibit = limited.next();
        assertNull(exhibit.content());
        assertEquals("document 2 is larger than the limit of " + (exhibitSize - 1) + " bytes", exhibit.problem());
        assertNull(limited.next());
    }

    @Test
    void reportsSubmissionWithoutDocuments() throws Exception {
        String header = new String(TestFilings.bytes(TestFilings.AAR_FORM_4_SUBMISSION), StandardCharsets.ISO_8859_1);
        byte[] headerOnly = (header.substring(0, header.indexOf("<DOCUMENT>")) + "</SEC-DOCUMENT>\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        SubmissionReader reader = reader(headerOnly, NO_LIMIT);

        assertEquals("0001127602-25-001055", reader.facts().accessionNumber());
        assertEquals("the submission holds no <DOCUMENT>", reader.next().problem());
        assertNull(reader.next());
    }

    @Test
    void keepsEveryByteOfADocumentWhateverItsEncoding() throws Exception {
        byte[] latin1 = "caf\u00e9 \u00a7 1".getBytes(StandardCharsets.ISO_8859_1);
        byte[] submission = concat("<SUBMISSION><ACCESSION-NUMBER>0000000001-24-000001<TYPE>8-K<DOCUMENT><TYPE>EX-99<SEQUENCE>2<TEXT>",
                latin1, "</TEXT></DOCUMENT></SUBMISSION>");
        SubmissionReader.Part part = reader(submission, NO_LIMIT).next();

        assertNotNull(part.content());
        assertArrayEquals(latin1, part.content());
        assertEquals(2, part.sequence());
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] start = before.getBytes(StandardCharsets.ISO_8859_1);
        byte[] end = after.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(start, start.length + middle.length + end.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    private static SubmissionReader reader(byte[] content, long limit) {
        return new SubmissionReader(new ByteArrayInputStream(content), limit);
    }
}
