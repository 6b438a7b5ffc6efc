package org.edgarbatch.ingest;

import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.FilingDocument;

/** A document read by the ingest step together with what its content was recognised as. */
public record ClassifiedDocument(FilingDocument document, DocumentKind kind) {
}
