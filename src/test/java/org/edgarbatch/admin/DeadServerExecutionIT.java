package org.edgarbatch.admin;

import static org.edgarbatch.testsupport.JobRuns.awaitEnd;
import static org.edgarbatch.testsupport.JobRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.edgarbatch.ingest.FailingFilingDocumentItemWriter;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An execution a dead server left STARTED in the job repository: the job repository row is put in the state
 * such a server leaves (STARTED, no end, created before this deployment started), and the API's rules show it
 * as stopped by its server, do not count it as running, and restart it to completion.
 */
@ExtendWith(ArquillianExtension.class)
class DeadServerExecutionIT {

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class);
    }

    @Inject
    Executions executions;

    @Inject
    JobLauncher launcher;

    @Inject
    TestDatabase database;

    private final String samples = System.getProperty("edgar.samples.dir");

    @Test
    void showsAnExecutionLeftStartedByADeadServerAsSuchAndRestartsIt() throws Exception {
        // given: a run that failed, recorded as a dead server leaves it
        database.deleteDocuments();
        JobExecution failed = run("filings-ingest", "filingsDir", samples, "chunkSize", "1",
                "failOnDocument", "004_238d5272ba61ffbb.txt");
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        long id = failed.getExecutionId();
        assertEquals(1, update("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'STARTED', ENDTIME = NULL, CREATETIME = ?"
                + " WHERE JOBEXECUTIONID = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(1))), id));
        try {
            // when
            ExecutionView view = executions.view(id);

            // then
            assertEquals(BatchStatus.STARTED, view.status());
            assertTrue(view.serverStopped());
            assertEquals(List.of("restart"), view.actions());
            assertFalse(launcher.runningExecutions("filings-ingest").contains(id), "not counted as running");
            ActionRefusedException stop = assertThrows(ActionRefusedException.class, () -> launcher.stop(id));
            assertTrue(stop.getMessage().contains("was left STARTED by a server that stopped"), stop.getMessage());

            // when
            long restarted = launcher.restart(id, new Properties());

            // then (JBeret restarts the cached FAILED execution here; a truly dead one it first marks FAILED)
            assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted).getBatchStatus());
            ExecutionView after = executions.view(restarted);
            assertEquals(view.instanceId(), after.instanceId(), "the same instance");
            assertFalse(after.serverStopped());
            assertEquals(3, database.documents().size(), "the restart stored what the dead run had not");
        } finally {
            // Leaves the repository as JBeret's restart of a dead execution does: the old execution FAILED.
            update("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', ENDTIME = LASTUPDATEDTIME WHERE JOBEXECUTIONID = ?"
                    + " AND BATCHSTATUS = 'STARTED'", id);
        }
    }

    private static int update(String sql, Object... parameters) throws NamingException, SQLException {
        try (Connection connection = InitialContext.<DataSource>doLookup("java:jboss/datasources/EdgarBatchDS").getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        }
    }
}
