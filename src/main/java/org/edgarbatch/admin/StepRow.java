package org.edgarbatch.admin;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;

/** One step execution as JBeret's JDBC job repository records it; {@code failure} is the stored exception text. */
public record StepRow(long id, String name, BatchStatus status, String exitStatus, Instant startTime, Instant endTime,
                      String failure, StepMetrics metrics) {
}
