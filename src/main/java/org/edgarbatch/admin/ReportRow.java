package org.edgarbatch.admin;

import java.time.Instant;
import java.time.LocalDate;
import org.edgarbatch.reports.ReportKind;

/** A report's registered columns, as the list query selects them. */
public record ReportRow(long id, ReportKind kind, String fileName, LocalDate periodFrom, LocalDate periodTo,
                        String issuer, long sizeBytes, String sha256, long rows, Instant createdAt, long executionId) {

    ReportView withDownload(String download) {
        return new ReportView(id, kind, fileName, periodFrom, periodTo, issuer, sizeBytes, sha256, rows, createdAt,
                executionId, download);
    }
}
