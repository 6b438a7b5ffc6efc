package org.edgarbatch.reports;

/** The workbooks edgar-batch writes. */
public enum ReportKind {

    INSIDER_TRANSACTIONS("insider-transactions"),
    PREFERRED_UNIT_RANKS("preferred-unit-ranks");

    private final String fileStem;

    ReportKind(String fileStem) {
        this.fileStem = fileStem;
    }

    /** @return How the kind's file names start. */
    public String fileStem() {
        return fileStem;
    }
}
