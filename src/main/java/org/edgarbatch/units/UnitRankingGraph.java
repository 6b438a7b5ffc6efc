package org.edgarbatch.units;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts the ranking statements of one partnership's designations into one graph. Each designation speaks only
 * of its own class; parity statements join classes into groups, senior and junior statements order the
 * groups. Tiers follow from the order; statements that cannot all hold (an order inside a parity group, a
 * cycle of orders) are reported with both sides, never settled by picking one.
 */
public final class UnitRankingGraph {

    private final Map<RelationKey, Relation> relations = new LinkedHashMap<>();
    private final Set<String> classes = new TreeSet<>();

    /** A relation between two classes and the documents that state it; for an order, first is senior. */
    private record RelationKey(String first, UnitRank rank, String second) {
    }

    private static final class Relation {
        final RelationKey key;
        final Set<String> sources = new LinkedHashSet<>();

        Relation(RelationKey key) {
            this.key = key;
        }

        UnitRanking.Relation view() {
            return new UnitRanking.Relation(key.first(), key.rank(), key.second(), List.copyOf(sources));
        }
    }

    /** @return The ranking of the classes the statements and designations name. */
    public static UnitRanking rank(Collection<String> designatedClasses, Collection<RankingStatement> statements) {
        UnitRankingGraph graph = new UnitRankingGraph();
        graph.classes.addAll(designatedClasses);
        statements.stream()
                .sorted(Comparator.comparing(RankingStatement::source).thenComparing(RankingStatement::designatedClass))
                .forEach(graph::add);
        return graph.rank();
    }

    private void add(RankingStatement statement) {
        classes.add(statement.designatedClass());
        classes.add(statement.namedClass());
        if (statement.designatedClass().equals(statement.namedClass())) {
            return;
        }
        RelationKey key = switch (statement.rank()) {
            case SENIOR -> new RelationKey(statement.namedClass(), UnitRank.SENIOR, statement.designatedClass());
            case JUNIOR -> new RelationKey(statement.designatedClass(), UnitRank.SENIOR, statement.namedClass());
            case PARITY -> statement.namedClass().compareTo(statement.designatedClass()) < 0
                    ? new RelationKey(statement.namedClass(), UnitRank.PARITY, statement.designatedClass())
                    : new RelationKey(statement.designatedClass(), UnitRank.PARITY, statement.namedClass());
        };
        relations.computeIfAbsent(key, Relation::new).sources.add(statement.source());
    }

    private UnitRanking rank() {
        List<UnitRanking.Contradiction> contradictions = new ArrayList<>();

        // Parity groups, each named by its alphabetically first class.
        Map<String, String> parent = new HashMap<>();
        classes.forEach(c -> parent.put(c, c));
        for (Relation relation : relations.values()) {
            if (relation.key.rank() == UnitRank.PARITY) {
                String a = find(parent, relation.key.first());
                String b = find(parent, relation.key.second());
                if (!a.equals(b)) {
                    parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
                }
            }
        }

        // Orders between groups; an order inside a group contradicts the parity that made the group.
        Map<String, Map<String, Relation>> groupEdges = new TreeMap<>();
        for (Relation relation : relations.values()) {
            if (relation.key.rank() != UnitRank.SENIOR) {
                continue;
            }
            String senior = find(parent, relation.key.first());
            String junior = find(parent, relation.key.second());
            if (senior.equals(junior)) {
                List<Relation> parityPath = parityPath(relation.key.first(), relation.key.second());
                contradictions.add(contradiction(List.of(relation), parityPath));
            } else {
                groupEdges.computeIfAbsent(senior, g -> new TreeMap<>()).putIfAbsent(junior, relation);
            }
        }

        Set<String> groups = new TreeSet<>();
        classes.forEach(c -> groups.add(find(parent, c)));
        Map<String, Integer> component = stronglyConnectedComponents(groups, groupEdges);
        contradictions.addAll(cycles(groupEdges, component));
        Map<Integer, Integer> componentTier = tiers(groups, groupEdges, component);

        List<UnitRanking.ClassTier> tiers = new ArrayList<>();
        Map<String, Integer> groupNumbers = new HashMap<>();
        List<String> groupsInTierOrder = groups.stream()
                .sorted(Comparator.comparing((String g) -> componentTier.get(component.get(g))).thenComparing(g -> g))
                .toList();
        for (String group : groupsInTierOrder) {
            groupNumbers.put(group, groupNumbers.size() + 1);
        }
        for (String className : classes) {
            String group = find(parent, className);
            tiers.add(new UnitRanking.ClassTier(className, componentTier.get(component.get(group)), groupNumbers.get(group)));
        }
        tiers.sort(Comparator.comparing(UnitRanking.ClassTier::tier)
                .thenComparing(UnitRanking.ClassTier::parityGroup)
                .thenComparing(UnitRanking.ClassTier::className));
        return new UnitRanking(List.copyOf(tiers), relations.values().stream().map(Relation::view).toList(),
                List.copyOf(contradictions));
    }

