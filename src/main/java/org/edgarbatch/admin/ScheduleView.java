package org.edgarbatch.admin;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The schedule as {@code GET /schedule} shows it: its settings, its next run and its latest fires. */
@JsonbNillable
public record ScheduleView(String job, boolean enabled, String expression, String timeZone,
                           Map<String, String> parameters, Instant nextRun, Fire lastFire, List<Fire> recentFires) {

    /** One fire: when, what made it ({@code TIMER} or {@code RUN_NOW}), and what came of it. */
    @JsonbNillable
    public record Fire(Instant firedAt, String trigger, String outcome, Long executionId, String reason) {

        static Fire of(ScheduleFire fire) {
            return new Fire(fire.getFiredAt(), fire.getTrigger().name(), fire.getOutcome().name(),
                    fire.getExecutionId(), fire.getReason());
        }
    }
}
