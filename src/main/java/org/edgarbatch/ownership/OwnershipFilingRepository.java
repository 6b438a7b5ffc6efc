package org.edgarbatch.ownership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
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
        return new HashSet<>(entityManager.createQuery(
                        "select f.accessionNumber from OwnershipFiling f where f.accessionNumber in :numbers", String.class)
                .setParameter("numbers", accessionNumbers)
                .getResultList());
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
        List<OwnershipFiling> unlinked = entityManager.createQuery(
                        "select f from OwnershipFiling f where f.documentType like '%/A' and f.amends is null",
                        OwnershipFiling.class)
                .getResultList();
        int linked = 0;
        for (OwnershipFiling amendment : unlinked) {
            LocalDate originalDate = amendment.getDateOfOriginalSubmission();
            // Two forms of the query, not ":originalDate is null": PostgreSQL cannot type a parameter
            // that is only tested for null, and refuses the statement.
            TypedQuery<OwnershipFiling> query = entityManager.createQuery("""
                            select distinct o from OwnershipFiling o join o.reportingOwners oo
                            where o.documentType = :originalType
                              and o.issuerCik = :issuer
                              and o.periodOfReport = :period
                              and oo.cik in (select ao.cik from ReportingOwnerRow ao where ao.filing = :amendment)"""
                            + (originalDate == null ? "" : " and (o.filingDate is null or o.filingDate = :originalDate)"),
                            OwnershipFiling.class)
                    .setParameter("originalType", amendment.getDocumentType().replace("/A", ""))
                    .setParameter("issuer", amendment.getIssuerCik())
                    .setParameter("period", amendment.getPeriodOfReport())
                    .setParameter("amendment", amendment);
            if (originalDate != null) {
                query.setParameter("originalDate", originalDate);
            }
            List<OwnershipFiling> originals = query.getResultList();
            if (originals.size() == 1) {
                amendment.linkTo(originals.get(0));
                linked++;
            }
        }
        return new AmendmentLinks(linked, unlinked.size() - linked);
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
