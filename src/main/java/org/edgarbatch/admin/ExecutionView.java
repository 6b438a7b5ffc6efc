package org.edgarbatch.admin;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import java.util.List;

/** A job execution as the API shows it, with the actions its state allows now. */
public record ExecutionView(long id, long instanceId, String job, BatchStatus status, String exitStatus,
                            boolean serverStopped, Instant createTime, Instant startTime, Instant endTime,
                            Instant lastUpdatedTime, List<String> actions) {
}
