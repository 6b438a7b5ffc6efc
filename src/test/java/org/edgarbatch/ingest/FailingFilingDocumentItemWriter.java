package org.edgarbatch.ingest;

import jakarta.annotation.Priority;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.util.List;

/**
 * The test switch: deployed only with the tests, it replaces the ingest writer and fails a chunk
 * holding the document named by the job parameter {@code failOnDocument}, in the first execution of
 * a job instance only, so that a restart of that instance can complete.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@Named("filingDocumentItemWriter")
@Dependent
public class FailingFilingDocumentItemWriter extends FilingDocumentItemWriter {

    @Override
    public void writeItems(List<Object> items) {
        JobOperator operator = BatchRuntime.getJobOperator();
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
}
