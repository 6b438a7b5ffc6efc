package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.edgarbatch.ingest.FailingFilingDocumentItemWriter;
import org.edgarbatch.testsupport.ApiClient;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.ReportFiles;
import org.edgarbatch.testsupport.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's 2 a.m. case through the API: a nightly run fails on a document (the test switch), the
 * operator restarts it with {@code POST /executions/{id}/restart}, the same instance completes from its
 * checkpoint, its metrics summed over both executions account for the documents as an uninterrupted run
 * does, and each workbook is written and registered once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class NightlyRestartApiIT {

    private static final String FORM_4 = "004_238d5272ba61ffbb.txt";
    private static final List<String> WORKBOOKS = List.of("insider-transactions-2022-02-04.xlsx",
            "preferred-unit-ranks-2022-02-04.xlsx");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class);
    }

    @ArquillianResource
    URL deployment;

    private final String samples = System.getProperty("edgar.samples.dir");
    private ApiClient admin;
    private FilingsDirectory uninterruptedReports;
    private FilingsDirectory reports;

    @BeforeEach
    void signIn() throws IOException {
        admin = ApiClient.as(TestUsers.ADMIN, deployment);
        uninterruptedReports = FilingsDirectory.create("uninterrupted-reports");
        reports = FilingsDirectory.create("restarted-reports");
    }

    @AfterEach
    void deleteReports() throws IOException {
        uninterruptedReports.delete();
        reports.delete();
    }

    @Test
    void restartsAFailedNightlyThroughTheApiToCompletionWithEachWorkbookOnce() throws Exception {
        // given: an uninterrupted night, and a night the writer fails on the Form 4, the last of the three documents;
        // both read every sample (rescan), whatever runs before them read
        JsonObject uninterrupted = run(Map.of("filingsDir", samples, "rescan", "true", "chunkSize", "1",
                "reportsDir", uninterruptedReports.root().toString()));
        assertEquals("COMPLETED", uninterrupted.getJsonObject("execution").getString("status"), uninterrupted.toString());
        long failedId = start(Map.of("filingsDir", samples, "rescan", "true", "chunkSize", "1", "failOnDocument", FORM_4,
                "reportsDir", reports.root().toString()));
        JsonObject failed = admin.awaitExecution(failedId, "COMPLETED", "FAILED", "STOPPED");
        assertEquals("FAILED", failed.getJsonObject("execution").getString("status"), failed.toString());
        assertEquals(List.of("restart", "abandon"), strings(failed.getJsonObject("execution"), "actions"));
        JsonObject failedIngest = failed.getJsonArray("steps").getJsonObject(0);
        assertEquals("FAILED", failedIngest.getString("status"));
        assertTrue(failedIngest.getString("failure").contains("test switch: failing the chunk that holds " + FORM_4),
                failedIngest.toString());
        assertTrue(!failedIngest.getString("failure").contains("\n"), "the first line only");
        assertEquals(List.of(), ReportFiles.names(reports.root()), "no workbook before the restart");

        // when
        ApiClient.Answer restart = admin.post("executions/" + failedId + "/restart");

        // then
        assertEquals(201, restart.status(), restart.text());
        long restartedId = restart.object().getJsonNumber("id").longValue();
        assertTrue(restart.header("Location").endsWith("/executions/" + restartedId), restart.header("Location"));
        JsonObject restarted = admin.awaitExecution(restartedId, "COMPLETED", "FAILED", "STOPPED");
        JsonObject execution = restarted.getJsonObject("execution");
        assertEquals("COMPLETED", execution.getString("status"), restarted.toString());
        assertEquals(failed.getJsonObject("execution").getJsonNumber("instanceId"), execution.getJsonNumber("instanceId"),
                "the same job instance");
        assertEquals(List.of(failedId, restartedId), restarted.getJsonArray("instanceExecutions").stream()
                .map(e -> e.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(List.of("FAILED", "COMPLETED"), restarted.getJsonArray("instanceExecutions").stream()
                .map(e -> e.asJsonObject().getString("status")).toList());
        JsonObject failedNow = admin.get("executions/" + failedId).object().getJsonObject("execution");
        assertEquals(List.of(), strings(failedNow, "actions"), "the restarted execution is no longer the instance's latest");
        assertTrue(execution.getString("exitStatus").startsWith("seen 1: "),
                "the restart reads only what the failed run had not committed: " + execution.getString("exitStatus"));

        // the instance's ingest metrics account for the documents as the uninterrupted run does
        JsonObject once = step(uninterrupted, "ingest-documents").getJsonObject("metrics");
        JsonObject summed = step(restarted, "ingest-documents").getJsonObject("instanceMetrics");
        JsonObject failedMetrics = failedIngest.getJsonObject("metrics");
        JsonObject restartMetrics = step(restarted, "ingest-documents").getJsonObject("metrics");
        for (String metric : List.of("read", "write", "filter", "commit", "rollback", "readSkip", "processSkip", "writeSkip")) {
            assertEquals(failedMetrics.getJsonNumber(metric).longValue() + restartMetrics.getJsonNumber(metric).longValue(),
                    summed.getJsonNumber(metric).longValue(), metric + " summed over the two executions");
        }
        for (String metric : List.of("write", "filter", "readSkip", "processSkip", "writeSkip")) {
            assertEquals(once.getJsonNumber(metric), summed.getJsonNumber(metric), metric + ": " + summed + " vs " + once);
        }
        assertEquals(3, summed.getInt("write"), "each document written once: " + summed);
        assertEquals(1, summed.getInt("rollback"), "the failed chunk: " + summed);
        assertEquals(once.getInt("read") + 1, summed.getInt("read"),
                "the document of the failed chunk is read again by the restart, and only that one: " + summed);

        // each workbook written and registered once, by the restart, with no temporary file left
        assertEquals(WORKBOOKS, ReportFiles.names(reports.root()));
        List<JsonObject> registered = admin.get("reports?limit=500").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> List.of(failedId, restartedId).contains(r.getJsonNumber("executionId").longValue()))
                .toList();
        assertEquals(WORKBOOKS, registered.stream().map(r -> r.getString("fileName")).sorted().toList(), registered.toString());
        assertTrue(registered.stream().allMatch(r -> r.getJsonNumber("executionId").longValue() == restartedId));
        for (JsonObject report : registered) {
            byte[] file = Files.readAllBytes(reports.root().resolve(report.getString("fileName")));
            assertEquals(ReportFiles.sha256(reports.root().resolve(report.getString("fileName"))), report.getString("sha256"));
            assertArrayEquals(file, admin.get("reports/" + report.getJsonNumber("id") + "/file").body());
        }
    }

    private long start(Map<String, String> parameters) {
        ApiClient.Answer started = admin.post("jobs/nightly/start", ApiClient.jsonOf(parameters));
        assertEquals(201, started.status(), started.text());
        return started.object().getJsonNumber("id").longValue();
    }

    private JsonObject run(Map<String, String> parameters) {
        return admin.awaitExecution(start(parameters), "COMPLETED", "FAILED", "STOPPED");
    }

    private static JsonObject step(JsonObject detail, String name) {
        return detail.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                .filter(step -> step.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + name + " in " + detail));
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString::getString).stream().collect(Collectors.toList());
    }
}
