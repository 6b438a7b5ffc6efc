package org.edgarbatch.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Tells {@code GET /jobs} when the nightly schedule starts a job next. */
@ApplicationScoped
public class ScheduleNextRuns implements ScheduledRuns {

    @Inject
    NightlySchedule schedule;

    @Override
    public Optional<Instant> nextRun(String job) {
        return schedule.nextRun(job);
    }
}
