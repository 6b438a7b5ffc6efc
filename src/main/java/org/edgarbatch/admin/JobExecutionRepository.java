package org.edgarbatch.admin;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Reads JBeret's JDBC job repository ({@code JOB_INSTANCE}, {@code JOB_EXECUTION}, {@code STEP_EXECUTION}) with
 * plain, portable SQL (H2 and PostgreSQL): the {@code JobOperator} can neither filter nor page, and a year of
 * nightly runs must list as fast as a week's. A page is found by ids first (newest first, on the primary key),
 * then only its rows are read.
 */
@ApplicationScoped
public class JobExecutionRepository {

    private static final Logger LOG = Logger.getLogger(JobExecutionRepository.class);

    private static final String COLUMNS = "e.JOBEXECUTIONID, e.JOBINSTANCEID, i.JOBNAME, e.BATCHSTATUS, e.EXITSTATUS,"
            + " e.CREATETIME, e.STARTTIME, e.ENDTIME, e.LASTUPDATEDTIME";
    private static final String FROM = " FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID";
    private static final String METRICS = "READCOUNT, WRITECOUNT, FILTERCOUNT, COMMITCOUNT, ROLLBACKCOUNT,"
            + " READSKIPCOUNT, PROCESSSKIPCOUNT, WRITESKIPCOUNT";

