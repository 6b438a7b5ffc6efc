package org.edgarbatch.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database's floor: the rows the server's ingest stored, inserted again with plain JDBC batches into a new
 * H2 file database that has the application's tables as the server created them (its {@code SCRIPT NODATA}:
 * keys, indexes, foreign keys), committing every {@value #ROWS_PER_COMMIT} rows. Only the inserts and commits
 * are timed; reading the rows out of the server's database is not.
 */
final class RawInsertFloor {

    record Result(long rows, long wallNanos, String tables) {
    }

    private static final int ROWS_PER_COMMIT = 1_000;
    /** Parents before children, so the foreign keys hold at every commit; other tables follow in any order. */
    private static final List<String> ORDER = List.of("SOURCE_DOCUMENT", "OWNERSHIP_FILING", "REPORTING_OWNER",
            "NONDERIV_TRANS", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING", "OWNERSHIP_FOOTNOTE", "OWNER_SIGNATURE");
    /** JBeret's job repository shares the database; it is not the application's. */
    private static final Set<String> JOB_REPOSITORY = Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION",
            "PARTITION_EXECUTION");

    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "ALTER TABLE \"PUBLIC\"\\.\"(\\w+)\".*REFERENCES \"PUBLIC\"\\.\"(\\w+)\"", Pattern.DOTALL);

    private RawInsertFloor() {
    }

    /**
     * @param serverDatabase the server's H2 database file without {@code .mv.db}; the server must be stopped
     * @param workDir        where the new database goes (replaced)
     */
    static Result run(Path serverDatabase, Path workDir) throws Exception {
        Files.createDirectories(workDir);
        try (Stream<Path> old = Files.list(workDir)) {
            for (Path file : old.filter(f -> f.getFileName().toString().startsWith("raw-floor")).toList()) {
                Files.delete(file);
            }
        }
        try (Connection source = DriverManager.getConnection("jdbc:h2:file:" + serverDatabase + ";ACCESS_MODE_DATA=r", "sa", "sa");
             Connection target = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("raw-floor") + ";DB_CLOSE_DELAY=-1", "sa", "sa")) {
            List<String> tables = applicationTables(source);
            List<String> selfReferences = createSchema(source, target, tables);
            target.setAutoCommit(false);
            long rows = 0;
            long nanos = 0;
            StringBuilder counts = new StringBuilder();
            for (String table : tables) {
                long[] copied = copy(source, target, table);
                rows += copied[0];
                nanos += copied[1];
                if (copied[0] > 0) {
                    counts.append(counts.length() == 0 ? "" : ", ").append(table.toLowerCase(Locale.ROOT)).append(' ').append(copied[0]);
                }
            }
            // An amendment can be stored before the filing it amends (the walk meets it first): checked once all are in.
            long start = System.nanoTime();
            try (Statement create = target.createStatement()) {
                for (String constraint : selfReferences) {
                    create.execute(constraint);
                }
            }
            target.commit();
            nanos += System.nanoTime() - start;
            return new Result(rows, nanos, counts.toString());
        }
    }

    private static List<String> applicationTables(Connection source) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = source.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (names.next()) {
                String name = names.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (!JOB_REPOSITORY.contains(name)) {
                    tables.add(name);
                }
            }
        }
        tables.sort(Comparator.comparingInt((String t) -> ORDER.contains(t) ? ORDER.indexOf(t) : ORDER.size()).thenComparing(t -> t));
        return tables;
    }

    /**
     * Runs the DDL the server created for the application's tables and sequences on the new database.
     *
     * @return the foreign keys of a table to itself, left to add once the rows are in
     */
    private static List<String> createSchema(Connection source, Connection target, List<String> tables) throws Exception {
        List<String> constraints = new ArrayList<>();
        List<String> selfReferences = new ArrayList<>();
        try (Statement script = source.createStatement(); ResultSet ddl = script.executeQuery("SCRIPT NODATA");
             Statement create = target.createStatement()) {
            while (ddl.next()) {
                String statement = ddl.getString(1);
                String upper = statement.toUpperCase(Locale.ROOT);
                boolean jobRepository = JOB_REPOSITORY.stream().anyMatch(t -> upper.contains("\"" + t + "\"") || upper.contains(" " + t + " "));
                if (jobRepository || upper.startsWith("CREATE USER") || upper.startsWith("-- ")) {
                    continue;
                }
                if (upper.startsWith("ALTER TABLE") && upper.contains("FOREIGN KEY")) {
                    Matcher names = FOREIGN_KEY.matcher(upper);
                    boolean self = names.find() && names.group(1).equals(names.group(2));
                    (self ? selfReferences : constraints).add(statement);
                } else if (upper.startsWith("CREATE") || upper.startsWith("ALTER TABLE")) {
                    create.execute(statement);
                }
            }
            for (String constraint : constraints) {
                create.execute(constraint);
            }
        }
        return selfReferences;
    }

    /** @return {rows, nanoseconds spent inserting and committing} */
    private static long[] copy(Connection source, Connection target, String table) throws Exception {
        long rows = 0;
        long nanos = 0;
        try (Statement read = source.createStatement();
             ResultSet result = read.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
            ResultSetMetaData meta = result.getMetaData();
            int columns = meta.getColumnCount();
            StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" VALUES (");
            for (int i = 0; i < columns; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement insert = target.prepareStatement(sql.append(')').toString())) {
                List<Object[]> buffer = new ArrayList<>(ROWS_PER_COMMIT);
                boolean more = true;
                while (more) {
                    buffer.clear();
                    while (buffer.size() < ROWS_PER_COMMIT && (more = result.next())) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = result.getObject(i + 1);
                        }
                        buffer.add(row);
                    }
                    if (buffer.isEmpty()) {
                        break;
                    }
                    long start = System.nanoTime();
                    for (Object[] row : buffer) {
                        for (int i = 0; i < columns; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    target.commit();
                    nanos += System.nanoTime() - start;
                    rows += buffer.size();
                }
            }
        }
        return new long[] {rows, nanos};
    }
}
