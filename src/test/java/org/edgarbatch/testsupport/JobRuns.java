package org.edgarbatch.testsupport;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/** Starts, restarts and waits for jobs through the standard {@link JobOperator}, as an operator would. */
public final class JobRuns {

    private static final Set<BatchStatus> FINISHED = EnumSet.of(
            BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The JDBC job repository lives in the application's datasource (configure-server.cli). */
    private static final String JOB_REPOSITORY = "java:jboss/datasources/EdgarBatchDS";

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

    /**
     * @return The execution once it has finished and the JDBC job repository records it so: JBeret sets the
     *     status of the execution in memory a moment before it writes it to the repository.
     */
    public static JobExecution awaitEnd(long executionId) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        JobExecution execution = operator().getJobExecution(executionId);
        while (!FINISHED.contains(execution.getBatchStatus())
                || !statusInJobRepository(executionId).equals(Optional.of(execution.getBatchStatus().name()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + executionId + " still " + execution.getBatchStatus()
                        + " (" + statusInJobRepository(executionId).orElse("nothing") + " in the job repository) after "
                        + TIMEOUT);
            }
            Thread.sleep(100);
            execution = operator().getJobExecution(executionId);
        }
        return execution;
    }

    /** @return The batch status JBeret's JDBC job repository holds for the execution, read with plain SQL. */
    public static Optional<String> statusInJobRepository(long executionId) {
        try (Connection connection = InitialContext.<DataSource>doLookup(JOB_REPOSITORY).getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select BATCHSTATUS from JOB_EXECUTION where JOBEXECUTIONID = ?")) {
            query.setLong(1, executionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (NamingException | SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
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
