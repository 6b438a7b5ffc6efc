package org.edgarbatch.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A document the ingest rejected, as the report lists it.
 *
 * @param path        where it was found
 * @param reason      why it was rejected
 * @param executionId the job execution that rejected it
 * @param rejectedAt  when, in server time
 * @param filingDate  the filing date of the submission it came in, or null
 * @param datedBy     why it is in the report's period, in words
 */
public record RejectionLine(String path, String reason, long executionId, LocalDateTime rejectedAt,
                            LocalDate filingDate, String datedBy) {
}
