package org.edgarbatch.testsupport;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every application table of an H2 file database in a canonical, comparable form: each row as the text of its
 * values, sorted, without what legitimately differs between two runs over the same filings (surrogate ids,
 * job execution ids, time stamps, the directory the server ran in). A foreign key is written as the row it
 * points to, so a transaction still says which filing it belongs to. Read with the server's own H2 driver
 * after the server has stopped.
 */
public final class DatabaseDump {

    /** JBeret's job repository: its ids and times differ from run to run by design. */
    private static final Set<String> JOB_REPOSITORY = Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION",
            "PARTITION_EXECUTION");

    /** One table: its compared columns and its rows, sorted. */
    public record Table(String name, List<String> columns, List<String> rows) {
    }

    /** How two dumps compare, table by table. */
    public record Comparison(List<String> lines, boolean equal) {

        @Override
        public String toString() {
            return String.join("\n", lines);
        }
    }

    private final Map<String, Table> tables;

    private DatabaseDump(Map<String, Table> tables) {
        this.tables = tables;
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public int rows(String table) {
        return tables.get(table.toUpperCase(Locale.ROOT)).rows().size();
    }

    /**
     * @param database  the H2 file database, without {@code .mv.db}
     * @param baseDir   the server's base directory: written as {@code {base}} where a value names it
     * @param h2Jar     the H2 driver the server uses
     */
    public static DatabaseDump of(Path database, Path baseDir, Path h2Jar) throws IOException, SQLException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {h2Jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            Properties credentials = new Properties();
            credentials.setProperty("user", "sa");
            credentials.setProperty("password", "sa");
            try (Connection connection = driver.connect("jdbc:h2:file:" + database + ";ACCESS_MODE_DATA=r", credentials)) {
                return new Reading(connection, baseDir.toAbsolutePath().normalize().toString()).read();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no H2 driver in " + h2Jar, e);
        }
    }

    /** @return The H2 jar of the WildFly the tests run ({@code wildfly.home}). */
    public static Path serverH2Jar() throws IOException {
        Path module = Path.of(System.getProperty("wildfly.home", "target/wildfly-39.0.1.Final"))
                .resolve("modules/system/layers/base/com/h2database/h2/main");
        try (Stream<Path> jars = Files.list(module)) {
            return jars.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no H2 jar in " + module));
        }
    }

    /** @return Counts per table, and for each table that differs its first differing row. */
    public Comparison compareWith(DatabaseDump reference, Set<String> ignoredTables) {
        List<String> lines = new ArrayList<>();
        boolean equal = true;
        Set<String> names = new java.util.TreeSet<>(reference.tables.keySet());
        names.addAll(tables.keySet());
        for (String name : names) {
            if (ignoredTables.contains(name)) {
                continue;
            }
            List<String> expected = reference.tables.containsKey(name) ? reference.tables.get(name).rows() : List.of();
            List<String> actual = tables.containsKey(name) ? tables.get(name).rows() : List.of();
            if (expected.equals(actual)) {
                lines.add(String.format("  %-28s %7d rows  equal", name.toLowerCase(Locale.ROOT), actual.size()));
                continue;
            }
            equal = false;
            lines.add(String.format("  %-28s %7d rows, reference %d  DIFFERENT: %s", name.toLowerCase(Locale.ROOT),
                    actual.size(), expected.size(), firstDifference(expected, actual)));
        }
        return new Comparison(lines, equal);
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        if (i < expected.size() && (i >= actual.size() || expected.get(i).compareTo(actual.get(i)) < 0)) {
            return "missing (a gap): " + abbreviate(expected.get(i));
        }
        String extra = actual.get(i);
        return (expected.contains(extra) ? "a duplicate: " : "not in the reference: ") + abbreviate(extra);
    }

    private static String abbreviate(String row) {
        return row.length() > 400 ? row.substring(0, 400) + "..." : row;
    }

    /** Reads every table once, then writes each row with its foreign keys replaced by the rows they point to. */
    private static final class Reading {
        private final Connection connection;
        private final String baseDir;
        /** table -> primary key value -> column -> value */
        private final Map<String, Map<Object, Map<String, Object>>> byKey = new HashMap<>();
        private final Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        private final Map<String, Map<String, String>> foreignKeys = new HashMap<>();
        private final Map<String, String> primaryKeys = new HashMap<>();
        private final Map<String, List<String>> compared = new HashMap<>();
        private final Map<String, Map<Object, String>> written = new HashMap<>();

        Reading(Connection connection, String baseDir) {
            this.connection = connection;
            this.baseDir = baseDir;
        }

        DatabaseDump read() throws SQLException, IOException {
            DatabaseMetaData metaData = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet tables = metaData.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String name = tables.getString("TABLE_NAME");
                    if (!JOB_REPOSITORY.contains(name)) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                readTable(metaData, name);
            }
            Map<String, Table> dump = new TreeMap<>();
            for (String name : names) {
                List<String> lines = new ArrayList<>();
                for (Map<String, Object> row : rows.get(name)) {
                    lines.add(write(name, row, 0));
                }
                lines.sort(null);
                dump.put(name, new Table(name, compared.get(name), List.copyOf(lines)));
            }
            return new DatabaseDump(dump);
        }

        private void readTable(DatabaseMetaData metaData, String name) throws SQLException, IOException {
            Map<String, String> keys = new LinkedHashMap<>();
            try (ResultSet imported = metaData.getImportedKeys(null, "PUBLIC", name)) {
                while (imported.next()) {
                    keys.put(imported.getString("FKCOLUMN_NAME"), imported.getString("PKTABLE_NAME"));
                }
            }
            foreignKeys.put(name, keys);
            try (ResultSet primary = metaData.getPrimaryKeys(null, "PUBLIC", name)) {
                if (primary.next()) {
                    primaryKeys.put(name, primary.getString("COLUMN_NAME"));
                }
            }
            List<Map<String, Object>> tableRows = new ArrayList<>();
            Map<Object, Map<String, Object>> index = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM \"" + name + "\"")) {
                ResultSetMetaData columns = result.getMetaData();
                List<String> kept = new ArrayList<>();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    if (isCompared(name, columns.getColumnName(c), columns.getColumnType(c))) {
                        kept.add(columns.getColumnName(c));
                    }
                }
                kept.sort(null);
                compared.put(name, kept);
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        row.put(columns.getColumnName(c), value(result.getObject(c)));
                    }
                    tableRows.add(row);
                    String primaryKey = primaryKeys.get(name);
                    if (primaryKey != null) {
                        index.put(row.get(primaryKey), row);
                    }
                }
            }
            rows.put(name, tableRows);
            byKey.put(name, index);
        }

        /** Surrogate ids, execution ids and time stamps differ between two runs that store the same things. */
        private boolean isCompared(String table, String column, int type) {
            if (foreignKeys.get(table).containsKey(column)) {
                return true;
            }
            if (column.equals(primaryKeys.get(table)) && column.equals("ID")) {
                return false;
            }
            if (column.contains("EXECUTION")) {
                return false;
            }
            return type != Types.TIMESTAMP && type != Types.TIMESTAMP_WITH_TIMEZONE;
        }

        private String write(String table, Map<String, Object> row, int depth) {
            if (depth > 8) {
                throw new IllegalStateException("foreign keys of " + table + " nest deeper than 8: a cycle?");
            }
            StringBuilder line = new StringBuilder();
            for (String column : compared.get(table)) {
                Object value = row.get(column);
                String parent = foreignKeys.get(table).get(column);
                line.append(column.toLowerCase(Locale.ROOT)).append('=');
                if (parent != null && value != null) {
                    line.append('{').append(parentRow(parent, value, depth)).append('}');
                } else {
                    line.append(text(value));
                }
                line.append(" | ");
            }
            return line.toString();
        }

        private String parentRow(String table, Object key, int depth) {
            Map<Object, String> done = written.computeIfAbsent(table, t -> new HashMap<>());
            String cached = done.get(key);
            if (cached != null) {
                return cached;
            }
            Map<String, Object> parent = byKey.get(table).get(key);
            String line = parent == null ? "no row " + key + " in " + table : write(table, parent, depth + 1);
            done.put(key, line);
            return line;
        }

        private String text(Object value) {
            if (value == null) {
                return "NULL";
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
            }
            if (value instanceof byte[] bytes) {
                return HexFormat.of().formatHex(bytes);
            }
            return value.toString().replace(baseDir, "{base}").replace("\n", "\\n");
        }

        private static Object value(Object value) throws SQLException, IOException {
            if (value instanceof Clob clob) {
                try (Reader reader = clob.getCharacterStream()) {
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int n; (n = reader.read(buffer)) > 0; ) {
                        text.append(buffer, 0, n);
                    }
                    return text.toString();
                }
            }
            return value;
        }
    }
}
