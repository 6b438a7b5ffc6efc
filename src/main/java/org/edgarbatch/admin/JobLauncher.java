package org.edgarbatch.admin;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * Starts jobs for the API and the schedule, one run of a job at a time: a second start while an
 * execution of the same job is under way is refused with the reason, so two nightly runs never write
 * the same rows at once.
 */
@ApplicationScoped
public class JobLauncher {

    private static final Logger LOG = Logger.getLogger(JobLauncher.class);

    private final JobOperator operator = BatchRuntime.getJobOperator();

    /**
     * @return The id of the new execution.
     * @throws ActionRefusedException while an execution of the job is under way
     */
    public synchronized long start(String job, Properties parameters) {
        List<Long> running = runningExecutions(job);
        if (!running.isEmpty()) {
            throw new ActionRefusedException(job + " is already running (execution " + running.get(0)
                    + "); one run of a job at a time");
        }
        long execution = operator.start(job, parameters);
        LOG.infof("Started execution %d of %s", execution, job);
        return execution;
    }

    /** @return The ids of the job's executions that are starting, started or stopping. */
    public List<Long> runningExecutions(String job) {
        try {
            return operator.getRunningExecutions(job);
        } catch (NoSuchJobException e) {
            // The job has never run.
            return List.of();
        }
    }
}
