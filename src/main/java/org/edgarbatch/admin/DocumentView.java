package org.edgarbatch.admin;

import java.time.Instant;
import java.time.LocalDate;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.SourceDocument;

/** A stored document as the API shows it. */
public record DocumentView(long id, String location, DocumentKind kind, String accessionNumber, String formType,
                           LocalDate filingDate, String documentType, String fileName, long sizeBytes, String sha256,
                           long firstSeenExecutionId, Instant storedAt) {

    static DocumentView of(SourceDocument document) {
        return new DocumentView(document.getId(), document.getLocation(), document.getKind(),
                document.getAccessionNumber(), document.getFormType(), document.getFilingDate(),
                document.getDocumentType(), document.getFileName(), document.getSizeBytes(),
                document.getSha256(), document.getFirstSeenExecutionId(), document.getStoredAt());
    }
}
