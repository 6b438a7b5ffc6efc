package org.edgarbatch.admin;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;

/** One job execution as JBeret's JDBC job repository records it. */
public record ExecutionRow(long id, long instanceId, String job, BatchStatus status, String exitStatus,
                           Instant createTime, Instant startTime, Instant endTime, Instant lastUpdatedTime) {

    /** @return Whether the repository holds it as under way (which a dead server leaves it forever). */
    public boolean recordedRunning() {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }
}
