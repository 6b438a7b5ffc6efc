package org.edgarbatch.filings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stored and rejected documents, in the application's database. */
@ApplicationScoped
public class SourceDocumentRepository {

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    /**
     * @return Those of the given hashes whose content is already stored, each with whether its document is stored
     *     without the facts of a submission (found on its own). One query for a whole chunk.
     */
    public Map<String, Boolean> findStored(Collection<String> sha256s) {
        Map<String, Boolean> stored = new HashMap<>();
        if (sha256s.isEmpty()) {
            return stored;
        }
        // Plain SQL: Hibernate translates a JPQL query with a list parameter again on every call, which cost more
        // than running it (benchmark.sh ingest, JFR).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select sha256, accession_number from source_document where sha256 in (:hashes)")
                .setParameter("hashes", sha256s)
                .getResultList();
        for (Object[] row : rows) {
            stored.put((String) row[0], row[1] == null);
        }
        return stored;
    }

    /**
     * Gives a document stored without submission facts (found on its own) those of a submission it
     * has now been found in; where it was first found stays as it was.
     */
    public void completeSubmissionFacts(String sha256, SubmissionFacts submission) {
        entityManager.createQuery("""
                        update SourceDocument d set d.accessionNumber = :number, d.formType = :formType,
                               d.filingDate = :filed, d.periodOfReport = :period
                        where d.sha256 = :sha256 and d.accessionNumber is null""")
                .setParameter("number", submission.accessionNumber())
                .setParameter("formType", SourceDocument.truncate(submission.formType(), SourceDocument.FORM_TYPE_LENGTH))
                .setParameter("filed", submission.filingDate())
                .setParameter("period", submission.periodOfReport())
                .setParameter("sha256", sha256)
                .executeUpdate();
    }

    public void store(SourceDocument document) {
        entityManager.persist(document);
    }

    public void store(RejectedDocument rejection) {
        entityManager.persist(rejection);
    }

    /** @return Stored documents, most recently stored first; of one kind when kind is not null. */
    public List<SourceDocument> findDocuments(DocumentKind kind, int offset, int limit) {
        return entityManager
                .createQuery("select d from SourceDocument d where (:kind is null or d.kind = :kind) order by d.id desc",
                        SourceDocument.class)
                .setParameter("kind", kind)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** @return The number of stored documents of each kind, every kind present (zero where none). */
    public Map<DocumentKind, Long> countByKind() {
        return countByKind(entityManager.createQuery(
                "select d.kind, count(d) from SourceDocument d group by d.kind", Object[].class).getResultList());
    }

    /** @return The number of documents of each kind that the given job execution stored. */
    public Map<DocumentKind, Long> countByKindStoredBy(long executionId) {
        return countByKind(entityManager.createQuery(
                        "select d.kind, count(d) from SourceDocument d where d.firstSeenExecutionId = :execution group by d.kind",
                        Object[].class)
                .setParameter("execution", executionId)
                .getResultList());
    }

    private static Map<DocumentKind, Long> countByKind(List<Object[]> rows) {
        Map<DocumentKind, Long> counts = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            counts.put(kind, 0L);
        }
        for (Object[] row : rows) {
            counts.put((DocumentKind) row[0], (Long) row[1]);
        }
        return counts;
    }
}