    private static String find(Map<String, String> parent, String node) {
        String root = node;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** The parity statements that join two classes into one group, shortest chain first. */
    private List<Relation> parityPath(String from, String to) {
        Map<String, Relation> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        reachedBy.put(from, null);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(to)) {
                break;
            }
            for (Relation relation : relations.values()) {
                if (relation.key.rank() != UnitRank.PARITY) {
                    continue;
                }
                String next = relation.key.first().equals(at) ? relation.key.second()
                        : relation.key.second().equals(at) ? relation.key.first() : null;
                if (next != null && !reachedBy.containsKey(next)) {
                    reachedBy.put(next, relation);
                    queue.add(next);
                }
            }
        }
        List<Relation> path = new ArrayList<>();
        for (String at = to; reachedBy.get(at) != null; ) {
            Relation relation = reachedBy.get(at);
            path.add(0, relation);
            at = relation.key.first().equals(at) ? relation.key.second() : relation.key.first();
        }
        return path;
    }

    /** Tarjan's algorithm: the strongly connected component of each group (a component of two or more is a cycle). */
    private static Map<String, Integer> stronglyConnectedComponents(Set<String> groups, Map<String, Map<String, Relation>> edges) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        Map<String, Integer> component = new HashMap<>();
        int[] counter = {0, 0};
        for (String group : groups) {
            if (!index.containsKey(group)) {
                connect(group, edges, index, low, stack, onStack, component, counter);
            }
        }
        return component;
    }

    private static void connect(String group, Map<String, Map<String, Relation>> edges, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                Map<String, Integer> component, int[] counter) {
        index.put(group, counter[0]);
        low.put(group, counter[0]);
        counter[0]++;
        stack.push(group);
        onStack.add(group);
        for (String next : edges.getOrDefault(group, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, edges, index, low, stack, onStack, component, counter);
                low.put(group, Math.min(low.get(group), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(group, Math.min(low.get(group), index.get(next)));
            }
        }
        if (low.get(group).equals(index.get(group))) {
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.put(member, counter[1]);
            } while (!member.equals(group));
            counter[1]++;
        }
    }

    /** One contradiction per distinct cycle of orders: an order against the chain of orders that leads back. */
    private List<UnitRanking.Contradiction> cycles(Map<String, Map<String, Relation>> edges, Map<String, Integer> component) {
        List<UnitRanking.Contradiction> found = new ArrayList<>();
        Set<Set<RelationKey>> seen = new HashSet<>();
        for (Map.Entry<String, Map<String, Relation>> from : edges.entrySet()) {
            for (Map.Entry<String, Relation> to : from.getValue().entrySet()) {
                if (!Objects.equals(component.get(from.getKey()), component.get(to.getKey()))) {
                    continue;
                }
                List<Relation> back = orderPath(to.getKey(), from.getKey(), edges, component);
                Set<RelationKey> cycle = new HashSet<>();
                cycle.add(to.getValue().key);
                back.forEach(r -> cycle.add(r.key));
                if (seen.add(cycle)) {
                    found.add(contradiction(List.of(to.getValue()), back));
                }
            }
        }
        return found;
    }

    private static List<Relation> orderPath(String from, String to, Map<String, Map<String, Relation>> edges,
                                            Map<String, Integer> component) {
        Map<String, String> previous = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, null);
        while (!queue.isEmpty() && !previous.containsKey(to)) {
            String at = queue.poll();
            for (String next : edges.getOrDefault(at, Map.of()).keySet()) {
                if (component.get(next).equals(component.get(from)) && !previous.containsKey(next)) {
                    previous.put(next, at);
                    queue.add(next);
                }
            }
        }
        List<Relation> path = new ArrayList<>();
        for (String at = to; previous.get(at) != null; at = previous.get(at)) {
            path.add(0, edges.get(previous.get(at)).get(at));
        }
        return path;
    }

    /** Longest chain of seniors above each component: tier 1 has none above it. */
    private static Map<Integer, Integer> tiers(Set<String> groups, Map<String, Map<String, Relation>> edges,
                                               Map<String, Integer> component) {
        Map<Integer, Set<Integer>> juniors = new HashMap<>();
        Map<Integer, Integer> seniorsLeft = new HashMap<>();
        for (String group : groups) {
            juniors.putIfAbsent(component.get(group), new TreeSet<>());
            seniorsLeft.putIfAbsent(component.get(group), 0);
        }
        edges.forEach((senior, juniorGroups) -> juniorGroups.keySet().forEach(junior -> {
            int from = component.get(senior);
            int to = component.get(junior);
            if (from != to && juniors.get(from).add(to)) {
                seniorsLeft.merge(to, 1, Integer::sum);
            }
        }));
        Map<Integer, Integer> tier = new HashMap<>();
        Deque<Integer> ready = new ArrayDeque<>();
        seniorsLeft.forEach((c, n) -> {
            if (n == 0) {
                ready.add(c);
                tier.put(c, 1);
            }
        });
        while (!ready.isEmpty()) {
            int at = ready.poll();
            for (int junior : juniors.get(at)) {
                tier.merge(junior, tier.get(at) + 1, Math::max);
                if (seniorsLeft.merge(junior, -1, Integer::sum) == 0) {
                    ready.add(junior);
                }
            }
        }
        return tier;
    }

    private static UnitRanking.Contradiction contradiction(List<Relation> statement, List<Relation> conflicting) {
        return new UnitRanking.Contradiction(
                sentences(statement), sources(statement), sentences(conflicting), sources(conflicting));
    }

    private static String sentences(List<Relation> chain) {
        return String.join("; ", chain.stream().map(r -> r.view().sentence()).toList());
    }

    private static List<String> sources(List<Relation> chain) {
        Set<String> sources = new LinkedHashSet<>();
        chain.forEach(r -> sources.addAll(r.sources));
        return List.copyOf(sources);
    }
}
