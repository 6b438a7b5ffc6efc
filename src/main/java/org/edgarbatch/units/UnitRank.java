package org.edgarbatch.units;

/** How a class of partnership units ranks against another, as to distributions and on liquidation. */
public enum UnitRank {
    SENIOR,
    PARITY,
    JUNIOR;

    /** @return The rank the other class has: A senior to B is B junior to A. */
    public UnitRank inverse() {
        return switch (this) {
            case SENIOR -> JUNIOR;
            case PARITY -> PARITY;
            case JUNIOR -> SENIOR;
        };
    }

    /** @return How a sentence says it: "senior to", "on a parity with", "junior to". */
    public String phrase() {
        return switch (this) {
            case SENIOR -> "senior to";
            case PARITY -> "on a parity with";
            case JUNIOR -> "junior to";
        };
    }
}
