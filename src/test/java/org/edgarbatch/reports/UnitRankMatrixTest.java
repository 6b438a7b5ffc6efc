package org.edgarbatch.reports;

import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.AIMCO_KEY;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.CLASS_B;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.CLASS_FIVE;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.CLASS_R;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.COMMON;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.SAMPLE_DESIGNATION;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.aimcoClasses;
import static org.edgarbatch.reports.PreferredUnitRanksWorkbookTest.aimcoRelations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.edgarbatch.reports.PreferredUnitRanks.Relation;
import org.edgarbatch.reports.PreferredUnitRanks.UnitClass;
import org.edgarbatch.reports.UnitRankMatrix.Cell;
import org.edgarbatch.units.UnitRank;
import org.junit.jupiter.api.Test;

/**
 * The class-by-class matrix: first for the sample designation (AIMCO's Class R), then for a small made-up
 * partnership whose statements cannot all hold.
 */
class UnitRankMatrixTest {

    /** A made-up partnership, only to show contradictions and unlinked classes; no real filing says this. */
    private static final String EXAMPLE_KEY = "EXAMPLE PARTNERS, L.P.";
    private static final String EXAMPLE = "Example Partners, L.P.";
    private static final String EXAMPLE_SOURCE = "example-designations.txt";

    private static UnitClass exampleClass(String designator, int tier, int parityGroup) {
        return new UnitClass(EXAMPLE_KEY, EXAMPLE, "Class " + designator + " Example Units", tier, parityGroup, null,
                List.of(), List.of(), List.of());
    }

    private static Relation says(String first, UnitRank rank, String second) {
        return new Relation(EXAMPLE_KEY, "Class " + first + " Example Units", rank, "Class " + second + " Example Units",
                EXAMPLE_SOURCE);
    }

