package org.edgarbatch.units;

/** How a class of partnership units ranks against another, as to distributions and on liquidation. */
public enum UnitRank {
    SENIOR,
    PARITY,
    JUNIOR;

    /** @return How a sentence says it: "senior to", "on a parity with", "junior to". */
    public String phrase() {
        return switch (this) {
            case SENIOR -> "senior to";
            case PARITY -> "on a parity with";
            case JUNIOR -> "junior to";
        };
    }
}
