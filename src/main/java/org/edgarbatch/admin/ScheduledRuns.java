package org.edgarbatch.admin;

import java.time.Instant;
import java.util.Optional;

/**
 * When the schedule starts a job next. The schedule provides the one bean of this type; until it does (or where
 * it is not deployed), {@code GET /jobs} shows no next run.
 */
public interface ScheduledRuns {

    /** @return The next time the schedule starts this job, if it starts it at all. */
    Optional<Instant> nextRun(String job);
}
