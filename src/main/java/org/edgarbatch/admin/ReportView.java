package org.edgarbatch.admin;

import java.time.Instant;
import java.time.LocalDate;
import org.edgarbatch.reports.ReportKind;

/** A registered workbook as the API lists it; {@code download} is where to fetch the file. Never its path on disk. */
public record ReportView(long id, ReportKind kind, String fileName, LocalDate periodFrom, LocalDate periodTo,
                         String issuer, long sizeBytes, String sha256, long rows, Instant createdAt, long executionId,
                         String download) {
}
