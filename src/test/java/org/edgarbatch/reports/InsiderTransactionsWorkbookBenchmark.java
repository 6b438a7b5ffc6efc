package org.edgarbatch.reports;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.edgarbatch.ownership.Footnoted;

/**
 * Builds an insider-transactions workbook of generated filings (default 1,000,000 transaction rows) and prints
 * rows/s, wall time, peak heap and the temporary disk POI used. Not a test: the figures depend on the machine.
 * Run it with {@code ./benchmark.sh report-workbook [rows]}, which gives it a 512 MB heap.
 */
public final class InsiderTransactionsWorkbookBenchmark {

    private static final String[] CODES = {"P", "S", "S", "A", "M", "F", "G", "S", "P", "D"};
    private static final String[] SECURITIES = {"Common Stock", "Class A Common Stock", "Restricted Stock Units",
            "Stock Option (right to buy)", "Series B Preferred Stock"};

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
                SplittableRandom random = new SplittableRandom(20240101);
                long filingId = 0;
                while (workbook.transactions() < rows) {
                    filingId++;
                    int count = (int) Math.min(rows - workbook.transactions(), 1 + random.nextInt(30));
                    FilingFacts filing = filing(filingId, random);
                    List<TransactionLine> lines = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        lines.add(transaction(filing, random));
                    }
                    workbook.add(filing, lines, random.nextInt(10) == 0 ? List.of(holding(random)) : List.of());
                }
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

    private static FilingFacts filing(long id, SplittableRandom random) {
        int issuer = random.nextInt(5_000);
        int owner = issuer * 4 + random.nextInt(4);
        LocalDate filed = LocalDate.of(2024, 1, 2).plusDays(random.nextInt(360));
        return new FilingFacts(id, String.format(Locale.ROOT, "0001%06d-24-%06d", issuer, id), filed, filed.minusDays(2),
                random.nextInt(20) == 0 ? "4/A" : "4", String.format(Locale.ROOT, "%010d", 1_000_000 + issuer),
                "Issuer " + issuer + " Holdings Inc.", "I" + issuer,
                random.nextBoolean() ? Boolean.TRUE : random.nextBoolean() ? Boolean.FALSE : null,
                "2024/QTR" + (1 + filed.getMonthValue() / 4) + "/" + id + ".txt",
                List.of(new OwnerFacts(String.format(Locale.ROOT, "%010d", 2_000_000 + owner), "OWNER " + owner,
                        owner % 3 == 0 ? "Director,Officer" : "Officer", owner % 3 == 0 ? "Chief Executive Officer" : "EVP")),
                Map.of("F1", "The price reported is a weighted average price for filing " + id
                                + "; these shares were sold in multiple transactions at prices ranging from $10.00 to $10.50.",
                        "F2", "Held by a family trust of which the reporting person is a trustee."));
    }

    private static TransactionLine transaction(FilingFacts filing, SplittableRandom random) {
        String code = CODES[random.nextInt(CODES.length)];
        boolean derivative = "M".equals(code) && random.nextBoolean();
        BigDecimal shares = BigDecimal.valueOf(1 + random.nextInt(50_000));
        Footnoted<BigDecimal> price = random.nextInt(8) == 0 ? new Footnoted<>(null, List.of("F1"))
                : new Footnoted<>(BigDecimal.valueOf(100 + random.nextInt(90_000), 2), List.of("F1"));
        boolean acquired = "P".equals(code) || "A".equals(code) || "M".equals(code);
        return new TransactionLine(derivative, Footnoted.of(SECURITIES[random.nextInt(SECURITIES.length)]),
                Footnoted.of(filing.filingDate().minusDays(random.nextInt(5))), code, Footnoted.of(shares), price,
                Footnoted.of(acquired ? "A" : "D"), Footnoted.of(shares.add(BigDecimal.valueOf(random.nextInt(1_000_000)))),
                random.nextInt(4) == 0 ? new Footnoted<>("I", List.of("F2")) : Footnoted.of("D"), List.of());
    }

    private static HoldingLine holding(SplittableRandom random) {
        return new HoldingLine(false, Footnoted.of("Common Stock"), Footnoted.of(BigDecimal.valueOf(random.nextInt(1_000_000))),
                Footnoted.absent(), Footnoted.of("I"), new Footnoted<>("By trust", List.of("F2")), Footnoted.absent(),
                Footnoted.absent(), Footnoted.absent(), Footnoted.absent(), Footnoted.absent());
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
