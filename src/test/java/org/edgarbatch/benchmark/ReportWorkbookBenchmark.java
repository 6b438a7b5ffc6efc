package org.edgarbatch.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.edgarbatch.reports.FastexcelTransactionsSheet;
import org.edgarbatch.reports.GeneratedTransactions;
import org.edgarbatch.reports.InsiderTransactionsWorkbook;
import org.edgarbatch.reports.ReportFileWriter;
import org.edgarbatch.reports.ReportKind;
import org.edgarbatch.reports.ReportPeriod;
import org.edgarbatch.reports.TransactionLine;
import org.edgarbatch.reports.WrittenFile;

/**
 * The insider-transactions workbook of generated filings (default 1,000,000 transaction rows) written by POI (the
 * application's {@link InsiderTransactionsWorkbook}, through the report step's {@link ReportFileWriter}) and its
 * Transactions sheet written by dhatim fastexcel from the same seeded rows: time, peak heap, temporary disk used
 * and left. {@code ./benchmark.sh report-workbook [rows]} runs it alone; the ingest benchmark includes it.
 */
public final class ReportWorkbookBenchmark {

    private static final long SEED = 20240101L;

    private ReportWorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        BenchmarkTable table = new BenchmarkTable();
        addLines(table, rows, Path.of("target/benchmark/workbooks"), Heap.ofThisJvm());
        System.out.println();
        System.out.print(table.markdown());
    }

    static void addLines(BenchmarkTable table, long rows, Path out, Heap heap) throws Exception {
        Files.createDirectories(out);
        String count = String.format(Locale.ROOT, "%,d", rows);

        heap.start();
        long start = System.nanoTime();
        GeneratedTransactions.generate(rows, SEED, (filing, transactions, holdings) -> {
        });
        long generating = System.nanoTime() - start;

        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        heap.start();
        long[] written = new long[2];
        WrittenFile poiFile;
        long poiNanos;
        long poiPeakTemp;
        long poiLeftTemp;
        long poiCpu = Cpu.processNanos();
        try (DiskSampler temp = new DiskSampler(poiTemp)) {
            start = System.nanoTime();
            ReportPeriod period = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null);
            poiFile = ReportFileWriter.write(out, period.fileName(ReportKind.INSIDER_TRANSACTIONS), "benchmark", stream -> {
                try (InsiderTransactionsWorkbook workbook = new InsiderTransactionsWorkbook(period)) {
                    GeneratedTransactions.generate(rows, SEED, workbook::add);
                    workbook.write(stream);
                    written[0] = workbook.transactions();
                    written[1] = workbook.holdings();
                } catch (IOException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
            poiNanos = System.nanoTime() - start;
            poiCpu = Cpu.processNanos() - poiCpu;
            poiPeakTemp = temp.peakBytes();
            poiLeftTemp = temp.leftBytes();
        }
        long poiHeap = heap.peakBytes();
        String poiHeapNote = heap.describe();

        heap.start();
        Path fastexcelFile = out.resolve("transactions-fastexcel.xlsx");
        long fastexcelRows;
        long fastexcelCpu = Cpu.processNanos();
        start = System.nanoTime();
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(fastexcelFile), 64 * 1024);
             FastexcelTransactionsSheet sheet = new FastexcelTransactionsSheet(stream)) {
            GeneratedTransactions.generate(rows, SEED, (filing, transactions, holdings) -> {
                for (TransactionLine line : transactions) {
                    sheet.add(filing, line);
                }
            });
            fastexcelRows = sheet.rows();
        }
        long fastexcelNanos = System.nanoTime() - start;
        fastexcelCpu = Cpu.processNanos() - fastexcelCpu;
        long fastexcelHeap = heap.peakBytes();
        String fastexcelHeapNote = heap.describe();

        table.add(count + "-row transactions sheet, POI (InsiderTransactionsWorkbook, SXSSF)", poiNanos, -1,
                written[0] + written[1], poiHeap, String.format(Locale.ROOT,
                        "CPU %.1f s; whole workbook (Summary, chart, Transactions %,d rows, Holdings %,d rows): %.0f MB; temporary files at most %.0f MB (%.1fx the workbook), %,d bytes left; %s; %.1fx fastexcel's time",
                        poiCpu / 1e9, written[0], written[1], poiFile.sizeBytes() / 1e6, poiPeakTemp / 1e6,
                        poiPeakTemp / (double) poiFile.sizeBytes(), poiLeftTemp, poiHeapNote, poiNanos / (double) fastexcelNanos));
        table.add(count + "-row transactions sheet, dhatim fastexcel (reference)", fastexcelNanos, -1, fastexcelRows,
                fastexcelHeap, String.format(Locale.ROOT, "CPU %.1f s; Transactions sheet only: %.0f MB, no temporary files; %s; generating the rows alone takes %.1f s (in both lines)",
                        fastexcelCpu / 1e9, Files.size(fastexcelFile) / 1e6, fastexcelHeapNote, generating / 1e9));
        Files.delete(poiFile.path());
        Files.delete(fastexcelFile);
    }
}