    /**
     * Indexes the lists and the detail need; JBeret's DDL has only the primary keys (and, on H2, the foreign keys).
     * H2 reads an index in one direction only: the newest-first pages need the descending ones.
     */
    private static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS EDGAR_JOB_EXECUTION_NEWEST ON JOB_EXECUTION (JOBEXECUTIONID DESC)",
            "CREATE INDEX IF NOT EXISTS EDGAR_JOB_EXECUTION_STATUS_NEWEST ON JOB_EXECUTION (BATCHSTATUS, JOBEXECUTIONID DESC)",
            "CREATE INDEX IF NOT EXISTS EDGAR_JOB_EXECUTION_CREATED ON JOB_EXECUTION (CREATETIME)",
            "CREATE INDEX IF NOT EXISTS EDGAR_JOB_EXECUTION_INSTANCE ON JOB_EXECUTION (JOBINSTANCEID)",
            "CREATE INDEX IF NOT EXISTS EDGAR_JOB_INSTANCE_NAME ON JOB_INSTANCE (JOBNAME)",
            "CREATE INDEX IF NOT EXISTS EDGAR_STEP_EXECUTION_EXECUTION ON STEP_EXECUTION (JOBEXECUTIONID)");

    /** What the executions list is filtered by; null means no filter. {@code to} is exclusive. */
    public record Filter(String job, BatchStatus status, Instant from, Instant to) {
    }

    @Resource(lookup = "java:jboss/datasources/EdgarBatchDS")
    DataSource dataSource;

    private volatile boolean indexed;

    /** @return The page of executions that pass the filter, newest first. */
    public Page<ExecutionRow> page(Filter filter, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.job() != null) {
            // EXISTS rather than IN: H2 then walks the newest-first index and stops at the page's end.
            where.append(" AND EXISTS (SELECT 1 FROM JOB_INSTANCE i WHERE i.JOBINSTANCEID = e.JOBINSTANCEID AND i.JOBNAME = ?)");
            parameters.add(filter.job());
        }
        if (filter.status() != null) {
            where.append(" AND e.BATCHSTATUS = ?");
            parameters.add(filter.status().name());
        }
        if (filter.from() != null) {
            where.append(" AND e.CREATETIME >= ?");
            parameters.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND e.CREATETIME < ?");
            parameters.add(Timestamp.from(filter.to()));
        }
        try (Connection connection = connection()) {
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(*) FROM JOB_EXECUTION e" + where, parameters);
                 ResultSet result = count.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            List<Object> pageParameters = new ArrayList<>(parameters);
            pageParameters.add(paging.offset());
            pageParameters.add(paging.limit());
            try (PreparedStatement page = prepare(connection, "SELECT e.JOBEXECUTIONID FROM JOB_EXECUTION e" + where
                    + " ORDER BY e.JOBEXECUTIONID DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", pageParameters);
                 ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
            List<ExecutionRow> rows = rows(connection, ids);
            rows.sort(Comparator.comparingLong(ExecutionRow::id).reversed());
            return new Page<>(paging.offset(), paging.limit(), total, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    public Optional<ExecutionRow> find(long executionId) {
        return query("SELECT " + COLUMNS + FROM + " WHERE e.JOBEXECUTIONID = ?", List.of(executionId))
                .stream().findFirst();
    }

    /** @return The instance's executions, oldest first. */
    public List<ExecutionRow> ofInstance(long instanceId) {
        return query("SELECT " + COLUMNS + FROM + " WHERE e.JOBINSTANCEID = ? ORDER BY e.JOBEXECUTIONID", List.of(instanceId));
    }

    /** @return The job's most recent execution. */
    public Optional<ExecutionRow> latestOf(String job) {
        return query("SELECT " + COLUMNS + FROM + " WHERE e.JOBEXECUTIONID = (SELECT MAX(x.JOBEXECUTIONID)"
                + " FROM JOB_EXECUTION x JOIN JOB_INSTANCE xi ON xi.JOBINSTANCEID = x.JOBINSTANCEID WHERE xi.JOBNAME = ?)",
                List.of(job)).stream().findFirst();
    }

    /** @return The job's executions the repository holds as under way, newest first. */
    public List<ExecutionRow> recordedRunning(String job) {
        return query("SELECT " + COLUMNS + FROM + " WHERE i.JOBNAME = ? AND e.BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')"
                + " ORDER BY e.JOBEXECUTIONID DESC", List.of(job));
    }

    /** @return For each instance, the id of its most recent execution. */
    public Map<Long, Long> latestOfInstances(Collection<Long> instanceIds) {
        Map<Long, Long> latest = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return latest;
        }
        try (Connection connection = connection();
             PreparedStatement query = prepare(connection, "SELECT JOBINSTANCEID, MAX(JOBEXECUTIONID) FROM JOB_EXECUTION"
                     + " WHERE JOBINSTANCEID IN (" + placeholders(instanceIds.size()) + ") GROUP BY JOBINSTANCEID",
                     List.copyOf(instanceIds));
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                latest.put(result.getLong(1), result.getLong(2));
            }
            return latest;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    /** @return The execution's steps in the order they started. */
    public List<StepRow> steps(long executionId) {
        List<StepRow> steps = new ArrayList<>();
        try (Connection connection = connection();
             PreparedStatement query = prepare(connection, "SELECT STEPEXECUTIONID, STEPNAME, BATCHSTATUS, EXITSTATUS,"
                     + " STARTTIME, ENDTIME, EXECUTIONEXCEPTION, " + METRICS
                     + " FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? ORDER BY STEPEXECUTIONID", List.of(executionId));
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                steps.add(new StepRow(result.getLong(1), result.getString(2), status(result.getString(3)),
                        result.getString(4), instant(result, 5), instant(result, 6), result.getString(7), metrics(result, 8)));
            }
            return steps;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    /** @return Per step name, its metrics summed over the instance's executions up to and including this one. */
    public Map<String, StepMetrics> instanceMetrics(long instanceId, long upToExecutionId) {
        Map<String, StepMetrics> sums = new LinkedHashMap<>();
        String sum = List.of(METRICS.split(", ")).stream().map(c -> "COALESCE(SUM(s." + c.trim() + "), 0)")
                .collect(Collectors.joining(", "));
        try (Connection connection = connection();
             PreparedStatement query = prepare(connection, "SELECT s.STEPNAME, " + sum + " FROM STEP_EXECUTION s"
                     + " JOIN JOB_EXECUTION e ON e.JOBEXECUTIONID = s.JOBEXECUTIONID"
                     + " WHERE e.JOBINSTANCEID = ? AND e.JOBEXECUTIONID <= ? GROUP BY s.STEPNAME",
                     List.of(instanceId, upToExecutionId));
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                sums.put(result.getString(1), metrics(result, 2));
            }
            return sums;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    private List<ExecutionRow> rows(Connection connection, List<Long> ids) throws SQLException {
        List<ExecutionRow> rows = new ArrayList<>();
        if (ids.isEmpty()) {
            return rows;
        }
        try (PreparedStatement query = prepare(connection, "SELECT " + COLUMNS + FROM + " WHERE e.JOBEXECUTIONID IN ("
                + placeholders(ids.size()) + ")", List.copyOf(ids));
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(row(result));
            }
        }
        return rows;
    }

    private List<ExecutionRow> query(String sql, List<Object> parameters) {
        try (Connection connection = connection();
             PreparedStatement query = prepare(connection, sql, parameters);
             ResultSet result = query.executeQuery()) {
            List<ExecutionRow> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(row(result));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the job repository", e);
        }
    }

    private Connection connection() throws SQLException {
        if (!indexed) {
            createIndexes();
        }
        return dataSource.getConnection();
    }

    /** Creates the indexes once per deployment; each statement is idempotent, so it is safe on every start. */
    private synchronized void createIndexes() {
        if (indexed) {
            return;
        }
        // The job operator makes JBeret create its tables if this server never ran a job.
        BatchRuntime.getJobOperator().getJobNames();
        try (Connection connection = dataSource.getConnection()) {
            createIndexes(connection);
        } catch (SQLException e) {
            LOG.warnf(e, "Could not create the job repository's indexes; the execution lists work, only slower");
        }
        indexed = true;
    }

    /** Creates the indexes the lists need, where they do not exist yet. */
    static void createIndexes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
        }
    }

    /** For a benchmark outside the server: reads through this datasource, whose tables are already indexed. */
    static JobExecutionRepository over(DataSource dataSource) {
        JobExecutionRepository repository = new JobExecutionRepository();
        repository.dataSource = dataSource;
        repository.indexed = true;
        return repository;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static ExecutionRow row(ResultSet result) throws SQLException {
        return new ExecutionRow(result.getLong(1), result.getLong(2), result.getString(3), status(result.getString(4)),
                result.getString(5), instant(result, 6), instant(result, 7), instant(result, 8), instant(result, 9));
    }

    private static StepMetrics metrics(ResultSet result, int first) throws SQLException {
        return new StepMetrics(result.getLong(first), result.getLong(first + 1), result.getLong(first + 2),
                result.getLong(first + 3), result.getLong(first + 4), result.getLong(first + 5), result.getLong(first + 6),
                result.getLong(first + 7));
    }

    private static BatchStatus status(String value) {
        return value == null ? BatchStatus.STARTING : BatchStatus.valueOf(value);
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        Timestamp value = result.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
