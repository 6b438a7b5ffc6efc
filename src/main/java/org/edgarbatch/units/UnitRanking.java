package org.edgarbatch.units;

import java.util.List;

/**
 * The ranking of the unit classes of one partnership, put together from every designation's statements.
 *
 * @param classes every class named or designated, most senior tier first
 * @param relations each relation stated, with the documents that state it
 * @param contradictions statements that cannot all be true, each with the other side
 */
public record UnitRanking(List<ClassTier> classes, List<Relation> relations, List<Contradiction> contradictions) {

    /**
     * @param tier 1 for the most senior classes; a class ranks below every class of a lower tier that it is
     *     stated (directly or through others) to be junior to
     * @param parityGroup classes on a parity with each other (directly or through others) share a group; numbered
     *     from 1 in tier order
     */
    public record ClassTier(String className, int tier, int parityGroup) {
    }

    /**
     * A relation between two classes as stated: {@code first} is senior to, or on a parity with, {@code second}
     * (a parity relation names the two in alphabetical order; a junior statement is kept as its senior inverse).
     *
     * @param sources the documents that state it, in order
     */
    public record Relation(String first, UnitRank rank, String second, List<String> sources) {

        public String sentence() {
            return first + " " + rank.phrase() + " " + second;
        }
    }

    /**
     * Statements that cannot all hold: {@code statement} against {@code conflictingStatement}, which may be a
     * chain ("A on a parity with B; B on a parity with C"), each with the documents that state it.
     */
    public record Contradiction(String statement, List<String> sources, String conflictingStatement,
                                List<String> conflictingSources) {
    }

    /** @return The tier of a class, or 0 when the ranking does not know the class. */
    public int tierOf(String className) {
        return classes.stream().filter(c -> c.className().equals(className)).mapToInt(ClassTier::tier).findFirst().orElse(0);
    }
}
