package org.edgarbatch.ingest;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.SourceDocumentRepository;
import org.jboss.logging.Logger;

/**
 * Accounts for every document the ingest step met in this execution: seen = stored + already stored
 * + rejected + unchanged (held by files an earlier run read whole, passed over unopened). The summary
 * becomes the step's and the job's exit status, so it shows wherever the
 * execution does (the management model, the job repository, the log).
 */
@Named
@Dependent
public class IngestSummaryListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(IngestSummaryListener.class);

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    SourceDocumentRepository repository;

    @Override
    public void afterStep() {
        if (stepContext.getException() != null) {
            return;
        }
        long read = metric(Metric.MetricType.READ_COUNT);
        long rejected = metric(Metric.MetricType.READ_SKIP_COUNT) + metric(Metric.MetricType.PROCESS_SKIP_COUNT);
        Map<DocumentKind, Long> stored = repository.countByKindStoredBy(jobContext.getExecutionId());
        long storedTotal = stored.values().stream().mapToLong(Long::longValue).sum();
        long alreadyStored = read - metric(Metric.MetricType.PROCESS_SKIP_COUNT) - storedTotal;
        IngestReadState state = stepContext.getTransientUserData() instanceof IngestReadState shared
                ? shared : new IngestReadState(0, 0);
        String summary = String.format(
                "seen %d: stored %d (ownership %d, unit designation %d, joint filing agreement %d, unrecognised %d),"
                        + " already stored %d, rejected %d, unchanged %d (in %d files not read again)",
                read + metric(Metric.MetricType.READ_SKIP_COUNT) + state.unchangedDocuments(), storedTotal,
                stored.get(DocumentKind.OWNERSHIP), stored.get(DocumentKind.UNIT_DESIGNATION),
                stored.get(DocumentKind.JOINT_FILING_AGREEMENT), stored.get(DocumentKind.UNRECOGNISED),
                alreadyStored, rejected, state.unchangedDocuments(), state.unchangedFiles());
        LOG.infof("Execution %d of %s: %s", jobContext.getExecutionId(), jobContext.getJobName(), summary);
        stepContext.setExitStatus(summary);
        jobContext.setExitStatus(summary);
    }

    private long metric(Metric.MetricType type) {
        for (Metric metric : stepContext.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }
}
