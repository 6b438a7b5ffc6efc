package org.edgarbatch.reports;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.operations.JobOperator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds a report from the database and publishes it: written under a temporary name, moved into place
 * complete, then registered. What the report steps of {@code filings-report} and {@code nightly} share.
 */
@ApplicationScoped
public class ReportPublisher {

    private static final Logger LOG = Logger.getLogger(ReportPublisher.class);

    /** Builds a workbook from the database into a stream. */
    @FunctionalInterface
    public interface Builder {
        /** @return What was built, in words for the step's exit status, with the count of the main sheet's rows. */
        Built build(Connection connection, OutputStream out) throws IOException, SQLException;
    }

    /** What a builder wrote: the main sheet's rows, and the counts in words. */
    public record Built(long mainRows, String counts) {
    }

    @Resource(lookup = "java:jboss/datasources/EdgarBatchDS")
    DataSource dataSource;

    @Inject
    ReportRegistry registry;

    @Inject
    @ConfigProperty(name = "edgar.reports.dir")
    String configuredReportsDir;

    /**
     * @return The period the job parameters give; {@code from} and {@code to} default to the last day with
     *         filings (today when nothing is stored), and each to the other when only one is given.
     */
    public ReportPeriod period(String from, String to, String issuer) throws SQLException {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start == null && end == null) {
            try (Connection connection = dataSource.getConnection()) {
                start = InsiderTransactionsQuery.lastDayWithFilings(connection).orElse(LocalDate.now());
            }
            end = start;
        }
        return new ReportPeriod(start != null ? start : end, end != null ? end : start, issuer);
    }

    /** @return The reports directory: the job parameter when given, else {@code edgar.reports.dir}. */
    public Path reportsDir(String reportsDir) {
        return Path.of(reportsDir == null || reportsDir.isBlank() ? configuredReportsDir : reportsDir.strip())
                .toAbsolutePath().normalize();
    }

    /** Builds, moves into place and registers one workbook. @return The step's exit status. */
    public String publish(ReportKind kind, ReportPeriod period, Path reportsDir, long executionId, Builder builder)
            throws IOException, SQLException {
        String fileName = period.fileName(kind);
        Built[] built = new Built[1];
        WrittenFile file;
        try (Connection connection = dataSource.getConnection()) {
            // Auto-commit off: PostgreSQL streams a result set only inside a transaction. Nothing is written.
            connection.setAutoCommit(false);
            try {
                file = ReportFileWriter.write(reportsDir, fileName, "execution-" + executionId,
                        out -> built[0] = builder.build(connection, out));
            } finally {
                connection.rollback();
            }
        }
        registry.register(kind, period, file, built[0].mainRows(), parameters(executionId), executionId);
        String status = fileName + ": " + built[0].counts() + ", " + file.sizeBytes() + " bytes";
        LOG.infof("Execution %d wrote %s (%s, SHA-256 %s)", executionId, file.path(), status, file.sha256());
        return status;
    }

    /** @return The executions of the job instance this execution belongs to: this run, and the runs it restarts. */
    public List<Long> executionsOfInstance(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .map(JobExecution::getExecutionId).toList();
    }

    private static String parameters(long executionId) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(executionId);
        if (parameters == null) {
            return "";
        }
        return new TreeSet<>(parameters.stringPropertyNames()).stream()
                .map(name -> name + "=" + parameters.getProperty(name))
                .collect(Collectors.joining("\n"));
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter " + parameter + " is '" + value + "', not an ISO date such as 2022-02-04", e);
        }
    }
}
