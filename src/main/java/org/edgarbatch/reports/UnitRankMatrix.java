package org.edgarbatch.reports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edgarbatch.reports.PreferredUnitRanks.Relation;
import org.edgarbatch.reports.PreferredUnitRanks.UnitClass;
import org.edgarbatch.units.UnitRank;

/**
 * How each class of one partnership ranks against each other class: on a parity when they share a parity
 * group, senior or junior when a chain of stated orders leads from one group to the other, contradicted when
 * chains lead both ways (or an order is stated between classes of one group), unknown when nothing links them.
 */
final class UnitRankMatrix {

    /** What a cell of the matrix says of its row's class against its column's class. */
    enum Cell {
        SENIOR("senior"), PARITY("parity"), JUNIOR("junior"), UNKNOWN("unknown"), CONTRADICTED("contradicted"), SAME("");

        final String word;

        Cell(String word) {
            this.word = word;
        }
    }

    private final List<UnitClass> classes;
    private final Map<Integer, Set<Integer>> below = new HashMap<>();
    private final Set<String> orderedPairs = new HashSet<>();

    /** @param classes one partnership's classes, in the order the matrix shows them */
    UnitRankMatrix(List<UnitClass> classes, List<Relation> relations) {
        this.classes = List.copyOf(classes);
        Map<String, Integer> groupOf = new HashMap<>();
        classes.forEach(c -> groupOf.put(c.className(), c.parityGroup()));
        for (Relation relation : relations) {
            Integer first = groupOf.get(relation.first());
            Integer second = groupOf.get(relation.second());
            if (first == null || second == null || relation.rank() == UnitRank.PARITY) {
                continue;
            }
            orderedPairs.add(relation.first() + "\u0000" + relation.second());
            orderedPairs.add(relation.second() + "\u0000" + relation.first());
            if (first.equals(second)) {
                // An order inside a parity group contradicts that pair only; the group keeps its parity.
                continue;
            }
            int upper = relation.rank() == UnitRank.SENIOR ? first : second;
            int lower = relation.rank() == UnitRank.SENIOR ? second : first;
            below.computeIfAbsent(upper, k -> new HashSet<>()).add(lower);
        }
    }

    List<UnitClass> classes() {
        return classes;
    }

    /** @return The matrix, row by row: {@code cells[i][j]} is how class i ranks against class j. */
    Cell[][] cells() {
        int n = classes.size();
        Map<Integer, Set<Integer>> reachable = new HashMap<>();
        for (UnitClass c : classes) {
            reachable.computeIfAbsent(c.parityGroup(), this::reachableFrom);
        }
        Cell[][] cells = new Cell[n][n];
        for (int i = 0; i < n; i++) {
            UnitClass row = classes.get(i);
            for (int j = 0; j < n; j++) {
                UnitClass column = classes.get(j);
                if (i == j) {
                    cells[i][j] = Cell.SAME;
                    continue;
                }
                boolean down = reachable.get(row.parityGroup()).contains(column.parityGroup());
                boolean up = reachable.get(column.parityGroup()).contains(row.parityGroup());
                if (row.parityGroup() == column.parityGroup()) {
                    boolean ordered = down || orderedPairs.contains(row.className() + "\u0000" + column.className());
                    cells[i][j] = ordered ? Cell.CONTRADICTED : Cell.PARITY;
                } else if (down && up) {
                    cells[i][j] = Cell.CONTRADICTED;
                } else if (down) {
                    cells[i][j] = Cell.SENIOR;
                } else if (up) {
                    cells[i][j] = Cell.JUNIOR;
                } else {
                    cells[i][j] = Cell.UNKNOWN;
                }
            }
        }
        return cells;
    }

    /** @return The groups a chain of stated orders leads down to from this one. */
    private Set<Integer> reachableFrom(int group) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> queue = new ArrayDeque<>(below.getOrDefault(group, Set.of()));
        while (!queue.isEmpty()) {
            int next = queue.poll();
            if (seen.add(next)) {
                queue.addAll(below.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** @return The classes of each partnership, grouped, keeping the order given. */
    static Map<String, List<UnitClass>> byPartnership(List<UnitClass> classes) {
        Map<String, List<UnitClass>> partnerships = new java.util.LinkedHashMap<>();
        classes.forEach(c -> partnerships.computeIfAbsent(c.partnershipKey(), k -> new ArrayList<>()).add(c));
        return partnerships;
    }
}
