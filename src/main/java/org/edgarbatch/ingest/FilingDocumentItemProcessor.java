package org.edgarbatch.ingest;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.edgarbatch.filings.DocumentClassifier;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.InvalidDocumentException;
import org.edgarbatch.filings.RejectedDocumentException;
import org.edgarbatch.ownership.OwnershipDocument;
import org.edgarbatch.ownership.OwnershipXmlParser;

/**
 * Recognises each document by its content and parses what it recognises; a document that claims a
 * kind but does not parse (malformed, truncated, hostile XML) is rejected with the parser's reason.
 */
@Named
@Dependent
public class FilingDocumentItemProcessor implements ItemProcessor {

    private final DocumentClassifier classifier = new DocumentClassifier();
    private final OwnershipXmlParser ownershipParser = new OwnershipXmlParser();

    @Override
    public ClassifiedDocument processItem(Object item) throws RejectedDocumentException {
        FilingDocument document = (FilingDocument) item;
        DocumentKind kind = classifier.classify(document.content());
        OwnershipDocument ownership = null;
        if (kind == DocumentKind.OWNERSHIP) {
            try {
                ownership = ownershipParser.parse(document.content());
            } catch (InvalidDocumentException e) {
                throw new RejectedDocumentException(document.location().toString(), "ownership XML " + e.getMessage(), e);
            }
        }
        return new ClassifiedDocument(document, kind, ownership);
    }
}
