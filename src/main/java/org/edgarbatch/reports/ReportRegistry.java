package org.edgarbatch.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The workbooks written so far, as registered in the database: what the API lists and serves. */
@ApplicationScoped
public class ReportRegistry {

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    /** Registers a workbook just moved into place, or updates the registration of the file it replaced. */
    @Transactional
    public ReportFile register(ReportKind kind, ReportPeriod period, WrittenFile file, long mainRows, String parameters,
                               long jobExecutionId) {
        String path = file.path().toAbsolutePath().normalize().toString();
        ReportFile report = findByPath(path)
                .orElseGet(() -> new ReportFile(kind, path, file.path().getFileName().toString()));
        report.written(period, file, mainRows, parameters, jobExecutionId, Instant.now());
        if (report.getId() == null) {
            entityManager.persist(report);
        }
        return report;
    }

    private Optional<ReportFile> findByPath(String path) {
        return entityManager.createQuery("select r from ReportFile r where r.path = :path", ReportFile.class)
                .setParameter("path", path)
                .getResultStream().findFirst();
    }
}