    private static int indexOf(List<UnitClass> classes, String className) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).className().equals(className)) {
                return i;
            }
        }
        throw new AssertionError(className + " is not among the classes");
    }

    @Test
    void putsClassROnAParityWithTwentyOneClassesAndSeniorToFour() {
        // given
        List<UnitClass> classes = aimcoClasses();

        // when
        Cell[][] cells = new UnitRankMatrix(classes, aimcoRelations()).cells();

        // then
        assertEquals(26, cells.length);
        Cell[] classR = cells[indexOf(classes, CLASS_R)];
        assertEquals(26, classR.length);
        assertSame(Cell.SAME, classR[0]);
        assertEquals(21, Arrays.stream(classR).filter(c -> c == Cell.PARITY).count());
        assertEquals(4, Arrays.stream(classR).filter(c -> c == Cell.SENIOR).count());
        for (int j = 1; j <= 21; j++) {
            assertSame(Cell.PARITY, classR[j], classes.get(j).className());
        }
        for (int j = 22; j <= 25; j++) {
            assertSame(Cell.SENIOR, classR[j], classes.get(j).className());
        }
    }

    @Test
    void ranksTheFourJuniorClassesJuniorToClassRAndToItsParityClasses() {
        // given
        List<UnitClass> classes = aimcoClasses();

        // when
        Cell[][] cells = new UnitRankMatrix(classes, aimcoRelations()).cells();

        // then
        for (int i = 22; i <= 25; i++) {
            for (int j = 0; j <= 21; j++) {
                assertSame(Cell.JUNIOR, cells[i][j], classes.get(i).className() + " against " + classes.get(j).className());
                assertSame(Cell.SENIOR, cells[j][i], classes.get(j).className() + " against " + classes.get(i).className());
            }
        }
        int classB = indexOf(classes, CLASS_B);
        int common = indexOf(classes, COMMON);
        assertSame(Cell.SENIOR, cells[classB][common], "Class B is senior to the common units through its parity with Class R");
        assertSame(Cell.PARITY, cells[classB][indexOf(classes, "Class Nine Partnership Preferred Units")]);
    }

    @Test
    void leavesTheJuniorClassesUnknownAgainstEachOther() {
        // given
        List<UnitClass> classes = aimcoClasses();

        // when
        Cell[][] cells = new UnitRankMatrix(classes, aimcoRelations()).cells();

        // then
        int common = indexOf(classes, COMMON);
        int five = indexOf(classes, CLASS_FIVE);
        assertSame(Cell.UNKNOWN, cells[common][five], "Exhibit FF says nothing of common units against Class Five");
        assertSame(Cell.UNKNOWN, cells[five][common]);
        for (int i = 22; i <= 25; i++) {
            for (int j = 22; j <= 25; j++) {
                assertSame(i == j ? Cell.SAME : Cell.UNKNOWN, cells[i][j],
                        classes.get(i).className() + " against " + classes.get(j).className());
            }
        }
    }

    @Test
    void showsEachClassAsTheSameAsItselfAndMirrorsEveryCell() {
        // given
        List<UnitClass> classes = aimcoClasses();

        // when
        Cell[][] cells = new UnitRankMatrix(classes, aimcoRelations()).cells();

        // then
        Map<Cell, Cell> mirror = Map.of(Cell.SENIOR, Cell.JUNIOR, Cell.JUNIOR, Cell.SENIOR, Cell.PARITY, Cell.PARITY,
                Cell.UNKNOWN, Cell.UNKNOWN, Cell.CONTRADICTED, Cell.CONTRADICTED, Cell.SAME, Cell.SAME);
        for (int i = 0; i < cells.length; i++) {
            assertSame(Cell.SAME, cells[i][i]);
            for (int j = 0; j < cells.length; j++) {
                assertSame(mirror.get(cells[i][j]), cells[j][i], "cell " + i + "," + j + " mirrors cell " + j + "," + i);
            }
        }
    }

    @Test
    void ignoresRelationsNamingClassesOutsideTheMatrix() {
        // given: a statement about a class the matrix does not show
        List<UnitClass> classes = aimcoClasses();
        List<Relation> relations = new ArrayList<>(aimcoRelations());
        relations.add(new Relation(AIMCO_KEY, "Class S Partnership Preferred Units", UnitRank.SENIOR, CLASS_R, "elsewhere.txt"));
        relations.add(new Relation(AIMCO_KEY, COMMON, UnitRank.SENIOR, "Class S Partnership Preferred Units", "elsewhere.txt"));

        // when
        Cell[][] cells = new UnitRankMatrix(classes, relations).cells();

        // then: the common units stay junior to Class R; no chain runs through the absent Class S
        Cell[][] expected = new UnitRankMatrix(classes, aimcoRelations()).cells();
        for (int i = 0; i < cells.length; i++) {
            assertEquals(Arrays.asList(expected[i]), Arrays.asList(cells[i]), classes.get(i).className());
        }
    }

    @Test
    void followsAChainOfStatedOrdersAcrossGroups() {
        // given: X senior to Y, Y senior to Z; nothing stated between X and Z
        List<UnitClass> classes = List.of(exampleClass("X", 1, 1), exampleClass("Y", 2, 2), exampleClass("Z", 3, 3));
        List<Relation> relations = List.of(says("X", UnitRank.SENIOR, "Y"), says("Z", UnitRank.JUNIOR, "Y"));

        // when
        Cell[][] cells = new UnitRankMatrix(classes, relations).cells();

        // then
        assertEquals(List.of(Cell.SAME, Cell.SENIOR, Cell.SENIOR), Arrays.asList(cells[0]));
        assertEquals(List.of(Cell.JUNIOR, Cell.SAME, Cell.SENIOR), Arrays.asList(cells[1]));
        assertEquals(List.of(Cell.JUNIOR, Cell.JUNIOR, Cell.SAME), Arrays.asList(cells[2]));
    }

    @Test
    void contradictsEveryPairOnACycleOfOrders() {
        // given: A senior to B, B senior to C, C senior to A (made up), and D linked to none of them
        List<UnitClass> classes = List.of(exampleClass("A", 1, 1), exampleClass("B", 1, 2), exampleClass("C", 1, 3),
                exampleClass("D", 2, 4));
        List<Relation> relations = List.of(says("A", UnitRank.SENIOR, "B"), says("B", UnitRank.SENIOR, "C"),
                says("C", UnitRank.SENIOR, "A"));

        // when
        Cell[][] cells = new UnitRankMatrix(classes, relations).cells();

        // then
        assertEquals(List.of(Cell.SAME, Cell.CONTRADICTED, Cell.CONTRADICTED, Cell.UNKNOWN), Arrays.asList(cells[0]));
        assertEquals(List.of(Cell.CONTRADICTED, Cell.SAME, Cell.CONTRADICTED, Cell.UNKNOWN), Arrays.asList(cells[1]));
        assertEquals(List.of(Cell.CONTRADICTED, Cell.CONTRADICTED, Cell.SAME, Cell.UNKNOWN), Arrays.asList(cells[2]));
        assertEquals(List.of(Cell.UNKNOWN, Cell.UNKNOWN, Cell.UNKNOWN, Cell.SAME), Arrays.asList(cells[3]),
                "nothing stated links Class D to the others");
    }

    @Test
    void contradictsOnlyThePairAnOrderIsStatedBetweenInsideAParityGroup() {
        // given: A, B and C on a parity (made up), yet one statement puts A senior to B; D is junior to the group
        List<UnitClass> classes = List.of(exampleClass("A", 1, 1), exampleClass("B", 1, 1), exampleClass("C", 1, 1),
                exampleClass("D", 2, 2));
        List<Relation> relations = List.of(says("A", UnitRank.PARITY, "B"), says("A", UnitRank.PARITY, "C"),
                says("A", UnitRank.SENIOR, "B"), says("A", UnitRank.SENIOR, "D"));

        // when
        Cell[][] cells = new UnitRankMatrix(classes, relations).cells();

        // then: the parity stands for every other pair, as UnitRankingGraph reports only A against B
        assertSame(Cell.CONTRADICTED, cells[0][1]);
        assertSame(Cell.CONTRADICTED, cells[1][0]);
        assertEquals(List.of(Cell.SAME, Cell.CONTRADICTED, Cell.PARITY, Cell.SENIOR), Arrays.asList(cells[0]));
        assertEquals(List.of(Cell.CONTRADICTED, Cell.SAME, Cell.PARITY, Cell.SENIOR), Arrays.asList(cells[1]));
        assertEquals(List.of(Cell.PARITY, Cell.PARITY, Cell.SAME, Cell.SENIOR), Arrays.asList(cells[2]));
        assertEquals(List.of(Cell.JUNIOR, Cell.JUNIOR, Cell.JUNIOR, Cell.SAME), Arrays.asList(cells[3]));
    }

    @Test
    void contradictsAParityGroupThatAChainOfOrdersLeadsBackTo() {
        // given: P and Q on a parity (made up), but P senior to X and X senior to Q
        List<UnitClass> classes = List.of(exampleClass("P", 1, 1), exampleClass("Q", 1, 1), exampleClass("X", 1, 2));
        List<Relation> relations = List.of(says("P", UnitRank.PARITY, "Q"), says("P", UnitRank.SENIOR, "X"),
                says("X", UnitRank.SENIOR, "Q"));

        // when
        Cell[][] cells = new UnitRankMatrix(classes, relations).cells();

        // then
        assertSame(Cell.CONTRADICTED, cells[0][1], "P over X over Q, yet P on a parity with Q");
        assertSame(Cell.CONTRADICTED, cells[1][0]);
        assertSame(Cell.CONTRADICTED, cells[0][2], "P over X, and X over P's group");
        assertSame(Cell.CONTRADICTED, cells[2][1]);
    }

    @Test
    void namesEachCellAsTheWorkbookWritesIt() {
        assertEquals("senior", Cell.SENIOR.word);
        assertEquals("parity", Cell.PARITY.word);
        assertEquals("junior", Cell.JUNIOR.word);
        assertEquals("unknown", Cell.UNKNOWN.word);
        assertEquals("contradicted", Cell.CONTRADICTED.word);
        assertEquals("", Cell.SAME.word);
    }

    @Test
    void groupsClassesByPartnershipKeepingTheirOrder() {
        // given: the made-up partnership's classes between AIMCO's
        List<UnitClass> aimco = aimcoClasses();
        List<UnitClass> mixed = new ArrayList<>();
        mixed.add(aimco.get(0));
        mixed.add(exampleClass("A", 1, 1));
        mixed.addAll(aimco.subList(1, aimco.size()));
        mixed.add(exampleClass("B", 2, 2));

        // when
        Map<String, List<UnitClass>> partnerships = UnitRankMatrix.byPartnership(mixed);

        // then
        assertEquals(List.of(AIMCO_KEY, EXAMPLE_KEY), List.copyOf(partnerships.keySet()));
        assertEquals(aimco, partnerships.get(AIMCO_KEY));
        assertEquals(List.of(exampleClass("A", 1, 1), exampleClass("B", 2, 2)), partnerships.get(EXAMPLE_KEY));
        assertEquals(SAMPLE_DESIGNATION, partnerships.get(AIMCO_KEY).get(0).designation().sourceDocument());
    }

    @Test
    void keepsTheClassesInTheOrderGiven() {
        List<UnitClass> classes = aimcoClasses();
        assertEquals(classes, new UnitRankMatrix(classes, aimcoRelations()).classes());
    }
}
