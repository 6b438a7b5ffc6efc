package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionActionTest {

    @ParameterizedTest
    @CsvSource({
            "STARTING,  stop",
            "STARTED,   stop",
            "STOPPING,  ''",
            "STOPPED,   restart abandon",
            "FAILED,    restart abandon",
            "COMPLETED, ''",
            "ABANDONED, ''"})
    void offersForTheLatestExecutionOfAnInstanceWhatItsStatusAllows(BatchStatus status, String actions) {
        // given
        ExecutionAction.State state = new ExecutionAction.State(12, status, false, 12);

        // when, then
        assertEquals(actions.isEmpty() ? List.of() : List.of(actions.split(" ")), ExecutionAction.allowed(state));
    }

    @ParameterizedTest
    @CsvSource({"STARTING", "STARTED", "STOPPING"})
    void offersOnlyRestartForAnExecutionADeadServerLeftRunning(BatchStatus status) {
        // given
        ExecutionAction.State state = new ExecutionAction.State(12, status, true, 12);

        // when, then
        assertEquals(List.of("restart"), ExecutionAction.allowed(state));
        assertEquals(Optional.of("execution 12 was left " + status + " by a server that stopped: nothing runs it any more;"
                + " restart it instead"), ExecutionAction.STOP.refusal(state));
        assertEquals(Optional.of("execution 12 was left " + status + " by a server that stopped: restart it, which marks"
                + " it FAILED first"), ExecutionAction.ABANDON.refusal(state));
    }

    @ParameterizedTest
    @CsvSource({"FAILED", "STOPPED"})
    void offersNothingForAnExecutionThatIsNotTheLatestOfItsInstance(BatchStatus status) {
        // given
        ExecutionAction.State state = new ExecutionAction.State(12, status, false, 15);

        // when, then
        assertEquals(List.of(), ExecutionAction.allowed(state));
        assertEquals(Optional.of("execution 12 is not the most recent of its instance (execution 15 is): only that one"
                + " can be restarted"), ExecutionAction.RESTART.refusal(state));
    }

    @Test
    void givesTheReasonOfEachRefusal() {
        // given
        ExecutionAction.State completed = new ExecutionAction.State(12, BatchStatus.COMPLETED, false, 12);
        ExecutionAction.State started = new ExecutionAction.State(13, BatchStatus.STARTED, false, 13);
        ExecutionAction.State stopping = new ExecutionAction.State(14, BatchStatus.STOPPING, false, 14);

        // when, then
        assertEquals(Optional.of("execution 12 is COMPLETED: only a FAILED or STOPPED execution can be restarted"),
                ExecutionAction.RESTART.refusal(completed));
        assertEquals(Optional.of("execution 12 is COMPLETED: only a FAILED or STOPPED execution can be abandoned"),
                ExecutionAction.ABANDON.refusal(completed));
        assertEquals(Optional.of("execution 12 is COMPLETED: only a running execution can be stopped"),
                ExecutionAction.STOP.refusal(completed));
        assertEquals(Optional.of("execution 13 is STARTED: only a FAILED or STOPPED execution can be restarted"),
                ExecutionAction.RESTART.refusal(started));
        assertEquals(Optional.of("execution 13 is STARTED: only a FAILED or STOPPED execution can be abandoned"),
                ExecutionAction.ABANDON.refusal(started));
        assertEquals(Optional.of("execution 14 is STOPPING already"), ExecutionAction.STOP.refusal(stopping));
    }
}
