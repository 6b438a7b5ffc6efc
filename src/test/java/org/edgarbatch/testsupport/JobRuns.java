package org.edgarbatch.testsupport;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/** Starts, restarts and waits for jobs through the standard {@link JobOperator}, as an operator would. */
public final class JobRuns {

    private static final Set<BatchStatus> FINISHED = EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private JobRuns() {
    }

    public static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** @return The finished execution of the job started with the given parameters (name, value pairs). */
    public static JobExecution run(String job, String... parameters) throws InterruptedException {
        return awaitEnd(operator().start(job, properties(parameters)));
    }

    /** @return The finished execution that restarted the given one. */
    public static JobExecution restart(long executionId, String... parameters) throws InterruptedException {
        return awaitEnd(operator().restart(executionId, properties(parameters)));
    }

    public static JobExecution awaitEnd(long executionId) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JobExecution execution = operator().getJobExecution(executionId);
        while (!FINISHED.contains(execution.getBatchStatus())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + executionId + " still " + execution.getBatchStatus()
                        + " after " + TIMEOUT);
            }
            Thread.sleep(100);
            execution = operator().getJobExecution(executionId);
        }
        return execution;
    }

    /** @return The value of one metric of the named step in that execution. */
    public static long stepMetric(long executionId, String step, Metric.MetricType type) {
        for (StepExecution stepExecution : operator().getStepExecutions(executionId)) {
            if (stepExecution.getStepName().equals(step)) {
                for (Metric metric : stepExecution.getMetrics()) {
                    if (metric.getType() == type) {
                        return metric.getValue();
                    }
                }
            }
        }
        throw new AssertionError("no step " + step + " with metric " + type + " in execution " + executionId);
    }

    private static Properties properties(String... parameters) {
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name, value pairs");
        }
        Properties properties = new Properties();
        for (int i = 0; i < parameters.length; i += 2) {
            properties.setProperty(parameters[i], parameters[i + 1]);
        }
        return properties;
    }
}
