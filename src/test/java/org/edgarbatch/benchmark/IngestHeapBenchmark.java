package org.edgarbatch.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.edgarbatch.testsupport.OwnershipCorpus;
import org.edgarbatch.testsupport.WildFlyProcess;

/**
 * Whether the server's heap stays flat as the corpus grows: {@code filings-ingest} over two corpus sizes (default
 * 100,000 and 400,000 documents), each in a fresh WildFly with {@code -Xmx512m}, and the heap after GC at most
 * during each run. {@code ./benchmark.sh ingest-heap [small] [large]}.
 */
public final class IngestHeapBenchmark {

    private IngestHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int large = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 400_000;
        Path root = Path.of("target/benchmark").toAbsolutePath();
        BenchmarkTable table = new BenchmarkTable();
        long[] peaks = new long[2];
        int[] sizes = {small, large};
        for (int i = 0; i < sizes.length; i++) {
            Path corpus = root.resolve("corpus-" + sizes[i] + "-" + OwnershipCorpus.DEFAULT_SEED);
            OwnershipCorpus.Summary summary = OwnershipCorpus.writeOrReuse(corpus, sizes[i], OwnershipCorpus.DEFAULT_SEED, false);
            Path serverDir = root.resolve("server-heap");
            WildFlyProcess.deleteBaseDir(serverDir);
            try (WildFlyProcess server = WildFlyProcess.in(serverDir).portOffset(Integer.getInteger("benchmark.port.offset", 800))
                    .maxHeap("512m").systemProperty("edgar.schedule.enabled", "false").start()) {
                server.deploy(Path.of("target/edgar-batch.war"));
                int mark = server.gcLogLines();
                long start = System.nanoTime();
                long id = server.startJob("filings-ingest", Map.of("filingsDir", corpus.toString()));
                WildFlyProcess.Execution end = server.awaitEnd("filings-ingest", id, Duration.ofHours(3));
                long nanos = System.nanoTime() - start;
                WildFlyProcess.GcHeap heap = server.gcHeapSince(mark);
                peaks[i] = heap.peakAfterGcBytes();
                table.add(String.format(Locale.ROOT, "filings-ingest, %,d documents", sizes[i]), nanos, summary.sourceDocuments(),
                        summary.sourceDocuments() + summary.ownershipRows(), heap.peakAfterGcBytes(),
                        end.batchStatus() + "; " + IngestBenchmark.describe(heap));
            }
        }
        System.out.println();
        System.out.print(table.markdown());
        System.out.printf(Locale.ROOT, "%nPeak heap after GC, large over small: %.2f (flat: within 1.20)%n", peaks[1] / (double) peaks[0]);
    }
}
