package org.edgarbatch.admin;

/** The application's roles: the groups of WildFly's application realm that grant them. */
public final class Roles {

    /** Runs, stops, restarts and abandons jobs; sees executions, rejected documents and the schedule. */
    public static final String BATCH_ADMIN = "batch-admin";

    /** Lists and downloads the workbooks. */
    public static final String REPORT_READER = "report-reader";

    private Roles() {
    }
}
