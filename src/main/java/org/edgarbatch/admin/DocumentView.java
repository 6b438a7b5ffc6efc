package org.edgarbatch.admin;

import java.time.Instant;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.SourceDocument;

/** A stored document as the API shows it. */
public record DocumentView(long id, String path, DocumentKind kind, long sizeBytes, String sha256,
                           long firstSeenExecutionId, Instant storedAt) {

    static DocumentView of(SourceDocument document) {
        return new DocumentView(document.getId(), document.getPath(), document.getKind(), document.getSizeBytes(),
                document.getSha256(), document.getFirstSeenExecutionId(), document.getStoredAt());
    }
}
