package org.edgarbatch.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One execution in full: its parameters, the other executions of its instance and its steps. */
public record ExecutionDetail(ExecutionView execution, Map<String, String> parameters,
                              List<ExecutionView> instanceExecutions, List<Step> steps) {

    /**
     * One step of the execution.
     *
     * @param failure         the first line of the failure that ended it, or null
     * @param metrics         this execution's
     * @param instanceMetrics summed over the instance's executions up to this one
     * @param progress        while the step runs; null otherwise
     */
    public record Step(String name, String status, String exitStatus, Instant startTime, Instant endTime, String failure,
                       StepMetrics metrics, StepMetrics instanceMetrics, Progress progress) {
    }

    /** How much of a running step is done; {@code 0 of 0} when that cannot be told (a batchlet). */
    public record Progress(long done, long total) {
    }
}
