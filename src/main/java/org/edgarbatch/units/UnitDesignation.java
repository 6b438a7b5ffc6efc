package org.edgarbatch.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a partnership unit designation exhibit says about the class of units it designates. Values the
 * exhibit does not state are null.
 *
 * @param partnership the limited partnership whose units these are ("AIMCO Properties, L.P.")
 * @param generalPartner the general partner that executes the amendment
 * @param amendment the amendment to the partnership agreement that adopts the designation
 * @param exhibit the exhibit letter the amendment adds to the agreement ("FF")
 * @param className the designated class, canonical ({@link UnitClassName})
 * @param units the number of units constituting the class
 * @param liquidationPreference the liquidation preference per unit, in dollars
 * @param liquidationPreferenceAddition what is paid on liquidation on top of it, as written
 * @param mirroredStock the preferred stock whose economics each unit follows ("Class R Preferred Stock")
 * @param mirroredStockDescription that stock as the exhibit defines it
 * @param distributionTerms the distributions section, as written
 * @param redemptionTerms the redemption section, as written
 * @param ownershipRestrictions the restrictions on ownership section, as written
 * @param ranking the ranking clauses, in the order written
 */
public record UnitDesignation(
        String partnership,
        String generalPartner,
        Amendment amendment,
        String exhibit,
        String className,
        Long units,
        BigDecimal liquidationPreference,
        String liquidationPreferenceAddition,
        String mirroredStock,
        String mirroredStockDescription,
        String distributionTerms,
        String redemptionTerms,
        String ownershipRestrictions,
        List<RankingClause> ranking) {

    /**
     * @param ordinal which amendment it is (23 for the Twenty-Third)
     * @param amendedAgreement the agreement it amends, by title
     * @param amendedAgreementDate the date of that agreement
     * @param date the date of the amendment
     * @param signatory who signed it for the general partner
     */
    public record Amendment(Integer ordinal, String amendedAgreement, LocalDate amendedAgreementDate, LocalDate date,
                            String signatory) {
    }

    /**
     * One clause of the ranking section: the classes it names as ranking {@code rank} to the designated class,
     * and the test it states in words for classes it does not name.
     *
     * @param rank how the named classes rank against the designated class
     * @param classes the named classes, canonical, in the order written
     * @param classesAsWritten the same classes as the document writes them
     * @param generalTest the clause's test in words ("the holders of such class ... in preference or priority to ..."), or null
     */
    public record RankingClause(UnitRank rank, List<String> classes, List<String> classesAsWritten, String generalTest) {
    }

    /** @return The classes named in the clauses of one rank, canonical, in the order written. */
    public List<String> classesRanked(UnitRank rank) {
        return ranking.stream().filter(clause -> clause.rank() == rank).flatMap(clause -> clause.classes().stream()).toList();
    }
}
