package org.edgarbatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edgarbatch.testsupport.OwnershipCorpus;
import org.edgarbatch.testsupport.WildFlyProcess;

/**
 * Issue 8's benchmark in one run, on one generated corpus (reused when it exists): the parse floor (one thread,
 * all cores), {@code filings-ingest} end to end in a WildFly of its own, the same job again over the unchanged
 * corpus, {@code filings-report} over the result, the raw JDBC insert floor of the same rows, and the 1,000,000-row
 * transactions sheet by POI and by fastexcel. Prints one Markdown table; asserts nothing.
 *
 * <p>{@code ./benchmark.sh ingest [documents] [seed]}. System properties: {@code benchmark.port.offset} (800),
 * {@code benchmark.server.heap} (512m), {@code benchmark.jfr=true} to record the server with JFR,
 * {@code benchmark.workbook.rows} (1,000,000; 0 leaves the workbook lines out), {@code benchmark.chunk.size} (the
 * job parameter chunkSize; not set: the job's default).
 */
public final class IngestBenchmark {

    private static final Path ROOT = Path.of("target/benchmark");
    private static final Duration JOB_TIMEOUT = Duration.ofHours(2);
    private static final Pattern LOG_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} (\\d{2}:\\d{2}:\\d{2},\\d{3}) ");

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : OwnershipCorpus.DEFAULT_SEED;
        Heap heap = Heap.ofThisJvm();
        int cores = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        Path corpus = ROOT.resolve("corpus-" + documents + "-" + seed).toAbsolutePath();
        OwnershipCorpus.Summary summary = OwnershipCorpus.writeOrReuse(corpus, documents, seed, false);
        progress("corpus %s: %,d documents (%,d others), %,d files, %.0f MB, %,d transaction rows (%.0f s)", corpus,
                summary.documents(), summary.otherDocuments(), summary.files(), summary.bytes() / 1e6,
                summary.transactionRows(), (System.nanoTime() - start) / 1e9);
        long storedRows = summary.sourceDocuments() + summary.ownershipRows();

        Map<String, BenchmarkTable.Line> lines = new LinkedHashMap<>();
        BenchmarkTable scratch = new BenchmarkTable();

        // 1. the floor: walk + read + parse, no database (a first pass warms the file cache and the JIT)
        ParseFloor.run(corpus, cores);
        for (int threads : new int[] {1, cores}) {
            heap.start();
            ParseFloor.Result floor = ParseFloor.run(corpus, threads);
            lines.put("floor-" + threads, scratch.add("1. floor: walk + read + parse, no database, " + threads
                            + (threads == 1 ? " thread" : " threads (all cores)"), floor.wallNanos(), floor.documents(), floor.rows(),
                    heap.peakBytes(), String.format(Locale.ROOT, "CPU %.1f s; %,d documents, %,d rows they make; %d problems; %s",
                            floor.cpuNanos() / 1e9, floor.documents(), floor.rows(), floor.problems(), heap.describe())));
            progress("floor, %d threads: %.1f s", threads, floor.wallNanos() / 1e9);
        }

        // 3, 4, 5: the server
        Path serverDir = ROOT.resolve("server").toAbsolutePath();
        WildFlyProcess.deleteBaseDir(serverDir);
        Path serverTemp = serverDir.resolve("tmp/java");
        Files.createDirectories(serverTemp);
        Path reportsDir = ROOT.resolve("reports").toAbsolutePath();
        WildFlyProcess.deleteBaseDir(reportsDir);
        WildFlyProcess.Builder settings = WildFlyProcess.in(serverDir)
                .portOffset(Integer.getInteger("benchmark.port.offset", 800))
                .maxHeap(System.getProperty("benchmark.server.heap", "512m"))
                .systemProperty("edgar.schedule.enabled", "false")
                .systemProperty("java.io.tmpdir", serverTemp.toString())
                .systemProperty("edgar.reports.dir", reportsDir.toString());
        if (Boolean.getBoolean("benchmark.jfr")) {
            settings.jvmOption("-XX:StartFlightRecording=filename=" + serverDir.resolve("log/server.jfr") + ",settings=profile,dumponexit=true");
        }
        try (WildFlyProcess server = settings.start()) {
            server.deploy(Path.of("target/edgar-batch.war"));
            progress("server up (pid %d, GC log %s)", server.pid(), server.gcLog());
            Map<String, String> ingest = new HashMap<>(Map.of("filingsDir", corpus.toString()));
            String chunkSize = System.getProperty("benchmark.chunk.size");
            if (chunkSize != null) {
                ingest.put("chunkSize", chunkSize);
            }

            JobRun first = run(server, "filings-ingest", ingest);
            String expected = "seen " + summary.sourceDocuments() + ": stored " + summary.sourceDocuments() + " ";
            lines.put("ingest", scratch.add("3. filings-ingest end to end in WildFly (-Xmx" + System.getProperty("benchmark.server.heap", "512m") + ")",
                    first.nanos, summary.sourceDocuments(), storedRows, first.heap.peakAfterGcBytes(),
                    first.status + (first.exitStatus.startsWith(expected) ? "" : " (NOT AS EXPECTED)") + "; server CPU "
                            + String.format(Locale.ROOT, "%.1f s", first.cpuNanos / 1e9) + "; " + first.steps
                            + "; " + describe(first.heap)));
            progress("ingest: %.1f s, %s", first.nanos / 1e9, first.exitStatus);

            JobRun again = run(server, "filings-ingest", ingest);
            lines.put("rerun", scratch.add("4. filings-ingest again, corpus unchanged (nightly case)", again.nanos,
                    summary.sourceDocuments(), -1, again.heap.peakAfterGcBytes(), again.exitStatus + "; server CPU "
                            + String.format(Locale.ROOT, "%.1f s", again.cpuNanos / 1e9) + "; " + again.steps + "; " + describe(again.heap)));
            progress("rerun: %.1f s, %s", again.nanos / 1e9, again.exitStatus);

            JobRun report;
            long peakTemp;
            long leftTemp;
            try (DiskSampler temp = new DiskSampler(serverTemp)) {
                report = run(server, "filings-report", Map.of("from", "2023-01-01", "to", "2024-12-31",
                        "reportsDir", reportsDir.toString()));
                peakTemp = temp.peakBytes();
                leftTemp = temp.leftBytes();
            }
            long workbook = DiskSampler.sizeOf(reportsDir);
            lines.put("report", scratch.add("5. filings-report over the result (POI)", report.nanos, -1,
                    summary.transactionRows() + summary.nonDerivativeHoldings() + summary.derivativeHoldings(),
                    report.heap.peakAfterGcBytes(), String.format(Locale.ROOT,
                            "%s; server CPU %.1f s; workbooks %.0f MB; temporary files at most %.0f MB, %,d bytes left; %s",
                            report.status, report.cpuNanos / 1e9, workbook / 1e6, peakTemp / 1e6, leftTemp, describe(report.heap))));
            progress("report: %.1f s, %s", report.nanos / 1e9, report.exitStatus);
        }

        // 2. the raw insert floor, on the rows the server stored (its database is free once it stopped)
        heap.start();
        RawInsertFloor.Result raw = RawInsertFloor.run(serverDir.resolve("data/edgar-batch"), ROOT.resolve("raw-floor").toAbsolutePath());
        lines.put("raw", scratch.add("2. raw insert floor: the same rows, plain JDBC batches, H2 file", raw.wallNanos(),
                summary.sourceDocuments(), raw.rows(), heap.peakBytes(), String.format(Locale.ROOT,
                        "CPU %.1f s; commit every 1,000 rows; %s", raw.cpuNanos() / 1e9, raw.tables())));
        progress("raw insert floor: %.1f s, %,d rows", raw.wallNanos() / 1e9, raw.rows());

        BenchmarkTable table = new BenchmarkTable();
        for (String key : List.of("floor-1", "floor-" + cores, "raw", "ingest", "rerun", "report")) {
            BenchmarkTable.Line line = lines.get(key);
            table.add(line.what(), line.wallNanos(), line.documents(), line.rows(), line.heapBytes(), line.notes());
        }
        long workbookRows = Long.getLong("benchmark.workbook.rows", 1_000_000);
        if (workbookRows > 0) {
            ReportWorkbookBenchmark.addLines(table, workbookRows, ROOT.resolve("workbooks").toAbsolutePath(), heap);
        }
        double floors = (lines.get("floor-" + cores).wallNanos() + raw.wallNanos()) / 1e9;
        System.out.println();
        System.out.printf(Locale.ROOT, "Corpus: %,d ownership documents and %,d others in %,d files (%.0f MB), %,d rows to store, seed %d.%n",
                summary.documents(), summary.otherDocuments(), summary.files(), summary.bytes() / 1e6, storedRows, seed);
        System.out.printf(Locale.ROOT, "Ingest / (parse floor on all cores + raw insert floor) = %.1f / %.1f s = %.2f%n",
                lines.get("ingest").wallNanos() / 1e9, floors, lines.get("ingest").wallNanos() / 1e9 / floors);
        System.out.println();
        System.out.print(table.markdown());
    }

    /** One job execution: its wall time (start-job to finished), status, heap and step times from the server log. */
    private record JobRun(long nanos, long cpuNanos, String status, String exitStatus, WildFlyProcess.GcHeap heap,
                          String steps) {
    }

    private static JobRun run(WildFlyProcess server, String job, Map<String, String> parameters) throws Exception {
        int gcMark = server.gcLogLines();
        int logMark = lines(server.serverLog());
        long start = System.nanoTime();
        long cpuStart = Cpu.processNanos(server.pid());
        long id = server.startJob(job, parameters);
        WildFlyProcess.Execution end = server.awaitEnd(job, id, JOB_TIMEOUT);
        long nanos = System.nanoTime() - start;
        return new JobRun(nanos, Cpu.processNanos(server.pid()) - cpuStart, end.batchStatus(), end.exitStatus(), server.gcHeapSince(gcMark),
                stepTimes(server.serverLog(), logMark));
    }

    /** The time between the job's log lines: each step logs when it ends, the reader when it starts. */
    private static String stepTimes(Path serverLog, int fromLine) throws IOException {
        List<String> log = Files.readAllLines(serverLog);
        List<String> steps = new ArrayList<>();
        LocalTime previous = null;
        for (String line : log.subList(Math.min(fromLine, log.size()), log.size())) {
            Matcher time = LOG_TIME.matcher(line);
            if (!time.find()) {
                continue;
            }
            LocalTime at = LocalTime.parse(time.group(1), DateTimeFormatter.ofPattern("HH:mm:ss,SSS"));
            String step = line.contains("Reading filings from") ? null
                    : line.contains("IngestSummaryListener") ? "ingest-documents"
                    : line.contains("LinkAmendmentsBatchlet") ? "link-amendments"
                    : line.contains("RankUnitClassesBatchlet") ? "rank-unit-classes"
                    : line.contains("WriteInsiderTransactionsBatchlet") || line.contains("insider-transactions") ? "insider-transactions"
                    : line.contains("WritePreferredUnitRanksBatchlet") || line.contains("preferred-unit-ranks") ? "preferred-unit-ranks"
                    : "";
            if (step == null) {
                previous = at;
            } else if (!step.isEmpty() && previous != null) {
                steps.add(String.format(Locale.ROOT, "%s %.1f s", step, Duration.between(previous, at).toMillis() / 1e3));
                previous = at;
            }
        }
        return String.join(", ", steps);
    }

    /** The heap column holds the most after a collection; the live estimate and the most before one go in the notes. */
    static String describe(WildFlyProcess.GcHeap heap) {
        return String.format(Locale.ROOT, "%s, before GC at most %d MB, %d GCs", afterMixedGc(heap.peakLiveBytes()),
                heap.peakBeforeGcBytes() >> 20, heap.collections());
    }

    static String afterMixedGc(long bytes) {
        return bytes == 0 ? "no mixed GC" : "heap after mixed GC at most " + (bytes >> 20) + " MB";
    }

    private static int lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private static void progress(String format, Object... arguments) {
        System.err.printf(Locale.ROOT, "[benchmark] " + format + "%n", arguments);
    }
}
