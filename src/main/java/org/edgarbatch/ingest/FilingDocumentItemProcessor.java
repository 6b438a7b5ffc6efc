package org.edgarbatch.ingest;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.edgarbatch.filings.DocumentClassifier;
import org.edgarbatch.filings.FilingDocument;

/** Recognises each document by its content. */
@Named
@Dependent
public class FilingDocumentItemProcessor implements ItemProcessor {

    private final DocumentClassifier classifier = new DocumentClassifier();

    @Override
    public ClassifiedDocument processItem(Object item) {
        FilingDocument document = (FilingDocument) item;
        return new ClassifiedDocument(document, classifier.classify(document.content()));
    }
}
