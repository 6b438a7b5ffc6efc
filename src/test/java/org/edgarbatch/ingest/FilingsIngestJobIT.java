package org.edgarbatch.ingest;

import static org.edgarbatch.testsupport.JobRuns.restart;
import static org.edgarbatch.testsupport.JobRuns.run;
import static org.edgarbatch.testsupport.JobRuns.statusInJobRepository;
import static org.edgarbatch.testsupport.JobRuns.stepMetric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.edgarbatch.filings.ContentHash;
import org.edgarbatch.filings.DocumentKind;
import org.edgarbatch.filings.RejectedDocument;
import org.edgarbatch.filings.SourceDocument;
import org.edgarbatch.filings.SourceDocumentRepository;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The filings-ingest job on the real server, over the bundled sample filings. */
@ExtendWith(ArquillianExtension.class)
class FilingsIngestJobIT {

    private static final String JOB = "filings-ingest";
    private static final String STEP = "ingest-documents";
    private static final String DESIGNATION = "002_04ac6effcf108f4c.txt";
    private static final String JOINT_FILING = "003_40159256e381a620.txt";
    private static final String FORM_4 = "004_238d5272ba61ffbb.txt";

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class);
    }

    @Inject
    TestDatabase database;

    @Inject
    SourceDocumentRepository documents;

    private final Path samples = Path.of(System.getProperty("edgar.samples.dir"));

    @BeforeEach
    void startFromEmptyTables() {
        database.deleteDocuments();
    }

    @Test
    void storesEachSampleOnceWithItsKindAndRerunAddsNothing() throws Exception {
        // when
        JobExecution first = run(JOB, "filingsDir", samples.toString());

        // then
        assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
        assertEquals("seen 3: stored 3 (ownership 1, unit designation 1, joint filing agreement 1, unrecognised 0),"
                + " already stored 0, rejected 0, unchanged 0 (in 0 files not read again)", first.getExitStatus());
        List<SourceDocument> stored = database.documents();
        assertEquals(Map.of(DESIGNATION, DocumentKind.UNIT_DESIGNATION,
                JOINT_FILING, DocumentKind.JOINT_FILING_AGREEMENT,
                FORM_4, DocumentKind.OWNERSHIP), kindsByFileName(stored));
        for (SourceDocument document : stored) {
            byte[] content = Files.readAllBytes(Path.of(document.getPath()));
            assertEquals(samples.resolve(fileName(document)).toString(), document.getPath());
            assertEquals(content.length, document.getSizeBytes());
            assertEquals(ContentHash.of(content), document.getSha256());
            assertEquals(first.getExecutionId(), document.getFirstSeenExecutionId());
        }
        assertEquals(Map.of(DocumentKind.OWNERSHIP, 1L, DocumentKind.UNIT_DESIGNATION, 1L,
                DocumentKind.JOINT_FILING_AGREEMENT, 1L, DocumentKind.UNRECOGNISED, 0L), documents.countByKind());

        // when: the same directory again
        JobExecution second = run(JOB, "filingsDir", samples.toString());

        // then: nothing new, no file opened again, and the first execution still owns every row
        assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
        assertEquals("seen 3: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                + " already stored 0, rejected 0, unchanged 3 (in 3 files not read again)", second.getExitStatus());
        assertEquals(0, stepMetric(second.getExecutionId(), STEP, Metric.MetricType.READ_COUNT));
        List<SourceDocument> afterRerun = database.documents();
        assertEquals(3, afterRerun.size());
        afterRerun.forEach(document -> assertEquals(first.getExecutionId(), document.getFirstSeenExecutionId()));

        // and the history is in the JDBC job repository, not in memory
        assertEquals("COMPLETED", statusInJobRepository(first.getExecutionId()).orElseThrow());
        assertEquals("COMPLETED", statusInJobRepository(second.getExecutionId()).orElseThrow());
    }

    @Test
    void restartOfFailedRunResumesAfterLastCommittedChunk() throws Exception {
        // given: one document per chunk, and the writer fails on the last of the three
        JobExecution failed = run(JOB, "filingsDir", samples.toString(), "chunkSize", "1", "failOnDocument", FORM_4);
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        assertEquals(Map.of(DESIGNATION, DocumentKind.UNIT_DESIGNATION, JOINT_FILING, DocumentKind.JOINT_FILING_AGREEMENT),
                kindsByFileName(database.documents()));

        // when
        JobExecution restarted = restart(failed.getExecutionId());

        // then: only the document after the checkpoint is read again, and each document is stored once
        assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
        assertEquals(1, stepMetric(restarted.getExecutionId(), STEP, Metric.MetricType.READ_COUNT));
        List<SourceDocument> stored = database.documents();
        assertEquals(Map.of(DESIGNATION, DocumentKind.UNIT_DESIGNATION,
                JOINT_FILING, DocumentKind.JOINT_FILING_AGREEMENT,
                FORM_4, DocumentKind.OWNERSHIP), kindsByFileName(stored));
        assertEquals(Map.of(DESIGNATION, failed.getExecutionId(),
                        JOINT_FILING, failed.getExecutionId(),
                        FORM_4, restarted.getExecutionId()),
                stored.stream().collect(Collectors.toMap(FilingsIngestJobIT::fileName, SourceDocument::getFirstSeenExecutionId)));
        assertEquals("FAILED", statusInJobRepository(failed.getExecutionId()).orElseThrow());
    }

    @Test
    void rejectsWhatItCannotReadWithReasonAndAccountsForEveryEntry() throws Exception {
        // given: the samples, an empty file, and a symbolic link to a file outside the directory
        Path filings = copyOfSamples();
        Path outside = Files.createTempFile("outside", ".txt");
        try {
            Files.createFile(filings.resolve("empty.txt"));
            Files.createSymbolicLink(filings.resolve("link.txt"), outside);

            // when
            JobExecution execution = run(JOB, "filingsDir", filings.toString());

            // then
            assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
            assertEquals("seen 5: stored 4 (ownership 1, unit designation 1, joint filing agreement 1, unrecognised 1),"
                    + " already stored 0, rejected 1, unchanged 0 (in 0 files not read again)", execution.getExitStatus());
            assertEquals(DocumentKind.UNRECOGNISED, kindsByFileName(database.documents()).get("empty.txt"));
            List<RejectedDocument> rejected = database.rejections();
            assertEquals(1, rejected.size());
            assertEquals(filings.resolve("link.txt").toString(), rejected.get(0).getPath());
            assertEquals("symbolic link to " + outside + ": not followed", rejected.get(0).getReason());
            assertEquals(execution.getExecutionId(), rejected.get(0).getExecutionId());

            // when: again, nothing changed
            JobExecution again = run(JOB, "filingsDir", filings.toString());

            // then: the link is rejected again (it is not a file that could be read whole), the rest is unchanged
            assertEquals("seen 5: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                    + " already stored 0, rejected 1, unchanged 4 (in 4 files not read again)", again.getExitStatus());
            assertEquals(2, database.rejections().size());
        } finally {
            deleteTree(filings);
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void rejectsHostileAndTruncatedOwnershipXmlWithReasons() throws Exception {
        // given: the samples, a Form 4 whose entity points at a local file, and a Form 4 cut in half
        Path filings = copyOfSamples();
        Path secret = Files.createTempFile("secret", ".txt");
        try {
            Files.writeString(secret, "TOP-SECRET");
            String form4 = Files.readString(samples.resolve(FORM_4));
            Files.writeString(filings.resolve("hostile.xml"), form4.replace("<?xml version=\"1.0\"?>",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                    .replace("<periodOfReport>", "<remarks>&xxe;</remarks><periodOfReport>"));
            Files.writeString(filings.resolve("truncated.xml"), form4.substring(0, form4.length() / 2));

            // when
            JobExecution execution = run(JOB, "filingsDir", filings.toString());

            // then: the run completes, the samples are stored, both bad documents are rejected with why
            assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
            assertEquals("seen 5: stored 3 (ownership 1, unit designation 1, joint filing agreement 1, unrecognised 0),"
                    + " already stored 0, rejected 2, unchanged 0 (in 0 files not read again)", execution.getExitStatus());
            List<RejectedDocument> rejected = database.rejections();
            assertEquals(List.of(filings.resolve("hostile.xml").toString(), filings.resolve("truncated.xml").toString()),
                    rejected.stream().map(RejectedDocument::getPath).toList());
            assertTrue(rejected.get(0).getReason().startsWith("ownership XML has a document type declaration (line 2)"),
                    rejected.get(0).getReason());
            assertTrue(rejected.get(1).getReason().startsWith("ownership XML is not well-formed XML (line "),
                    rejected.get(1).getReason());
            rejected.forEach(rejection -> assertFalse(rejection.getReason().contains("TOP-SECRET")));

            // when: again, nothing changed
            JobExecution again = run(JOB, "filingsDir", filings.toString());

            // then: a file holding a rejected document is read again and its rejection reported again
            assertEquals("seen 5: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                    + " already stored 0, rejected 2, unchanged 3 (in 3 files not read again)", again.getExitStatus());
        } finally {
            deleteTree(filings);
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void readsAgainAFileWhoseSizeOrTimeChangedAndEveryFileWhenAskedToRescan() throws Exception {
        // given: the samples read once
        Path filings = copyOfSamples();
        try {
            assertEquals(BatchStatus.COMPLETED, run(JOB, "filingsDir", filings.toString()).getBatchStatus());

            // when: one file is touched, another rewritten with one more line, and a new file appears
            Path form4 = filings.resolve(FORM_4);
            Files.setLastModifiedTime(form4, FileTime.fromMillis(Files.getLastModifiedTime(form4).toMillis() + 60_000));
            Files.writeString(filings.resolve(DESIGNATION), Files.readString(filings.resolve(DESIGNATION)) + "\n\n");
            Files.writeString(filings.resolve("note.txt"), "not a filing");
            JobExecution changed = run(JOB, "filingsDir", filings.toString());

            // then: those three are read (the two changed hold documents already stored: same content hash, white
            // space aside), the joint filing agreement is not
            assertEquals(BatchStatus.COMPLETED, changed.getBatchStatus());
            assertEquals("seen 4: stored 1 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 1),"
                    + " already stored 2, rejected 0, unchanged 1 (in 1 files not read again)", changed.getExitStatus());
            assertEquals(3, stepMetric(changed.getExecutionId(), STEP, Metric.MetricType.READ_COUNT));

            // when: asked to read everything again
            JobExecution rescan = run(JOB, "filingsDir", filings.toString(), "rescan", "true");

            // then: every file is read, nothing is stored twice, and each file is recorded once with what it is now
            assertEquals("seen 4: stored 0 (ownership 0, unit designation 0, joint filing agreement 0, unrecognised 0),"
                    + " already stored 4, rejected 0, unchanged 0 (in 0 files not read again)", rescan.getExitStatus());
            assertEquals(4, database.documents().size());
            assertEquals(List.of(List.of(4L, Files.size(filings.resolve(DESIGNATION)))), database.query(
                    "select count(*), max(case when relative_path = ? then size_bytes end) from read_file where root = ?",
                    DESIGNATION, filings.toAbsolutePath().normalize().toString()));
        } finally {
            deleteTree(filings);
        }
    }

    /** @return A new temporary directory holding the three samples. */
    private Path copyOfSamples() throws IOException {
        Path filings = Files.createTempDirectory("filings");
        for (String name : List.of(DESIGNATION, JOINT_FILING, FORM_4)) {
            Files.copy(samples.resolve(name), filings.resolve(name));
        }
        return filings;
    }

    private static Map<String, DocumentKind> kindsByFileName(List<SourceDocument> documents) {
        return documents.stream().collect(Collectors.toMap(FilingsIngestJobIT::fileName, SourceDocument::getKind,
                (a, b) -> {
                    throw new AssertionError("stored twice");
                }, TreeMap::new));
    }

    private static String fileName(SourceDocument document) {
        return Path.of(document.getPath()).getFileName().toString();
    }

    private static void deleteTree(Path root) throws IOException {
        FilingsDirectory.deleteTree(root);
        assertTrue(Files.notExists(root));
    }
}
