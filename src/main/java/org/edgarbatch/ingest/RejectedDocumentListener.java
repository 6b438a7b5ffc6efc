package org.edgarbatch.ingest;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.api.chunk.listener.SkipReadListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.edgarbatch.filings.FilingDocument;
import org.edgarbatch.filings.RejectedDocument;
import org.edgarbatch.filings.RejectedDocumentException;
import org.edgarbatch.filings.SourceDocumentRepository;
import org.edgarbatch.filings.SubmissionFacts;
import org.jboss.logging.Logger;

/**
 * Records every document the ingest step skipped as bad input, with the reason, in the chunk's transaction, and
 * tells the reader, so that the file holding it is read again next run ({@link IngestReadState}).
 */
@Named
@Dependent
public class RejectedDocumentListener implements SkipReadListener, SkipProcessListener {

    private static final Logger LOG = Logger.getLogger(RejectedDocumentListener.class);

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    @Inject
    SourceDocumentRepository repository;

    @Override
    public void onSkipReadItem(Exception e) {
        record((RejectedDocumentException) e, null);
    }

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        SubmissionFacts submission = ((FilingDocument) item).submission();
        record((RejectedDocumentException) e, submission == null ? null : submission.filingDate());
    }

    private void record(RejectedDocumentException rejection, LocalDate filingDate) {
        LOG.warnf("Rejected %s: %s", rejection.path(), rejection.reason());
        if (stepContext.getTransientUserData() instanceof IngestReadState state) {
            state.documentRejected();
        }
        repository.store(new RejectedDocument(rejection.path(), rejection.reason(), jobContext.getExecutionId(),
                Instant.now(), filingDate));
    }
}
