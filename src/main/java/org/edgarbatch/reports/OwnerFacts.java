package org.edgarbatch.reports;

/**
 * A reporting owner of a filing, as a report shows it.
 *
 * @param cik          the owner's CIK
 * @param name         the owner's name as filed
 * @param relationship the relationships that apply, as the SEC data set writes them ({@code Director,Officer}), or null
 * @param title        the officer title, or the text describing an "other" relationship, or null
 */
public record OwnerFacts(String cik, String name, String relationship, String title) {

    /** @return The relationships for a reader: {@code Director, Officer}; empty when none is marked. */
    public String relationshipText() {
        return relationship == null ? "" : relationship.replace(",", ", ").replace("TenPercentOwner", "10% owner");
    }
}
