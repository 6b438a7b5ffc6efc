package org.edgarbatch.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edgarbatch.testsupport.WildFlyProcess;

/**
 * Peak heap of one stage of this JVM: the most the heap held after a collection during the stage (the live data
 * and what survived, read from the GC log that benchmark.sh asks for with {@code -Xlog:gc:file=...}), and the sum
 * of the heap pools' peaks (an upper bound that counts garbage too). A stage without a collection has only the latter.
 */
final class Heap {

    private final Path gcLog;
    private int mark;

    private Heap(Path gcLog) {
        this.gcLog = gcLog;
    }

    static Heap ofThisJvm() {
        String log = System.getProperty("benchmark.gc.log");
        return new Heap(log == null ? null : Path.of(log));
    }

    /** Starts a stage: forgets the peaks so far. */
    void start() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        mark = lines();
    }

    /** @return The stage's heap after GC at most, or the pools' peak when there was no collection. */
    long peakBytes() {
        WildFlyProcess.GcHeap heap = afterMark();
        return heap.collections() > 0 ? heap.peakAfterGcBytes() : poolsPeakBytes();
    }

    String describe() {
        WildFlyProcess.GcHeap heap = afterMark();
        return String.format("%s, before GC at most %d MB, %d GCs", IngestBenchmark.afterMixedGc(heap.peakLiveBytes()),
                poolsPeakBytes() >> 20, heap.collections());
    }

    static long poolsPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private WildFlyProcess.GcHeap afterMark() {
        try {
            return gcLog == null ? new WildFlyProcess.GcHeap(0, 0, 0, 0) : WildFlyProcess.gcHeap(gcLog, mark);
        } catch (IOException e) {
            return new WildFlyProcess.GcHeap(0, 0, 0, 0);
        }
    }

    private int lines() {
        try {
            return gcLog == null || !Files.exists(gcLog) ? 0 : List.copyOf(Files.readAllLines(gcLog)).size();
        } catch (IOException e) {
            return 0;
        }
    }
}
