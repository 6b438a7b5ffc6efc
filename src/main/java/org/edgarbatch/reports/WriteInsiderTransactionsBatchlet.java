package org.edgarbatch.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/** The step that writes the insider-transactions workbook of the period. */
@Named
@Dependent
public class WriteInsiderTransactionsBatchlet extends WriteReportBatchlet {

    @Override
    ReportKind kind() {
        return ReportKind.INSIDER_TRANSACTIONS;
    }

    @Override
    ReportPublisher.Built build(ReportPeriod period, Connection connection, OutputStream out) throws IOException, SQLException {
        InsiderTransactionsQuery query = new InsiderTransactionsQuery(connection, period);
        try (InsiderTransactionsWorkbook workbook = new InsiderTransactionsWorkbook(period)) {
            query.forEachFiling(workbook::add);
            query.forEachRejection(publisher.executionsOfInstance(jobContext.getExecutionId()), workbook::addRejection);
            workbook.write(out);
            return new ReportPublisher.Built(workbook.transactions(), "filings " + workbook.filings() + ", transactions "
                    + workbook.transactions() + ", holdings " + workbook.holdings() + ", rejected " + workbook.rejections());
        }
    }
}
