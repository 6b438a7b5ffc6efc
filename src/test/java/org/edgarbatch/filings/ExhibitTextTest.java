package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExhibitTextTest {

    private static ExhibitText text(String content) {
        return ExhibitText.of(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void dropsPageNumbersFootersAndPageMarkersOfTheRealExhibit() throws IOException {
        ExhibitText exhibit = ExhibitText.of(Files.readAllBytes(Path.of("src/samples/filings/002_04ac6effcf108f4c.txt")));

        List<String> paragraphs = exhibit.paragraphs();
        assertEquals("EXHIBIT 10.3", paragraphs.get(0), "the page number '1' above it is gone");
        assertFalse(paragraphs.stream().anyMatch(p -> p.matches("FF-\\d|\\d+")), "no footer or page number paragraph is left");
        assertTrue(exhibit.text().contains("shall not be entitled to any further payment. Until the holders"),
                "the sentence the FF-2 page break cut is one paragraph again");
    }

    @Test
    void repairsWordsBrokenByAStraySpace() throws IOException {
        String exhibit = ExhibitText.of(Files.readAllBytes(Path.of("src/samples/filings/002_04ac6effcf108f4c.txt"))).text();

        assertFalse(exhibit.contains("Partner ship"));
        assertFalse(exhibit.contains("PROPER TIES"));
        assertTrue(exhibit.contains("AGREEMENT OF LIMITED PARTNERSHIP OF AIMCO PROPERTIES, L.P., dated as of July 20, 2001"));
        assertTrue(exhibit.contains("Class G Partnership Preferred Units, Class H"));
    }

    @Test
    void leavesTwoRealWordsApart() {
        String exhibit = text("""
                The Partnership may be dissolved by any one of the partners, and anyone may look in to it; maybe.
                Class I High Performance Partnership Units are there of record: thereof. Partner Ship is a vessel.
                """).text();

        assertEquals("The Partnership may be dissolved by any one of the partners, and anyone may look in to it; maybe."
                + " Class I High Performance Partnership Units are there of record: thereof. Partner Ship is a vessel.", exhibit);
    }

    @Test
    void joinsAListThatAPageBreakCutAndKeepsParagraphsThatEnded() {
        String plain = "if (i) such class shall be Class B Partnership Preferred Units, Class\n"
                + "\n                                      GG-5\n\f\n   8\n"
                + "C Partnership Preferred Units, or Class D Partner-\nship Preferred Units.\n"
                + "<PAGE>\n"
                + "         8.       SPECIAL ALLOCATIONS.\n";

        ExhibitText exhibit = text(plain);

        assertEquals(List.of("if (i) such class shall be Class B Partnership Preferred Units, Class C Partnership Preferred"
                + " Units, or Class D Partnership Preferred Units.", "8. SPECIAL ALLOCATIONS."), exhibit.paragraphs());
    }

    @Test
    void readsHtmlWithParagraphsEntitiesTablesAndCssPageBreaks() {
        String html = """
                <HTML><BODY>
                <P STYLE="margin-top:12pt; font-size:10pt">A class is hereby designated as &#147;Class Five
                Partnership&nbsp;Preferred Units,&#148; &amp; the number shall be 1,500,000.</P>
                <P><B>7.&nbsp;&nbsp;RANKING.</B></P>
                <P>(b) on a parity with, if such class shall be Class Eight Partnership Preferred Units, Class</P>
                <P ALIGN="center">HH-4</P>
                <HR STYLE="page-break-after:always">
                <P ALIGN="center">5</P>
                <P>Nine Partnership Preferred Units; and</P>
                <TABLE><TR><TD>By:</TD><TD>/s/ Peter Kompaniez</TD></TR><TR><TD>Name:</TD><TD>Peter Kompaniez</TD></TR></TABLE>
                </BODY></HTML>
                """;

        ExhibitText exhibit = text(html);

        assertEquals(List.of(
                "A class is hereby designated as \"Class Five Partnership Preferred Units,\" & the number shall be 1,500,000.",
                "7. RANKING.",
                "(b) on a parity with, if such class shall be Class Eight Partnership Preferred Units, Class Nine"
                        + " Partnership Preferred Units; and",
                "By: /s/ Peter Kompaniez Name: Peter Kompaniez"), exhibit.paragraphs());
        assertEquals(List.of("By: /s/ Peter Kompaniez", "Name: Peter Kompaniez"), exhibit.paragraphLines().get(3),
                "each table row is a line of its own");
    }

    @Test
    void readsWindows1252TextThatIsNotUtf8() {
        byte[] content = "\u201CClass R Partnership Preferred Units\u201D \u2014 caf\u00E9".getBytes(Charset.forName("windows-1252"));

        assertEquals("\"Class R Partnership Preferred Units\" - caf\u00E9", ExhibitText.of(content).text());
    }

    @Test
    void givesNoParagraphsForEmptyOrBlankInput() {
        assertEquals(List.of(), ExhibitText.of(new byte[0]).paragraphs());
        assertEquals(List.of(), text("\n\n   \f  \n").paragraphs());
    }
}
