package org.edgarbatch.admin;

import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * How fast {@code GET /executions} reads a page from a job repository of many executions: JBeret's own DDL on an
 * H2 file database (WildFly's H2), filled with generated executions, read by {@link JobExecutionRepository}.
 * Prints the median time of each kind of page; asserts nothing. Run with {@code ./benchmark.sh execution-list [n]}.
 */
public final class ExecutionListBenchmark {

    private static final String[] JOBS = {"nightly", "filings-ingest", "filings-report"};
    private static final int RUNS = 21;

    private ExecutionListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int executions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path directory = Files.createDirectories(Path.of("target/benchmark"));
        for (String suffix : new String[] {".mv.db", ".trace.db"}) {
            Files.deleteIfExists(directory.resolve("job-repository" + suffix));
        }
        DataSource dataSource = h2(directory.resolve("job-repository").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        Instant newest = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long filled = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            fill(connection, executions, newest);
            JobExecutionRepository.createIndexes(connection);
        }
        System.out.printf("%,d executions written in %.1f s%n", executions, (System.nanoTime() - filled) / 1e9);

        JobExecutionRepository repository = JobExecutionRepository.over(dataSource);
        Instant weekAgo = newest.minus(7, ChronoUnit.DAYS);
        Map<String, Supplier<Page<ExecutionRow>>> pages = new java.util.LinkedHashMap<>();
        pages.put("newest 50, no filter", () -> repository.page(filter(null, null, null, null), new Paging(0, 50)));
        pages.put("newest 50 of nightly", () -> repository.page(filter("nightly", null, null, null), new Paging(0, 50)));
        pages.put("FAILED, newest 50", () -> repository.page(filter(null, BatchStatus.FAILED, null, null), new Paging(0, 50)));
        pages.put("last 7 days, 50", () -> repository.page(filter(null, null, weekAgo, null), new Paging(0, 50)));
        pages.put("nightly FAILED in 7 days", () -> repository.page(filter("nightly", BatchStatus.FAILED, weekAgo, null),
                new Paging(0, 50)));
        pages.put("500 at offset 50,000", () -> repository.page(filter(null, null, null, null), new Paging(50_000, 500)));
        for (Map.Entry<String, Supplier<Page<ExecutionRow>>> page : pages.entrySet()) {
            double[] millis = new double[RUNS];
            long total = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                total = page.getValue().get().total();
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf("%-28s total %,7d   median %6.1f ms   max %6.1f ms%n", page.getKey(), total,
                    millis[RUNS / 2], millis[RUNS - 1]);
        }
    }

    private static JobExecutionRepository.Filter filter(String job, BatchStatus status, Instant from, Instant to) {
        return new JobExecutionRepository.Filter(job, status, from, to);
    }

    /** JBeret's DDL for H2 ({@code sql/jberet.ddl} in jberet-core), as its JDBC repository runs it. */
    private static void createTables(Connection connection) throws IOException, SQLException {
        String ddl;
        try (InputStream in = ExecutionListBenchmark.class.getClassLoader().getResourceAsStream("sql/jberet.ddl")) {
            if (in == null) {
                throw new IllegalStateException("jberet-core (sql/jberet.ddl) is not on the class path");
            }
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String create : ddl.split("!!")) {
                if (!create.isBlank()) {
                    statement.execute(create);
                }
            }
        }
    }

    /** One execution a quarter hour apart, newest last; one in twenty FAILED and restarted in the same instance. */
    private static void fill(Connection connection, int executions, Instant newest) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement instance = connection.prepareStatement(
                "INSERT INTO JOB_INSTANCE (JOBINSTANCEID, VERSION, JOBNAME, APPLICATIONNAME) VALUES (?, 1, ?, 'edgar-batch')");
             PreparedStatement execution = connection.prepareStatement("INSERT INTO JOB_EXECUTION (JOBEXECUTIONID,"
                     + " JOBINSTANCEID, VERSION, CREATETIME, STARTTIME, ENDTIME, LASTUPDATEDTIME, BATCHSTATUS, EXITSTATUS,"
                     + " JOBPARAMETERS) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            long instanceId = 0;
            for (long id = 1; id <= executions; id++) {
                boolean failed = id % 20 == 0;
                boolean restartOfFailed = id % 20 == 1 && id > 1;
                if (!restartOfFailed) {
                    instanceId++;
                    instance.setLong(1, instanceId);
                    instance.setString(2, JOBS[(int) (instanceId % JOBS.length)]);
                    instance.addBatch();
                }
                Timestamp created = Timestamp.from(newest.minus((executions - id) * 15, ChronoUnit.MINUTES));
                execution.setLong(1, id);
                execution.setLong(2, instanceId);
                execution.setTimestamp(3, created);
                execution.setTimestamp(4, created);
                execution.setTimestamp(5, created);
                execution.setTimestamp(6, created);
                execution.setString(7, failed ? "FAILED" : "COMPLETED");
                execution.setString(8, failed ? "FAILED" : "seen 1500: stored 1500 (ownership 1400, ...)");
                execution.setString(9, "filingsDir=/srv/edgar\nreportsDir=/srv/reports\n");
                execution.addBatch();
                if (id % 5_000 == 0) {
                    instance.executeBatch();
                    execution.executeBatch();
                }
            }
            instance.executeBatch();
            execution.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** WildFly's own H2 driver, found on the class path by {@code benchmark.sh}. */
    private static DataSource h2(String file) throws ReflectiveOperationException {
        DataSource dataSource = (DataSource) Class.forName("org.h2.jdbcx.JdbcDataSource").getConstructor().newInstance();
        dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, "jdbc:h2:file:" + file);
        dataSource.getClass().getMethod("setUser", String.class).invoke(dataSource, "sa");
        dataSource.getClass().getMethod("setPassword", String.class).invoke(dataSource, "sa");
        return dataSource;
    }
}
