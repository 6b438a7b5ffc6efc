package org.edgarbatch.admin;

import java.time.Instant;
import java.time.LocalDate;

/** A document a job rejected, with the reason, as the API shows it. */
public record RejectionView(long id, long executionId, String path, String reason, Instant rejectedAt,
                            LocalDate filingDate) {
}
