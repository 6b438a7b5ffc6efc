package org.edgarbatch.ingest;

import jakarta.annotation.Priority;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The test switch: deployed only with the tests, it replaces the ingest writer and fails a chunk
 * holding the document named by the job parameter {@code failOnDocument}, in the first execution of
 * a job instance only, so that a restart of that instance can complete. With the job parameter
 * {@code holdWhileFileExists} it holds the run open while that file exists, so a test can act on a running job.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@Named("filingDocumentItemWriter")
@Dependent
public class FailingFilingDocumentItemWriter extends FilingDocumentItemWriter {

    /** Longest hold: a test that never releases it leaves no run stuck (the chunk transaction allows 5 minutes). */
    private static final Duration LONGEST_HOLD = Duration.ofMinutes(4);

    @Override
    public void writeItems(List<Object> items) {
        JobOperator operator = BatchRuntime.getJobOperator();
        String hold = operator.getParameters(jobContext.getExecutionId()).getProperty("holdWhileFileExists");
        if (hold != null) {
            holdWhileExists(Path.of(hold));
        }
        String failOn = operator.getParameters(jobContext.getExecutionId()).getProperty("failOnDocument");
        boolean firstExecution = operator.getJobExecutions(operator.getJobInstance(jobContext.getExecutionId())).size() == 1;
        if (failOn != null && firstExecution) {
            for (Object item : items) {
                ClassifiedDocument document = (ClassifiedDocument) item;
                String location = document.document().location().toString();
                if (Path.of(document.document().location().path()).getFileName().toString().equals(failOn)
                        || location.endsWith(failOn)) {
                    throw new IllegalStateException("test switch: failing the chunk that holds " + failOn);
                }
            }
        }
        super.writeItems(items);
    }

    private static void holdWhileExists(Path file) {
        long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
        try {
            while (Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("test switch: interrupted while holding on " + file, e);
        }
    }
}
