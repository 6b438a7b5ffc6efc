package org.edgarbatch.benchmark;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.edgarbatch.filings.FilingFileReader;
import org.edgarbatch.filings.FilingsTreeWalker;
import org.edgarbatch.ingest.ClassifiedDocument;
import org.edgarbatch.ingest.FilingDocumentItemProcessor;
import org.edgarbatch.ownership.OwnershipDocument;

/**
 * The ingest's floor without a database: the job's own walker, file reader (containers, content hash) and
 * processor (classifier, parsers) in a plain loop, on one thread or one per core (the walk on the caller's
 * thread handing whole files to the workers).
 */
final class ParseFloor {

    /** Documents read, and the rows an ingest would store for them (source_document and the ownership tables). */
    record Result(long documents, long rows, long problems, long wallNanos) {
    }

    private static final long MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;

    private ParseFloor() {
    }

    static Result run(Path root, int threads) throws Exception {
        LongAdder documents = new LongAdder();
        LongAdder rows = new LongAdder();
        LongAdder problems = new LongAdder();
        long start = System.nanoTime();
        FilingsTreeWalker walker = new FilingsTreeWalker(root, null);
        if (threads == 1) {
            FilingDocumentItemProcessor processor = new FilingDocumentItemProcessor();
            while (walker.hasNext()) {
                readFile(walker.next(), processor, documents, rows, problems);
            }
        } else {
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            ThreadLocal<FilingDocumentItemProcessor> processors = ThreadLocal.withInitial(FilingDocumentItemProcessor::new);
            Semaphore queued = new Semaphore(threads * 64);
            while (walker.hasNext()) {
                FilingsTreeWalker.Entry entry = walker.next();
                queued.acquire();
                workers.execute(() -> {
                    try {
                        readFile(entry, processors.get(), documents, rows, problems);
                    } finally {
                        queued.release();
                    }
                });
            }
            workers.shutdown();
            if (!workers.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("parse floor did not finish");
            }
        }
        return new Result(documents.sum(), rows.sum(), problems.sum(), System.nanoTime() - start);
    }

    private static void readFile(FilingsTreeWalker.Entry entry, FilingDocumentItemProcessor processor,
                                 LongAdder documents, LongAdder rows, LongAdder problems) {
        if (!entry.isRegularFile()) {
            problems.increment();
            return;
        }
        try (FilingFileReader file = FilingFileReader.open(entry.path(), MAX_DOCUMENT_BYTES)) {
            for (FilingFileReader.Item item = file.next(); item != null; item = file.next()) {
                documents.increment();
                if (item.problem() != null) {
                    problems.increment();
                    continue;
                }
                ClassifiedDocument classified = processor.processItem(item.document());
                rows.add(1 + ownershipRows(classified.ownership()));
            }
        } catch (Exception e) {
            problems.increment();
        }
    }

    static long ownershipRows(OwnershipDocument document) {
        if (document == null) {
            return 0;
        }
        return 1 + document.reportingOwners().size() + document.nonDerivativeTransactions().size()
                + document.nonDerivativeHoldings().size() + document.derivativeTransactions().size()
                + document.derivativeHoldings().size() + document.footnotes().size() + document.signatures().size();
    }
}
