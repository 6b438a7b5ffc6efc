package org.edgarbatch.ingest;

import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.ownership.OwnershipDocument;

/**
 * A document read by the ingest step together with what its content was recognised as and, for
 * ownership XML, what it says.
 *
 * @param ownership the parsed Form 3, 4 or 5 when kind is {@link DocumentKind#OWNERSHIP}; null otherwise
 */
public record ClassifiedDocument(FilingDocument document, DocumentKind kind, OwnershipDocument ownership) {
}
