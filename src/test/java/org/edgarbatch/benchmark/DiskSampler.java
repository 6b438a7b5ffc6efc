package org.edgarbatch.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Samples the bytes under some directories every 100 ms while a stage runs, for its peak temporary disk use. */
final class DiskSampler implements AutoCloseable {

    private final List<Path> directories;
    private final long before;
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;

    DiskSampler(Path... directories) {
        this.directories = List.of(directories);
        this.before = bytes();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(bytes(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "disk-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** @return The most the directories held above what they held at the start. */
    long peakBytes() {
        return Math.max(0, peak.get() - before);
    }

    /** @return What the directories hold now above what they held at the start. */
    long leftBytes() {
        return Math.max(0, bytes() - before);
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }

    private long bytes() {
        return directories.stream().mapToLong(DiskSampler::sizeOf).sum();
    }

    static long sizeOf(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.mapToLong(f -> {
                try {
                    return Files.isRegularFile(f) ? Files.size(f) : 0;
                } catch (IOException e) {
                    return 0; // deleted between the listing and the size
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // a file vanished mid-walk; the next sample counts again
        }
    }
}
