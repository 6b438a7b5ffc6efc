package org.edgarbatch.testsupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.edgarbatch.filings.RejectedDocument;
import org.edgarbatch.filings.SourceDocument;

/** The application's database as the integration tests see it: emptied before a test, read after. */
@ApplicationScoped
public class TestDatabase {

    @PersistenceContext(unitName = "edgar-batch")
    EntityManager entityManager;

    @Resource(lookup = "java:jboss/datasources/EdgarBatchDS")
    DataSource dataSource;

    /** Removes every stored and rejected document and what was parsed from it; the job repository keeps its history. */
    @Transactional
    public void deleteDocuments() {
        entityManager.createQuery("update OwnershipFiling f set f.amends = null").executeUpdate();
        for (String rows : List.of("ReportingOwnerRow", "NonDerivativeTransactionRow", "NonDerivativeHoldingRow",
                "DerivativeTransactionRow", "DerivativeHoldingRow", "OwnershipFootnote", "OwnershipSignature",
                "OwnershipFiling")) {
            entityManager.createQuery("delete from " + rows).executeUpdate();
        }
        for (String rows : List.of("UnitRankingStatement", "DesignatedUnitClass", "UnitClassRank", "UnitClassRelation",
                "UnitRankingContradiction", "JointFilingParty", "JointFiling")) {
            entityManager.createQuery("delete from " + rows).executeUpdate();
        }
        entityManager.createQuery("delete from SourceDocument").executeUpdate();
        entityManager.createQuery("delete from RejectedDocument").executeUpdate();
        entityManager.createQuery("delete from ReadFile").executeUpdate();
    }

    /** Removes every report registration; the files stay where the tests put them. */
    @Transactional
    public void deleteReports() {
        entityManager.createQuery("delete from ReportFile").executeUpdate();
    }

    public List<SourceDocument> documents() {
        return entityManager.createQuery("select d from SourceDocument d order by d.path", SourceDocument.class)
                .getResultList();
    }

    public List<RejectedDocument> rejections() {
        return entityManager.createQuery("select r from RejectedDocument r order by r.path", RejectedDocument.class)
                .getResultList();
    }

    /** @return The rows a plain SQL query gives, each as its column values in order: the tables as an analyst sees them. */
    public List<List<Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                List<List<Object>> rows = new java.util.ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new java.util.ArrayList<>(columns);
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
