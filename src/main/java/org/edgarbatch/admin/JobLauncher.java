package org.edgarbatch.admin;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Starts, restarts, stops and abandons jobs for the API and the schedule, one run of a job at a time: a second
 * start while an execution of the same job is under way is refused with the reason, so two nightly runs never
 * write the same rows at once. An execution a dead server left running does not count as under way.
 */
@ApplicationScoped
public class JobLauncher {

    private static final Logger LOG = Logger.getLogger(JobLauncher.class);

    private final JobOperator operator = BatchRuntime.getJobOperator();

    @Inject
    Executions executions;

    @Inject
    JobExecutionRepository repository;

    /**
     * @return The id of the new execution.
     * @throws ActionRefusedException while an execution of the job is under way
     */
    public synchronized long start(String job, Properties parameters) {
        refuseWhileRunning(job);
        long execution = operator.start(job, parameters);
        LOG.infof("Started execution %d of %s", execution, job);
        return execution;
    }

    /**
     * Restarts a FAILED or STOPPED execution, or one a dead server left running (JBeret's default restart mode
     * marks it FAILED first), from its last checkpoint.
     *
     * @param parameters those to override; the others are the restarted execution's
     * @return The id of the new execution.
     * @throws ActionRefusedException when the execution's state or a run of its job under way does not allow it
     */
    public synchronized long restart(long executionId, Properties parameters) {
        ExecutionRow row = refuseUnlessAllowed(ExecutionAction.RESTART, executionId);
        refuseWhileRunning(row.job());
        long execution = operator.restart(executionId, parameters);
        LOG.infof("Restarted execution %d of %s as execution %d", executionId, row.job(), execution);
        return execution;
    }

    /** Asks a running execution to stop; it becomes STOPPING, then STOPPED at its next checkpoint. */
    public synchronized void stop(long executionId) {
        refuseUnlessAllowed(ExecutionAction.STOP, executionId);
        operator.stop(executionId);
        LOG.infof("Stopping execution %d", executionId);
    }

    /** Marks a FAILED or STOPPED execution ABANDONED: it can never be restarted. */
    public synchronized void abandon(long executionId) {
        refuseUnlessAllowed(ExecutionAction.ABANDON, executionId);
        operator.abandon(executionId);
        LOG.infof("Abandoned execution %d", executionId);
    }

    /** @return The ids of the job's executions that are starting, started or stopping on this server, newest first. */
    public List<Long> runningExecutions(String job) {
        return repository.recordedRunning(job).stream().filter(executions::running).map(ExecutionRow::id).toList();
    }

    private void refuseWhileRunning(String job) {
        List<Long> running = runningExecutions(job);
        if (!running.isEmpty()) {
            throw new ActionRefusedException(job + " is already running (execution " + running.get(0)
                    + "); one run of a job at a time");
        }
    }

    private ExecutionRow refuseUnlessAllowed(ExecutionAction action, long executionId) {
        ExecutionRow row = executions.row(executionId);
        action.refusal(executions.state(row)).ifPresent(reason -> {
            throw new ActionRefusedException(reason);
        });
        return row;
    }
}
