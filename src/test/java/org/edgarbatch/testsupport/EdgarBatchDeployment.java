package org.edgarbatch.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, as Arquillian deploys it, plus the test support classes. */
public final class EdgarBatchDeployment {

    private EdgarBatchDeployment() {
    }

    /** @return The application exactly as packaged, with the given test classes added. */
    public static WebArchive withTestClasses(Class<?>... testClasses) {
        File war = new File(System.getProperty("edgar.war", "target/edgar-batch.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(TestDatabase.class, JobRuns.class, TestFilings.class, FilingsDirectory.class, WorkbookCells.class,
                        ReportFiles.class)
                .addClasses(testClasses);
    }
}
