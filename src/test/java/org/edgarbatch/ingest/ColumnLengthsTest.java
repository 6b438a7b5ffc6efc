package org.edgarbatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.edgarbatch.filings.ContentHash;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.DocumentLocation;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.SourceDocument;
import org.edgarbatch.ownership.OwnershipFiling;
import org.edgarbatch.ownership.OwnershipXmlParser;
import org.edgarbatch.testsupport.TestFilings;
import org.junit.jupiter.api.Test;

class ColumnLengthsTest {

    @Test
    void findsNothingTooLongInARealFiling() throws Exception {
        assertEquals(Optional.empty(), ColumnLengths.firstTooLong(filing(text(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES))));
    }

    @Test
    void namesTheColumnOfAValueTooLongForIt() throws Exception {
        String form5 = text(TestFilings.FORM_5).replace("<issuerName>Snowflake Inc.</issuerName>",
                "<issuerName>" + "X".repeat(1000) + "</issuerName>");

        assertEquals(Optional.of("has a value of 1000 characters for issuername, whose column holds at most 200"),
                ColumnLengths.firstTooLong(filing(form5)));
    }

    @Test
    void findsAValueTooLongInACascadedRowsEmbeddedColumns() throws Exception {
        String form4 = text(TestFilings.FORM_4_SALES_AT_SEVERAL_PRICES)
                .replaceFirst("<transactionCode>S</transactionCode>", "<transactionCode>" + "S".repeat(20) + "</transactionCode>");

        assertEquals(Optional.of("has a value of 20 characters for trans_code, whose column holds at most 10"),
                ColumnLengths.firstTooLong(filing(form4)));
    }

    private static OwnershipFiling filing(String xml) throws Exception {
        byte[] content = xml.getBytes(StandardCharsets.UTF_8);
        FilingDocument document = new FilingDocument(DocumentLocation.file("/filings/form.xml"), null, null, null, null,
                content.length, ContentHash.of(content), content);
        return new OwnershipFiling(new SourceDocument(document, DocumentKind.OWNERSHIP, 1, Instant.EPOCH), null,
                new OwnershipXmlParser().parse(content));
    }

    private static String text(String filing) {
        return new String(TestFilings.bytes(filing), StandardCharsets.UTF_8);
    }
}
