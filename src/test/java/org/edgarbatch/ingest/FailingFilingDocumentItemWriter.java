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
import java.util.Properties;

/**
 * The test switch: deployed only with the tests, it replaces the ingest writer and
 * <ul>
 *   <li>fails a chunk holding the document named by the job parameter {@code failOnDocument}, in the first
 *       execution of a job instance only, so that a restart of that instance can complete;</li>
 *   <li>holds each chunk, before writing it, while the file named by the job parameter
 *       {@code holdWhileFileExists} exists (at most four minutes), so a test can keep an execution running
 *       exactly as long as it needs and then let it go by deleting the file.</li>
 * </ul>
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
        Properties parameters = operator.getParameters(jobContext.getExecutionId());
        holdWhileExists(parameters.getProperty("holdWhileFileExists"));
        String failOn = parameters.getProperty("failOnDocument");
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

    private static void holdWhileExists(String file) {
        if (file == null) {
            return;
        }
        long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
        while (Files.exists(Path.of(file)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
