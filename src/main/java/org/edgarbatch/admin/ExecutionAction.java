package org.edgarbatch.admin;

import jakarta.batch.runtime.BatchStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an operator can do to an execution, and the one set of rules that says when: the list and the detail
 * offer an action exactly when the same rule lets {@code POST /executions/{id}/<action>} through.
 */
public enum ExecutionAction {

    STOP, RESTART, ABANDON;

    /** The facts about an execution the rules need. */
    public record State(long executionId, BatchStatus status, boolean serverStopped, long latestOfInstance) {

        boolean running() {
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        }
    }

    /** @return The name used in paths and in the {@code actions} lists. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return Why the action is refused in that state, or empty when it is allowed. */
    public Optional<String> refusal(State state) {
        String execution = "execution " + state.executionId() + " is " + state.status();
        String leftByDeadServer = "execution " + state.executionId() + " was left " + state.status()
                + " by a server that stopped";
        return Optional.ofNullable(switch (this) {
            case STOP -> {
                if (state.serverStopped()) {
                    yield leftByDeadServer + ": nothing runs it any more; restart it instead";
                }
                if (state.status() == BatchStatus.STOPPING) {
                    yield execution + " already";
                }
                yield state.running() ? null : execution + ": only a running execution can be stopped";
            }
            case RESTART -> {
                if (!state.serverStopped() && state.status() != BatchStatus.FAILED && state.status() != BatchStatus.STOPPED) {
                    yield execution + ": only a FAILED or STOPPED execution can be restarted";
                }
                yield notLatest(state, "restarted");
            }
            case ABANDON -> {
                if (state.serverStopped()) {
                    yield leftByDeadServer + ": restart it, which marks it FAILED first";
                }
                if (state.status() != BatchStatus.FAILED && state.status() != BatchStatus.STOPPED) {
                    yield execution + ": only a FAILED or STOPPED execution can be abandoned";
                }
                yield notLatest(state, "abandoned");
            }
        });
    }

    private static String notLatest(State state, String done) {
        return state.latestOfInstance() == state.executionId() ? null
                : "execution " + state.executionId() + " is not the most recent of its instance (execution "
                        + state.latestOfInstance() + " is): only that one can be " + done;
    }

    /** @return The actions the state allows, in the order the console shows them. */
    public static List<String> allowed(State state) {
        return Arrays.stream(values()).filter(action -> action.refusal(state).isEmpty())
                .map(ExecutionAction::pathName).toList();
    }
}
