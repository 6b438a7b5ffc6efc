package org.edgarbatch.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.edgarbatch.filings.FilingsTreeWalker;
import org.jboss.logging.Logger;

/**
 * How far the ingest step of each running execution has come, in files of its filings directory: the
 * reader publishes it, the API shows it as a progress bar. Held in memory only, while the step runs.
 */
@ApplicationScoped
public class IngestProgress {

    private static final Logger LOG = Logger.getLogger(IngestProgress.class);

    /** Files done of the files this execution walks (after the checkpoint, on a restart). */
    public record Files(long done, long total) {
    }

    private record Counter(long total, AtomicLong done) {
    }

    private final Map<Long, Counter> running = new ConcurrentHashMap<>();

    /** Counts the files the reader will walk, with a walk of names only, and starts the count of those done. */
    public void start(long executionId, Path root, String resumeAfter) {
        long total = 0;
        try {
            // The same walk as the reader's, so the total counts exactly the entries it will read.
            try (FilingsTreeWalker walk = new FilingsTreeWalker(root, resumeAfter)) {
                while (walk.hasNext()) {
                    walk.next();
                    total++;
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Counting the files under %s", root);
        }
        running.put(executionId, new Counter(total, new AtomicLong()));
    }

    public void fileDone(long executionId) {
        Counter counter = running.get(executionId);
        if (counter != null) {
            counter.done().incrementAndGet();
        }
    }

    public void finish(long executionId) {
        running.remove(executionId);
    }

    /** @return The progress of the execution's ingest step, while it runs. */
    public Optional<Files> of(long executionId) {
        Counter counter = running.get(executionId);
        return counter == null ? Optional.empty()
                : Optional.of(new Files(Math.min(counter.done().get(), counter.total()), counter.total()));
    }
}
