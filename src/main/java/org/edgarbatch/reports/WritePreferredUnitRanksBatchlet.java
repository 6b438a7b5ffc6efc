package org.edgarbatch.reports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/** The step that writes the preferred-unit-ranks workbook: every stored ranking, named by the period. */
@Named
@Dependent
public class WritePreferredUnitRanksBatchlet extends WriteReportBatchlet {

    @Override
    ReportKind kind() {
        return ReportKind.PREFERRED_UNIT_RANKS;
    }

    @Override
    ReportPublisher.Built build(ReportPeriod period, Connection connection, OutputStream out) throws IOException, SQLException {
        PreferredUnitRanks ranks = new PreferredUnitRanksQuery(connection).read();
        new PreferredUnitRanksWorkbook(period).write(ranks, out);
        return new ReportPublisher.Built(ranks.classes().size(), "classes " + ranks.classes().size() + ", contradictions "
                + ranks.contradictions().size() + ", joint filing agreements " + ranks.jointFilings().size());
    }
}
