package org.edgarbatch.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time, the figure a shared machine disturbs least: wall time grows with the other work on the machine, the
 * CPU a stage needs barely does. Benchmarks print it beside wall time.
 */
final class Cpu {

    private Cpu() {
    }

    /** @return CPU time of this JVM so far, all threads. */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** @return CPU time of another process so far (a server), or 0 when the system does not tell. */
    static long processNanos(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
    }
}
