package org.edgarbatch.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.edgarbatch.filings.DocumentLocation;

/** Stored unit designations and the ranking computed from them, in the application's database. */
@ApplicationScoped
public class UnitDesignationRepository {

    @PersistenceContext(unitName = "edgar-batch")
    private EntityManager entityManager;

    /** A class some stored designation designates, in its partnership. */
    public record DesignatedClass(String partnershipKey, String partnership, String className) {
    }

    /** A stored ranking statement, in its partnership. */
    public record StatedRanking(String partnershipKey, RankingStatement statement) {
    }

    /** The ranking of one partnership's classes, to be stored. */
    public record PartnershipRanking(String partnershipKey, String partnership, UnitRanking ranking) {
    }

    /** Stores the designation with its ranking statements. */
    public void store(DesignatedUnitClass designation) {
        entityManager.persist(designation);
    }

    /** @return Every designated class of every stored designation. */
    public List<DesignatedClass> designatedClasses() {
        return entityManager.createQuery("""
                        select new org.edgarbatch.units.UnitDesignationRepository$DesignatedClass(
                            d.partnershipKey, d.partnership, d.className)
                        from DesignatedUnitClass d order by d.partnershipKey, d.id""", DesignatedClass.class)
                .getResultList();
    }

    /** @return Every class named in a stored ranking clause, with the designation and document that name it. */
    public List<StatedRanking> statedRankings() {
        List<Object[]> rows = entityManager.createQuery("""
                        select d.partnershipKey, d.className, s.rank, s.className, doc.path, doc.containerEntry, doc.sequence
                        from UnitRankingStatement s join s.designation d join d.sourceDocument doc
                        where s.position > 0
                        order by d.partnershipKey, d.id, s.clauseIndex, s.position""", Object[].class)
                .getResultList();
        return rows.stream()
                .map(row -> new StatedRanking((String) row[0], new RankingStatement((String) row[1], (UnitRank) row[2],
                        (String) row[3], new DocumentLocation((String) row[4], (String) row[5], (Integer) row[6]).toString())))
                .toList();
    }

    /** Replaces the stored tiers, relations and contradictions of every partnership with these. */
    public void replaceRankings(List<PartnershipRanking> rankings) {
        for (String derived : List.of("UnitClassRank", "UnitClassRelation", "UnitRankingContradiction")) {
            entityManager.createQuery("delete from " + derived).executeUpdate();
        }
        for (PartnershipRanking ranking : rankings) {
            ranking.ranking().classes().forEach(c -> entityManager.persist(
                    new UnitClassRank(ranking.partnershipKey(), ranking.partnership(), c)));
            ranking.ranking().relations().forEach(r -> entityManager.persist(new UnitClassRelation(ranking.partnershipKey(), r)));
            ranking.ranking().contradictions().forEach(c -> entityManager.persist(
                    new UnitRankingContradiction(ranking.partnershipKey(), c)));
        }
    }
}
