package org.edgarbatch.reports;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Test-only step of the job {@code large-insider-workbook} (deployed with the load test): writes an
 * insider-transactions workbook of generated filings through the application's own workbook, file writer and
 * registry, so the API serves a large registered report exactly as it serves a real one.
 */
@Named
@Dependent
public class WriteLargeInsiderWorkbookBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String rows;

    @Inject
    @BatchProperty
    String reportsDir;

    @Inject
    JobContext jobContext;

    @Inject
    ReportPublisher publisher;

    @Override
    public String process() throws Exception {
        long transactions = Long.parseLong(rows);
        // A period of its own, so its name never meets a workbook of the filings the other tests store.
        ReportPeriod period = new ReportPeriod(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31), null);
        String status = publisher.publish(ReportKind.INSIDER_TRANSACTIONS, period, publisher.reportsDir(reportsDir),
                jobContext.getExecutionId(), (connection, out) -> {
                    try (InsiderTransactionsWorkbook workbook = new InsiderTransactionsWorkbook(period)) {
                        try {
                            GeneratedTransactions.generate(transactions, 20310101L, workbook::add);
                        } catch (Exception e) {
                            // workbook.add throws nothing checked: whatever comes here is a bug of the generator
                            throw new IllegalStateException("generating the rows failed", e);
                        }
                        workbook.write(out);
                        return new ReportPublisher.Built(workbook.transactions(), "generated filings " + workbook.filings()
                                + ", transactions " + workbook.transactions());
                    }
                });
        jobContext.setExitStatus(status);
        return status;
    }
}
