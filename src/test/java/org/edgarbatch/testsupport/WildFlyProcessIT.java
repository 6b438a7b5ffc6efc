package org.edgarbatch.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process the benchmark and the crash test use: started from the configured WildFly on ports of its
 * own (the integration tests' offset + 50), a job run through the management API, killed with SIGKILL, started
 * again on the same base directory and database, and stopped.
 */
class WildFlyProcessIT {

    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    @Test
    void runsAJobSurvivesAKillAndStopsCleanly() throws Exception {
        // given
        Path corpus = temp.resolve("corpus");
        OwnershipCorpus.Summary summary = OwnershipCorpus.write(corpus, 300, 11L);
        int offset = Integer.getInteger("it.port.offset", 100) + 50;
        // Under target/, not a temporary directory: its logs are there to read when the test fails.
        Path serverDir = Path.of(System.getProperty("it.server.dir", "target/it-server")).resolveSibling("wildfly-process-it");
        WildFlyProcess.deleteBaseDir(serverDir);
        WildFlyProcess.Builder settings = WildFlyProcess.in(serverDir).portOffset(offset)
                .systemProperty("edgar.schedule.enabled", "false")
                // H2 writes a commit to its file up to WRITE_DELAY (500 ms) later: a kill right after the job ends
                // would lose its last commits, the execution's end among them. Nothing is lost with no delay.
                .systemProperty("edgar.db.url", "jdbc:h2:file:" + serverDir.toAbsolutePath().resolve("data/edgar-batch")
                        + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
        Map<String, String> parameters = Map.of("filingsDir", corpus.toString());

        // when
        WildFlyProcess first = settings.start();
        long killedPid;
        long executionId;
        WildFlyProcess.Execution ingested;
        try {
            first.deploy(Path.of(System.getProperty("edgar.war", "target/edgar-batch.war")));
            executionId = first.startJob("filings-ingest", parameters);
            ingested = first.awaitEnd("filings-ingest", executionId, JOB_TIMEOUT);
            killedPid = first.pid();
        } finally {
            first.kill();
        }
        boolean aliveAfterKill = ProcessHandle.of(killedPid).map(ProcessHandle::isAlive).orElse(false);

        WildFlyProcess second = settings.start();
        WildFlyProcess.Execution remembered;
        WildFlyProcess.Execution rerun;
        try {
            remembered = second.execution("filings-ingest", executionId);
            rerun = second.awaitEnd("filings-ingest", second.startJob("filings-ingest", parameters), JOB_TIMEOUT);
        } finally {
            second.stop();
        }

        // then
        assertEquals("COMPLETED", ingested.batchStatus());
        assertTrue(ingested.exitStatus().startsWith("seen " + summary.sourceDocuments() + ": stored "
                + summary.sourceDocuments() + " (ownership " + summary.documents() + ","), ingested.exitStatus());
        assertTrue(ingested.exitStatus().endsWith("rejected 0, unchanged 0 (in 0 files not read again)"), ingested.exitStatus());
        assertFalse(aliveAfterKill);
        assertEquals("COMPLETED", remembered.batchStatus());
        assertEquals("COMPLETED", rerun.batchStatus());
        assertTrue(rerun.exitStatus().startsWith("seen " + summary.sourceDocuments() + ": stored 0 "), rerun.exitStatus());
        assertFalse(second.isAlive());
        assertTrue(Files.size(first.gcLog()) > 0, "GC log written");
        assertTrue(WildFlyProcess.gcHeap(first.gcLog()).collections() > 0);
    }
}
