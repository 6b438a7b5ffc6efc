package org.edgarbatch.units;

/**
 * One ranking as one designation states it: {@code namedClass} ranks {@code rank} to {@code designatedClass}.
 *
 * @param designatedClass the class the designation designates, canonical
 * @param rank how the named class ranks against it
 * @param namedClass the class its ranking section names, canonical
 * @param source the document that states it (its location)
 */
public record RankingStatement(String designatedClass, UnitRank rank, String namedClass, String source) {
}
