package org.edgarbatch.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UnitRankingGraphTest {

    private static final String R = "Class R Partnership Preferred Units";
    private static final String S = "Class S Partnership Preferred Units";
    private static final String B = "Class B Partnership Preferred Units";
    private static final String C = "Class C Partnership Preferred Units";
    private static final String FIVE = "Class Five Partnership Preferred Units";
    private static final String COMMON = "Partnership Common Units";

    private static RankingStatement says(String source, String designated, UnitRank rank, String named) {
        return new RankingStatement(designated, rank, named, source);
    }

    /** @return Each tier's classes, tier 1 first. */
    private static Map<Integer, List<String>> tiers(UnitRanking ranking) {
        Map<Integer, List<String>> tiers = new TreeMap<>();
        ranking.classes().forEach(c -> tiers.computeIfAbsent(c.tier(), t -> new ArrayList<>()).add(c.className()));
        return tiers;
    }

    @Test
    void joinsParityStatementsIntoOneTierAndPutsJuniorsBelow() {
        // given: Class R's designation, and a second class naming Class R as parity and Class Five as junior
        List<RankingStatement> statements = List.of(
                says("r.txt", R, UnitRank.PARITY, B),
                says("r.txt", R, UnitRank.JUNIOR, FIVE),
                says("r.txt", R, UnitRank.JUNIOR, COMMON),
                says("s.txt", S, UnitRank.PARITY, R),
                says("s.txt", S, UnitRank.JUNIOR, FIVE));

        // when
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, S), statements);

        // then
        assertEquals(Map.of(1, List.of(B, R, S), 2, List.of(FIVE, COMMON)), tiers(ranking));
        assertEquals(List.of(), ranking.contradictions());
        assertEquals(List.of(1, 1, 1, 2, 3), ranking.classes().stream().map(UnitRanking.ClassTier::parityGroup).toList(),
                "B, R and S are one parity group; Five and Common are each their own");
    }

    @Test
    void keepsEveryDocumentThatStatesARelation() {
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, B), List.of(
                says("r.txt", R, UnitRank.PARITY, B),
                says("b.txt", B, UnitRank.PARITY, R),
                says("r-again.txt", R, UnitRank.JUNIOR, COMMON),
                says("b.txt", B, UnitRank.JUNIOR, COMMON)));

        assertEquals(List.of(
                new UnitRanking.Relation(B, UnitRank.PARITY, R, List.of("b.txt", "r.txt")),
                new UnitRanking.Relation(B, UnitRank.SENIOR, COMMON, List.of("b.txt")),
                new UnitRanking.Relation(R, UnitRank.SENIOR, COMMON, List.of("r-again.txt"))), ranking.relations());
    }

    @Test
    void reportsAnOrderBetweenClassesAnotherDocumentPutsOnAParityWithBothSources() {
        // given: Class R's designation puts Class B on a parity; Class B's names Class R senior to it
        List<RankingStatement> statements = List.of(
                says("r.txt", R, UnitRank.PARITY, B),
                says("r.txt", R, UnitRank.JUNIOR, COMMON),
                says("b.txt", B, UnitRank.SENIOR, R),
                says("b.txt", B, UnitRank.JUNIOR, COMMON));

        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, B), statements);

        assertEquals(List.of(new UnitRanking.Contradiction(
                R + " senior to " + B, List.of("b.txt"),
                B + " on a parity with " + R, List.of("r.txt"))), ranking.contradictions());
        assertEquals(Map.of(1, List.of(B, R), 2, List.of(COMMON)), tiers(ranking), "the parity stands for the tiers");
    }

    @Test
    void reportsAnOrderAgainstAChainOfParities() {
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, S, B), List.of(
                says("r.txt", R, UnitRank.PARITY, B),
                says("s.txt", S, UnitRank.PARITY, R),
                says("b.txt", B, UnitRank.JUNIOR, S)));

        assertEquals(List.of(new UnitRanking.Contradiction(
                B + " senior to " + S, List.of("b.txt"),
                B + " on a parity with " + R + "; " + R + " on a parity with " + S, List.of("r.txt", "s.txt"))),
                ranking.contradictions());
    }

    @Test
    void reportsOppositeOrdersOnce() {
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, C), List.of(
                says("r.txt", R, UnitRank.JUNIOR, C),
                says("c.txt", C, UnitRank.JUNIOR, R)));

        assertEquals(List.of(new UnitRanking.Contradiction(
                C + " senior to " + R, List.of("c.txt"),
                R + " senior to " + C, List.of("r.txt"))), ranking.contradictions());
        assertEquals(Map.of(1, List.of(C, R)), tiers(ranking), "a cycle shares one tier");
    }

    @Test
    void reportsACycleOfThreeOrdersWithEverySource() {
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, S, C), List.of(
                says("r.txt", R, UnitRank.JUNIOR, S),
                says("s.txt", S, UnitRank.JUNIOR, C),
                says("c.txt", C, UnitRank.JUNIOR, R),
                says("c.txt", C, UnitRank.JUNIOR, COMMON)));

        assertEquals(1, ranking.contradictions().size());
        UnitRanking.Contradiction cycle = ranking.contradictions().get(0);
        assertEquals(C + " senior to " + R, cycle.statement());
        assertEquals(R + " senior to " + S + "; " + S + " senior to " + C, cycle.conflictingStatement());
        assertEquals(List.of("r.txt", "s.txt"), cycle.conflictingSources());
        assertEquals(Map.of(1, List.of(C, R, S), 2, List.of(COMMON)), tiers(ranking));
    }

    @Test
    void placesAClassBelowItsLongestChainOfSeniors() {
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R, S, FIVE), List.of(
                says("r.txt", R, UnitRank.JUNIOR, S),
                says("r.txt", R, UnitRank.JUNIOR, COMMON),
                says("s.txt", S, UnitRank.JUNIOR, FIVE),
                says("five.txt", FIVE, UnitRank.JUNIOR, COMMON)));

        assertEquals(Map.of(1, List.of(R), 2, List.of(S), 3, List.of(FIVE), 4, List.of(COMMON)), tiers(ranking));
        assertEquals(4, ranking.tierOf(COMMON));
        assertEquals(0, ranking.tierOf("Class Z Partnership Preferred Units"));
    }

    @Test
    void ranksADesignatedClassThatNamesNoOtherInTierOne() {
        UnitRanking ranking = UnitRankingGraph.rank(List.of(R), List.of());

        assertEquals(List.of(new UnitRanking.ClassTier(R, 1, 1)), ranking.classes());
    }
}
