package org.edgarbatch.reports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A report step: reads its job parameters, builds its workbook through the {@link ReportPublisher} and adds
 * what it wrote to the job's exit status. A restart builds the workbook again from the start: the result is
 * the same cells, and the file is replaced in one move.
 */
abstract class WriteReportBatchlet extends AbstractBatchlet {

    /** The first filing date (ISO); default: the last day with filings. */
    @Inject
    @BatchProperty
    String from;

    /** The last filing date (ISO); default: {@code from}. */
    @Inject
    @BatchProperty
    String to;

    /** One issuer's CIK or trading symbol; default: every issuer. */
    @Inject
    @BatchProperty
    String issuer;

    /** Where the workbook goes; default: {@code edgar.reports.dir}. */
    @Inject
    @BatchProperty
    String reportsDir;

    @Inject
    JobContext jobContext;

    @Inject
    ReportPublisher publisher;

    abstract ReportKind kind();

    abstract ReportPublisher.Built build(ReportPeriod period, Connection connection, OutputStream out)
            throws IOException, SQLException;

    @Override
    public String process() throws Exception {
        ReportPeriod period = publisher.period(from, to, issuer);
        String status = publisher.publish(kind(), period, publisher.reportsDir(reportsDir), jobContext.getExecutionId(),
                (connection, out) -> build(period, connection, out));
        String jobStatus = jobContext.getExitStatus();
        jobContext.setExitStatus(jobStatus == null ? status : jobStatus + "; " + status);
        return status;
    }
}
