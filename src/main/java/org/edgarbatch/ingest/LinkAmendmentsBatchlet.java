package org.edgarbatch.ingest;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.edgarbatch.ownership.OwnershipFilingRepository;
import org.jboss.logging.Logger;

/**
 * Links every stored amendment (3/A, 4/A, 5/A) not yet linked to the filing it amends. It runs over
 * all stored filings, not only this run's, so an original that arrives after its amendment is linked too.
 */
@Named
@Dependent
public class LinkAmendmentsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LinkAmendmentsBatchlet.class);

    @Inject
    JobContext jobContext;

    @Inject
    OwnershipFilingRepository ownershipFilings;

    // A batchlet runs without a transaction of its own.
    @Override
    @Transactional
    public String process() {
        OwnershipFilingRepository.AmendmentLinks links = ownershipFilings.linkAmendments();
        String status = "amendments linked " + links.linked() + ", not linked " + links.unlinked();
        LOG.infof("Execution %d of %s: %s", jobContext.getExecutionId(), jobContext.getJobName(), status);
        return status;
    }
}
