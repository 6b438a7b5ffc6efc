package org.edgarbatch.ownership;

import java.util.List;

/**
 * A value of an ownership document with the footnotes attached to it. Many values are a footnote
 * only ("see F2", no value): that is {@code value == null} with footnotes, distinct from zero or empty.
 *
 * @param value       the value, or null when the document gives none
 * @param footnoteIds the ids of the footnotes attached to this value, in document order; never null
 */
public record Footnoted<T>(T value, List<String> footnoteIds) {

    private static final Footnoted<?> ABSENT = new Footnoted<>(null, List.of());

    public Footnoted {
        footnoteIds = List.copyOf(footnoteIds);
    }

    /** @return A value the document does not give at all: no value and no footnote. */
    @SuppressWarnings("unchecked")
    public static <T> Footnoted<T> absent() {
        return (Footnoted<T>) ABSENT;
    }

    public static <T> Footnoted<T> of(T value, String... footnoteIds) {
        return new Footnoted<>(value, List.of(footnoteIds));
    }

    /** @return True when the document gives footnotes in place of the value. */
    public boolean isFootnoteOnly() {
        return value == null && !footnoteIds.isEmpty();
    }
}
