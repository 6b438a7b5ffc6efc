package org.edgarbatch.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgarbatch.filings.SubmissionFacts;

/** Stored Forms 3, 4 and 5, in the application's database. */
@ApplicationScoped
public class OwnershipFilingRepository {

    /** The ownership tables, by entity, in the order the column mapping documents them. */
    private static final Map<String, String> TABLES = tables();

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    /** Stores the filing with its rows in every ownership table. */
    public void store(OwnershipFiling filing) {
        entityManager.persist(filing);
    }

    /** @return Those of the given accession numbers whose ownership filing is already stored. */
    public Set<String> findStoredAccessionNumbers(Collection<String> accessionNumbers) {
        if (accessionNumbers.isEmpty()) {
            return new HashSet<>();
        }
        // Plain SQL, as SourceDocumentRepository.findStored: a JPQL list parameter is translated again on every call.
        @SuppressWarnings("unchecked")
        List<String> stored = entityManager
                .createNativeQuery("select accession_number from ownership_filing where accession_number in (:numbers)")
                .setParameter("numbers", accessionNumbers)
                .getResultList();
        return new HashSet<>(stored);
    }

    /**
     * Gives a filing stored from a document found on its own the accession number and filing date of
     * a submission it has now been found in, unless another stored filing already has that number.
     */
    public void completeSubmissionFacts(String sha256, SubmissionFacts submission) {
        if (submission.accessionNumber() == null) {
            return;
        }
        entityManager.createQuery("""
                        update OwnershipFiling f set f.accessionNumber = :number, f.filingDate = :filed
                        where f.accessionNumber is null
                          and f.sourceDocument.id in (select d.id from SourceDocument d where d.sha256 = :sha256)
                          and not exists (select g.id from OwnershipFiling g where g.accessionNumber = :number)""")
                .setParameter("number", submission.accessionNumber())
                .setParameter("filed", submission.filingDate())
                .setParameter("sha256", sha256)
                .executeUpdate();
    }

    /**
     * Links each amendment not yet linked to the one filing it amends: same issuer, same period, a
     * reporting owner in common, the form it amends (4 for a 4/A), not itself an amendment, and filed
     * on the amendment's date of original submission where both dates are known. An amendment with
     * no such filing, or more than one, stays unlinked until a later run can tell.
     *
     * @return How many amendments were linked, and how many are still unlinked.
     */
    public AmendmentLinks linkAmendments() {
        long unlinked = entityManager.createQuery(
                        "select count(f) from OwnershipFiling f where f.documentType like '%/A' and f.amends is null", Long.class)
                .getSingleResult();
        if (unlinked == 0) {
            return new AmendmentLinks(0, 0);
        }
        // Every unlinked amendment with every filing it could amend, in one statement: one query per amendment
        // cost ~25 ms each on H2, minutes for a year of filings. The rules are those of the Javadoc above.
        List<Object[]> candidates = entityManager.createQuery("""
                        select a.id, o.id from OwnershipFiling a, OwnershipFiling o
                        where a.documentType like '%/A' and a.amends is null
                          and o.documentType = substring(a.documentType, 1, length(a.documentType) - 2)
                          and o.issuerCik = a.issuerCik
                          and o.periodOfReport = a.periodOfReport
                          and (a.dateOfOriginalSubmission is null or o.filingDate is null
                               or o.filingDate = a.dateOfOriginalSubmission)
                          and exists (select ao.id from ReportingOwnerRow ao, ReportingOwnerRow oo
                                      where ao.filing = a and oo.filing = o and ao.cik = oo.cik)""", Object[].class)
                .getResultList();
        Map<Long, Set<Long>> originalsByAmendment = new LinkedHashMap<>();
        for (Object[] pair : candidates) {
            originalsByAmendment.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
        }
        int linked = 0;
        for (Map.Entry<Long, Set<Long>> amendment : originalsByAmendment.entrySet()) {
            if (amendment.getValue().size() == 1) {
                entityManager.createQuery("update OwnershipFiling f set f.amends = :original where f.id = :amendment")
                        .setParameter("original", entityManager.getReference(OwnershipFiling.class,
                                amendment.getValue().iterator().next()))
                        .setParameter("amendment", amendment.getKey())
                        .executeUpdate();
                linked++;
            }
        }
        return new AmendmentLinks(linked, (int) unlinked - linked);
    }

    /**
     * How the last linking went.
     *
     * @param linked   amendments linked to their original by this pass
     * @param unlinked amendments whose original is not stored, or cannot be told apart from another
     */
    public record AmendmentLinks(int linked, int unlinked) {
    }

    /** @return The number of rows in each ownership table, by table name. */
    public Map<String, Long> countRowsByTable() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach((entity, table) -> counts.put(table,
                entityManager.createQuery("select count(r) from " + entity + " r", Long.class).getSingleResult()));
        return counts;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("OwnershipFiling", "ownership_filing");
        tables.put("ReportingOwnerRow", "reporting_owner");
        tables.put("NonDerivativeTransactionRow", "nonderiv_trans");
        tables.put("NonDerivativeHoldingRow", "nonderiv_holding");
        tables.put("DerivativeTransactionRow", "deriv_trans");
        tables.put("DerivativeHoldingRow", "deriv_holding");
        tables.put("OwnershipFootnote", "ownership_footnote");
        tables.put("OwnershipSignature", "owner_signature");
        return Collections.unmodifiableMap(tables);
    }
}
