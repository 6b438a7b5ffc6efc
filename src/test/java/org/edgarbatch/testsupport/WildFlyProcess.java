package org.edgarbatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * A WildFly server run as a plain child process, the way an operator runs one ({@code bin/standalone.sh}),
 * for benchmarks and crash tests that must measure it from outside or kill it: its own base directory
 * (configuration, deployments, data, log), its own port offset, JVM options and system properties, an
 * H2 file database inside the base directory unless told otherwise, and a GC log.
 *
 * <p>It is managed through WildFly's native management API ({@link ModelControllerClient}, what
 * {@code jboss-cli.sh} and Arquillian use) with local authentication, so no management user is needed.
 * Typical use:
 * <pre>{@code
 * try (WildFlyProcess server = WildFlyProcess.in(dir).portOffset(800).maxHeap("512m").start()) {
 *     server.deploy(Path.of("target/edgar-batch.war"));
 *     long id = server.startJob("filings-ingest", Map.of("filingsDir", corpus.toString()));
 *     WildFlyProcess.Execution done = server.awaitEnd("filings-ingest", id, Duration.ofMinutes(10));
 * }
 * }</pre>
 * A crash test kills it mid-job with {@link #kill()} (SIGKILL to the JVM and the script that forked it),
 * then starts a new process on the same base directory and database with the same builder: the base
 * directory is copied from the configured server only when it holds no configuration yet, and the
 * deployment, being in its {@code standalone.xml}, is deployed again at boot.
 */
public final class WildFlyProcess implements AutoCloseable {

    public static final String DEPLOYMENT = "edgar-batch.war";
    private static final int MANAGEMENT_PORT = 9990;
    private static final int HTTP_PORT = 8080;
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");
    /** A collection's line; remark and cleanup pauses also print sizes, but collect nothing. */
    private static final Pattern GC_PAUSE = Pattern.compile(
            "Pause (Young \\((\\w+)\\)|Full).*? (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** What the job repository says of one execution. */
    public record Execution(long id, String batchStatus, String exitStatus) {

        public boolean isFinished() {
            return FINISHED.contains(batchStatus);
        }
    }

    /**
     * Heap use read from a GC log.
     *
     * @param peakBeforeGcBytes the most the heap held before a collection (garbage included: G1 fills what it is given)
     * @param peakAfterGcBytes  the most it held after a young, mixed or full collection: live data plus old garbage
     *                          not collected yet, an upper bound of what the work kept alive
     * @param peakLiveBytes     the most it held after a mixed or full collection (old garbage collected too): the
     *                          closest the log comes to the live data; 0 when there was none
     * @param collections       young, mixed and full collections
     */
    public record GcHeap(long peakBeforeGcBytes, long peakAfterGcBytes, long peakLiveBytes, int collections) {
    }

    /** Settings of the server to start; {@link #start()} may be called again after a kill, for the same base directory. */
    public static final class Builder {
        private final Path baseDir;
        private Path home = Path.of(System.getProperty("wildfly.home", "target/wildfly-39.0.1.Final"));
        private int portOffset;
        private String maxHeap = "512m";
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private Duration startupTimeout = Duration.ofMinutes(3);

        private Builder(Path baseDir) {
            this.baseDir = baseDir.toAbsolutePath().normalize();
        }

        /** The unpacked, configured WildFly (default: system property {@code wildfly.home}, else the build's). */
        public Builder home(Path wildflyHome) {
            this.home = wildflyHome;
            return this;
        }

        public Builder portOffset(int offset) {
            this.portOffset = offset;
            return this;
        }

        /** {@code -Xmx}, such as {@code 512m}. */
        public Builder maxHeap(String size) {
            this.maxHeap = size;
            return this;
        }

        /** More JVM options, such as {@code -XX:+FlightRecorder}. */
        public Builder jvmOption(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** A system property of the server, such as {@code edgar.schedule.enabled=false}; {@code edgar.db.url} replaces the H2 default. */
        public Builder systemProperty(String name, String value) {
            systemProperties.put(name, value);
            return this;
        }

        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** Starts the server and returns once it is running; the base directory is created from the configured server if new. */
        public WildFlyProcess start() throws IOException, InterruptedException {
            return new WildFlyProcess(this).launch();
        }
    }

    private final Builder settings;
    private final Path gcLog;
    private Process script;
    private ProcessHandle jvm;
    private ModelControllerClient client;

    private WildFlyProcess(Builder settings) throws IOException {
        this.settings = settings;
        Files.createDirectories(settings.baseDir.resolve("log"));
        int starts;
        try (Stream<Path> logs = Files.list(settings.baseDir.resolve("log"))) {
            starts = (int) logs.filter(p -> p.getFileName().toString().matches("gc-\\d+\\.log")).count();
        }
        // One GC log per start, so a restarted server does not overwrite the one before.
        this.gcLog = settings.baseDir.resolve("log").resolve("gc-" + (starts + 1) + ".log");
    }

    public static Builder in(Path baseDir) {
        return new Builder(baseDir);
    }

    private WildFlyProcess launch() throws IOException, InterruptedException {
        Path home = settings.home.toAbsolutePath().normalize();
        if (!Files.isExecutable(home.resolve("bin/standalone.sh"))) {
            throw new IllegalStateException("no configured WildFly at " + home + ": run ./mvnw package first");
        }
        if (!Files.isRegularFile(settings.baseDir.resolve("configuration/standalone.xml"))) {
            copyServer(home.resolve("standalone"), settings.baseDir);
        }
        Files.createDirectories(settings.baseDir.resolve("data"));
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("jboss.server.base.dir", settings.baseDir.toString());
        properties.put("jboss.socket.binding.port-offset", String.valueOf(settings.portOffset));
        properties.put("edgar.db.url", "jdbc:h2:file:" + settings.baseDir.resolve("data/edgar-batch") + ";DB_CLOSE_DELAY=-1");
        properties.putAll(settings.systemProperties);

        List<String> javaOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx" + settings.maxHeap,
                "-Djava.net.preferIPv4Stack=true", "-Djboss.modules.system.pkgs=org.jboss.byteman",
                "-Djava.awt.headless=true", "-Xlog:gc:file=" + gcLog + ":uptime,level,tags"));
        javaOptions.addAll(settings.jvmOptions);
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/standalone.sh").toString());
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.baseDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.baseDir.resolve("log/console.log").toFile()));
        builder.environment().put("JBOSS_HOME", home.toString());
        // standalone.conf takes JAVA_OPTS as given instead of its defaults: the defaults that matter are repeated above.
        builder.environment().put("JAVA_OPTS", String.join(" ", javaOptions));
        script = builder.start();
        client = ModelControllerClient.Factory.create("remote+http", InetAddress.getLoopbackAddress(), managementPort());
        awaitRunning();
        return this;
    }

    private void awaitRunning() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + settings.startupTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!script.isAlive()) {
                throw new IllegalStateException("WildFly exited with " + script.exitValue() + " while starting; see "
                        + settings.baseDir.resolve("log"));
            }
            try {
                ModelNode answer = client.execute(operation("read-attribute", new ModelNode().setEmptyList(), "name", "server-state"));
                if ("success".equals(answer.get("outcome").asString()) && "running".equals(answer.get("result").asString())) {
                    jvm = findJvm().orElseThrow(() -> new IllegalStateException("WildFly runs, but its JVM is not a child of " + script.pid()));
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("WildFly did not start within " + settings.startupTimeout + "; see " + serverLog());
    }

    /** The JVM standalone.sh forked: the java process among the script's descendants. */
    private Optional<ProcessHandle> findJvm() {
        return script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    // ---- what it is ----

    /** @return The pid of the server's JVM (for jcmd, JFR, or a kill from outside). */
    public long pid() {
        return jvm.pid();
    }

    public boolean isAlive() {
        return jvm != null && jvm.isAlive();
    }

    public Path baseDir() {
        return settings.baseDir;
    }

    public Path gcLog() {
        return gcLog;
    }

    public Path serverLog() {
        return settings.baseDir.resolve("log/server.log");
    }

    public int managementPort() {
        return MANAGEMENT_PORT + settings.portOffset;
    }

    public int httpPort() {
        return HTTP_PORT + settings.portOffset;
    }

    /** @return The builder, to start the server again on the same base directory after {@link #kill()} or {@link #stop()}. */
    public Builder settings() {
        return settings;
    }

    // ---- management ----

    /** @return The answer to a management operation; fails when its outcome is not success. */
    public ModelNode execute(ModelNode operation) throws IOException {
        ModelNode answer = client.execute(operation);
        if (!"success".equals(answer.get("outcome").asString())) {
            throw new IllegalStateException(operation.get("operation").asString() + " failed: "
                    + answer.get("failure-description").asString());
        }
        return answer.get("result");
    }

    /** Deploys (or replaces) the WAR as managed content, so it is deployed again when the server restarts. */
    public void deploy(Path war) throws IOException {
        ModelNode address = new ModelNode().add("deployment", DEPLOYMENT);
        ModelNode read = client.execute(operation("read-resource", address));
        if ("success".equals(read.get("outcome").asString())) {
            execute(operation("remove", address));
        }
        ModelNode add = operation("add", address);
        add.get("content").add().get("url").set(war.toAbsolutePath().toUri().toString());
        add.get("enabled").set(true);
        execute(add);
    }

    /** @return The id of the execution that WildFly's {@code start-job} operation started. */
    public long startJob(String job, Map<String, String> parameters) throws IOException {
        ModelNode start = operation("start-job", batchAddress());
        start.get("job-xml-name").set(job);
        ModelNode properties = start.get("properties").setEmptyObject();
        parameters.forEach((name, value) -> properties.get(name).set(value));
        return execute(start).asLong();
    }

    /**
     * @return The execution as the server knows it now; its status is {@code UNKNOWN} while the management model
     *     does not show it yet (a moment after {@code start-job}).
     */
    public Execution execution(String job, long executionId) throws IOException {
        ModelNode address = batchAddress().add("job", job).add("execution", String.valueOf(executionId));
        ModelNode answer = client.execute(operation("read-resource", address, "include-runtime", true));
        if (!"success".equals(answer.get("outcome").asString())) {
            if (answer.get("failure-description").asString().contains("WFLYCTL0216")) {
                return new Execution(executionId, "UNKNOWN", null);
            }
            throw new IllegalStateException("read-resource failed: " + answer.get("failure-description").asString());
        }
        ModelNode resource = answer.get("result");
        return new Execution(executionId, resource.get("batch-status").asString(),
                resource.get("exit-status").isDefined() ? resource.get("exit-status").asString() : null);
    }

    /** @return The execution once it has finished; polls twice a second, which costs the server next to nothing. */
    public Execution awaitEnd(String job, long executionId, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Execution execution = execution(job, executionId);
            if (execution.isFinished()) {
                return execution;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("execution " + executionId + " of " + job + " still " + execution.batchStatus()
                        + " after " + timeout);
            }
            Thread.sleep(500);
        }
    }

    /** @return Heap used now, in bytes, as the server's platform MBean reports it. */
    public long heapUsedBytes() throws IOException {
        ModelNode address = new ModelNode().add("core-service", "platform-mbean").add("type", "memory");
        return execute(operation("read-attribute", address, "name", "heap-memory-usage")).get("used").asLong();
    }

    /** @return What the GC log of this start says of the heap so far. */
    public GcHeap gcHeap() throws IOException {
        return gcHeap(gcLog);
    }

    /** @return How many lines the GC log has now: a mark for {@link #gcHeapSince(int)}, to measure one stage. */
    public int gcLogLines() throws IOException {
        return Files.exists(gcLog) ? Files.readAllLines(gcLog).size() : 0;
    }

    /** @return What the GC log says of the heap after the given mark (a line count). */
    public GcHeap gcHeapSince(int mark) throws IOException {
        return gcHeap(gcLog, mark);
    }

    /** Reads G1's pause lines ({@code 312M->95M(512M)}) from a log written with {@code -Xlog:gc}. */
    public static GcHeap gcHeap(Path gcLog) throws IOException {
        return gcHeap(gcLog, 0);
    }

    /** Reads the pause lines after the first {@code skipLines} lines. */
    public static GcHeap gcHeap(Path gcLog, int skipLines) throws IOException {
        long before = 0;
        long after = 0;
        long live = 0;
        int collections = 0;
        if (Files.exists(gcLog)) {
            List<String> lines = Files.readAllLines(gcLog);
            for (String line : lines.subList(Math.min(skipLines, lines.size()), lines.size())) {
                Matcher pause = GC_PAUSE.matcher(line);
                if (pause.find()) {
                    long afterThis = bytes(pause.group(5), pause.group(6));
                    before = Math.max(before, bytes(pause.group(3), pause.group(4)));
                    after = Math.max(after, afterThis);
                    if (pause.group(2) == null || pause.group(2).equals("Mixed")) {
                        live = Math.max(live, afterThis);
                    }
                    collections++;
                }
            }
        }
        return new GcHeap(before, after, live, collections);
    }

    private static long bytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }

    // ---- ending it ----

    /** SIGKILL to the JVM and the script that started it, as a crash or {@code kill -9} would: nothing is shut down. */
    public void kill() throws InterruptedException {
        closeClient();
        List<ProcessHandle> processes = new ArrayList<>(script.descendants().toList());
        processes.forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        for (ProcessHandle process : processes) {
            process.onExit().join();
        }
        script.waitFor();
    }

    /** Shuts the server down cleanly (the management {@code shutdown} operation) and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (script == null || !script.isAlive()) {
            closeClient();
            return;
        }
        try {
            execute(operation("shutdown", new ModelNode().setEmptyList()));
        } catch (IOException | IllegalStateException e) {
            // the connection drops as the server goes down
        }
        closeClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (script.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (script.isAlive()) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void closeClient() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                // nothing left to close
            }
            client = null;
        }
    }

    private static ModelNode batchAddress() {
        return new ModelNode().add("deployment", DEPLOYMENT).add("subsystem", "batch-jberet");
    }

    private static ModelNode operation(String name, ModelNode address, Object... parameters) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(address);
        for (int i = 0; i < parameters.length; i += 2) {
            Object value = parameters[i + 1];
            if (value instanceof Boolean flag) {
                operation.get((String) parameters[i]).set(flag);
            } else {
                operation.get((String) parameters[i]).set(String.valueOf(value));
            }
        }
        return operation;
    }

    /** The configured server's base directory without its logs and temporary files. */
    private static void copyServer(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path relative = from.relativize(dir);
                if (relative.toString().equals("log") || relative.toString().equals("tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a base directory left by an earlier run, for a fresh server. */
    public static void deleteBaseDir(Path baseDir) {
        try {
            OwnershipCorpus.deleteTree(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
