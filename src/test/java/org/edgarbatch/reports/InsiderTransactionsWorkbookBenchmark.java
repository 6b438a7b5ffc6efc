package org.edgarbatch.reports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Builds an insider-transactions workbook of generated filings (default 1,000,000 transaction rows) and prints
 * rows/s, wall time, peak heap and the temporary disk POI used. Not a test: the figures depend on the machine.
 * Run it with {@code ./benchmark.sh report-workbook [rows]}, which gives it a 512 MB heap.
 */
public final class InsiderTransactionsWorkbookBenchmark {

    private InsiderTransactionsWorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        Path out = Files.createTempDirectory("report-benchmark");
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        AtomicLong peakTempBytes = new AtomicLong();
        Thread tempWatcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakTempBytes.accumulateAndGet(sizeOf(poiTemp), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        tempWatcher.setDaemon(true);
        long tempBefore = sizeOf(poiTemp);
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        tempWatcher.start();

        long start = System.nanoTime();
        ReportPeriod period = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
        long[] written = new long[2];
        WrittenFile file = ReportFileWriter.write(out, period.fileName(ReportKind.INSIDER_TRANSACTIONS), "benchmark", stream -> {
            try (InsiderTransactionsWorkbook workbook = new InsiderTransactionsWorkbook(period)) {
                GeneratedInsiderRows.addTo(workbook, rows, 20240101);
                workbook.write(stream);
                written[0] = workbook.filings();
                written[1] = workbook.transactions();
            }
        });
        long wallNanos = System.nanoTime() - start;
        tempWatcher.interrupt();
        tempWatcher.join();

        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        double seconds = wallNanos / 1e9;
        System.out.printf(Locale.ROOT, "insider-transactions workbook, SXSSF (POI), max heap %d MB, %d cores%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  filings              %,d%n", written[0]);
        System.out.printf(Locale.ROOT, "  transaction rows     %,d%n", written[1]);
        System.out.printf(Locale.ROOT, "  wall time            %.1f s%n", seconds);
        System.out.printf(Locale.ROOT, "  rows/s               %,.0f%n", written[1] / seconds);
        System.out.printf(Locale.ROOT, "  peak heap            %,d MB (sum of the heap pools' peaks: an upper bound)%n", peakHeap >> 20);
        System.out.printf(Locale.ROOT, "  workbook             %,d bytes (%s)%n", file.sizeBytes(), file.path());
        System.out.printf(Locale.ROOT, "  peak temporary disk  %,d bytes in %s (sampled every 200 ms)%n",
                Math.max(0, peakTempBytes.get() - tempBefore), poiTemp);
        System.out.printf(Locale.ROOT, "  temporary left       %,d bytes%n", Math.max(0, sizeOf(poiTemp) - tempBefore));
        Files.delete(file.path());
        Files.delete(out);
    }

    private static long sizeOf(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // deleted between the listing and the size
                }
            }).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // a file vanished mid-walk; the next sample counts again
        }
    }
}
