package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edgarbatch.ingest.FailingFilingDocumentItemWriter;
import org.edgarbatch.testsupport.ApiClient;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.FilingsDirectory;
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
 * Every endpoint of the admin API over HTTP, as the console and scripts call it: what each answers, and each
 * refusal (400, 401, 403, 404, 409, 410) as JSON with a reason and without internals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ApiEndpointsIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String INSIDER_TRANSACTIONS = "insider-transactions-2022-02-04.xlsx";
    private static final String PREFERRED_UNIT_RANKS = "preferred-unit-ranks-2022-02-04.xlsx";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class);
    }

    @ArquillianResource
    URL deployment;

    private final String samples = System.getProperty("edgar.samples.dir");
    private ApiClient admin;
    private FilingsDirectory reports;

    @BeforeEach
    void signIn() throws IOException {
        admin = ApiClient.as(TestUsers.ADMIN, deployment);
        reports = FilingsDirectory.create("api-reports");
    }

    @AfterEach
    void deleteReports() throws IOException {
        reports.delete();
    }

    @Test
    void listsThePackagedJobsWithTheirDescriptionAndParameters() {
        // when
        ApiClient.Answer answer = admin.get("jobs");

        // then
        assertEquals(200, answer.status(), answer.text());
        JsonArray jobs = answer.json().asJsonArray();
        assertEquals(List.of("filings-ingest", "filings-report", "nightly"),
                jobs.stream().map(job -> job.asJsonObject().getString("name")).toList());
        JsonObject nightly = jobs.getJsonObject(2);
        assertTrue(nightly.getString("description").startsWith("What the schedule starts every night"),
                nightly.getString("description"));
        assertFalse(nightly.getString("description").contains("Job parameters"), nightly.getString("description"));
        assertEquals(List.of("chunkSize", "filingsDir", "maxDocumentBytes", "rescan", "from", "to", "issuer", "reportsDir"),
                nightly.getJsonArray("parameters").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(nightly.containsKey("nextRun"), "nextRun is in the answer, null while nothing schedules it");
        assertTrue(nightly.containsKey("latestExecution"));
    }

    @Test
    void runsNightlyAndShowsItsExecutionStepsAndWorkbooks() throws Exception {
        // when
        ApiClient.Answer started = admin.post("jobs/nightly/start",
                ApiClient.jsonOf(Map.of("filingsDir", samples, "reportsDir", reports.root().toString(), "rescan", "true")));

        // then
        assertEquals(201, started.status(), started.text());
        long id = started.object().getJsonNumber("id").longValue();
        assertTrue(started.header("Location").endsWith("/edgar-batch/api/executions/" + id), started.header("Location"));
        assertEquals("nightly", started.object().getString("job"));
        JsonObject detail = admin.awaitExecution(id, "COMPLETED", "FAILED", "STOPPED", "ABANDONED");
        JsonObject execution = detail.getJsonObject("execution");
        assertEquals("COMPLETED", execution.getString("status"), detail.toString());
        assertTrue(execution.getString("exitStatus").startsWith("seen 3"), execution.getString("exitStatus"));
        assertFalse(execution.getBoolean("serverStopped"));
        assertEquals(List.of(), execution.getJsonArray("actions"), "nothing to do to a COMPLETED execution");
        assertNotNull(execution.getString("endTime"));
        assertEquals(Map.of("filingsDir", samples, "reportsDir", reports.root().toString(), "rescan", "true"),
                Map.copyOf(detail.getJsonObject("parameters").entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((jakarta.json.JsonString) e.getValue()).getString()))),
                "the job's parameters without JBeret's own");
        assertEquals(1, detail.getJsonArray("instanceExecutions").size());
        JsonArray steps = detail.getJsonArray("steps");
        assertEquals(List.of("ingest-documents", "link-amendments", "rank-unit-classes", "write-insider-transactions",
                "write-preferred-unit-ranks"), steps.stream().map(s -> s.asJsonObject().getString("name")).toList());
        JsonObject ingest = steps.getJsonObject(0);
        assertEquals("COMPLETED", ingest.getString("status"));
        assertTrue(ApiClient.isNull(ingest.get("failure")));
        assertTrue(ApiClient.isNull(ingest.get("progress")), "no progress once the step ended");
        JsonObject metrics = ingest.getJsonObject("metrics");
        assertEquals(3, metrics.getInt("read"));
        assertEquals(3, metrics.getInt("write"));
        assertEquals(0, metrics.getInt("rollback"));
        assertEquals(8, metrics.size(), metrics.toString());
        assertEquals(metrics, ingest.getJsonObject("instanceMetrics"), "one execution: the instance's are its own");

        // the list and its filters
        JsonObject page = admin.get("executions?job=nightly&limit=1").object();
        assertEquals(0, page.getInt("offset"));
        assertEquals(1, page.getInt("limit"));
        assertTrue(page.getJsonNumber("total").longValue() >= 1, page.toString());
        assertEquals(id, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue(), "newest first");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertTrue(ids(admin.get("executions?status=COMPLETED&from=" + today + "&to=" + today + "&limit=500")).contains(id));
        assertFalse(ids(admin.get("executions?status=FAILED&limit=500")).contains(id));
        assertFalse(ids(admin.get("executions?to=" + yesterday)).contains(id));
        assertFalse(ids(admin.get("executions?job=filings-report&limit=500")).contains(id));
        JsonObject jobs = admin.get("jobs").json().asJsonArray().getJsonObject(2);
        assertEquals(id, jobs.getJsonObject("latestExecution").getJsonNumber("id").longValue());

        // the workbooks: listed, downloaded by id and by name, by an administrator and a report reader
        JsonObject insider = report(admin.get("reports?kind=INSIDER_TRANSACTIONS&limit=500"), INSIDER_TRANSACTIONS, id);
        assertEquals("INSIDER_TRANSACTIONS", insider.getString("kind"));
        assertEquals("2022-02-04", insider.getString("periodFrom"));
        assertEquals(2, insider.getInt("rows"));
        Path file = reports.root().resolve(INSIDER_TRANSACTIONS);
        assertEquals(Files.size(file), insider.getJsonNumber("sizeBytes").longValue());
        long reportId = insider.getJsonNumber("id").longValue();
        assertEquals("/edgar-batch/api/reports/" + reportId + "/file", insider.getString("download"));
        for (ApiClient client : List.of(admin, ApiClient.as(TestUsers.READER, deployment))) {
            for (String name : List.of(Long.toString(reportId), INSIDER_TRANSACTIONS)) {
                ApiClient.Answer download = client.get("reports/" + name + "/file");
                assertEquals(200, download.status(), download.text());
                assertEquals(XLSX, download.header("Content-Type"));
                assertEquals("attachment; filename=\"" + INSIDER_TRANSACTIONS + "\"", download.header("Content-Disposition"));
                assertEquals(Long.toString(Files.size(file)), download.header("Content-Length"));
                assertArrayEquals(Files.readAllBytes(file), download.body());
            }
        }
        assertFalse(reportIds(admin.get("reports?kind=PREFERRED_UNIT_RANKS&limit=500")).contains(reportId));

        // refusals of what a COMPLETED execution does not allow
        assertRefused(409, admin.post("executions/" + id + "/restart"),
                "execution " + id + " is COMPLETED: only a FAILED or STOPPED execution can be restarted");
        assertRefused(409, admin.post("executions/" + id + "/abandon"),
                "execution " + id + " is COMPLETED: only a FAILED or STOPPED execution can be abandoned");
        assertRefused(409, admin.post("executions/" + id + "/stop"),
                "execution " + id + " is COMPLETED: only a running execution can be stopped");

        // a registered workbook deleted from disk
        JsonObject ranks = report(admin.get("reports?kind=PREFERRED_UNIT_RANKS&limit=500"), PREFERRED_UNIT_RANKS, id);
        Files.delete(reports.root().resolve(PREFERRED_UNIT_RANKS));
        assertRefused(410, admin.get("reports/" + ranks.getJsonNumber("id") + "/file"), "gone from disk");
    }

    @Test
    void listsTheRejectedDocumentsFilteredByExecutionPathAndReason() throws Exception {
        // given: a truncated Form 4
        FilingsDirectory filings = FilingsDirectory.create("api-rejections");
        try {
            byte[] form4 = Files.readAllBytes(Path.of(samples, "004_238d5272ba61ffbb.txt"));
            filings.write("broken/Truncated-Form4.xml", java.util.Arrays.copyOf(form4, form4.length / 2));
            ApiClient.Answer started = admin.post("jobs/filings-ingest/start",
                    ApiClient.jsonOf(Map.of("filingsDir", filings.root().toString())));
            assertEquals(201, started.status(), started.text());
            long id = started.object().getJsonNumber("id").longValue();
            assertEquals("COMPLETED", admin.awaitExecution(id, "COMPLETED", "FAILED").getJsonObject("execution")
                    .getString("status"));

            // when
            ApiClient.Answer byExecution = admin.get("rejections?execution=" + id);
            ApiClient.Answer byPathAndReason = admin.get("rejections?path=TRUNCATED-form4&reason=OWNERSHIP%20xml&from="
                    + LocalDate.now(ZoneOffset.UTC) + "&limit=500");
            ApiClient.Answer otherPath = admin.get("rejections?execution=" + id + "&path=no-such-part");

            // then
            assertEquals(200, byExecution.status(), byExecution.text());
            assertEquals(1, byExecution.object().getInt("total"), byExecution.text());
            JsonObject rejection = byExecution.object().getJsonArray("items").getJsonObject(0);
            assertEquals(filings.path("broken/Truncated-Form4.xml"), rejection.getString("path"));
            assertTrue(rejection.getString("reason").startsWith("ownership XML"), rejection.getString("reason"));
            assertEquals(id, rejection.getJsonNumber("executionId").longValue());
            assertNotNull(rejection.getString("rejectedAt"));
            assertTrue(rejection.containsKey("filingDate"));
            assertTrue(byPathAndReason.object().getJsonArray("items").stream()
                    .anyMatch(item -> item.asJsonObject().getJsonNumber("executionId").longValue() == id), byPathAndReason.text());
            assertEquals(0, otherPath.object().getInt("total"));
        } finally {
            filings.delete();
        }
    }

    @Test
    void refusesWhatARunningExecutionDoesNotAllowAndStopsIt() throws Exception {
        // given: an ingest held open by the test switch until the hold file is deleted
        Path hold = Files.createTempFile("api-hold", ".lock");
        ApiClient.Answer started = admin.post("jobs/filings-ingest/start", ApiClient.jsonOf(Map.of(
                "filingsDir", samples, "rescan", "true", "chunkSize", "1", "holdWhileFileExists", hold.toString())));
        assertEquals(201, started.status(), started.text());
        long id = started.object().getJsonNumber("id").longValue();
        try {
            JsonObject running = awaitIngestProgress(id);
            JsonObject progress = running.getJsonArray("steps").getJsonObject(0).getJsonObject("progress");
            assertEquals(3, progress.getInt("total"), running.toString());
            assertTrue(progress.getInt("done") >= 1 && progress.getInt("done") <= 3, progress.toString());
            assertEquals(List.of("stop"), running.getJsonObject("execution").getJsonArray("actions")
                    .getValuesAs(jakarta.json.JsonString::getString));

            // when, then
            assertRefused(409, admin.post("jobs/filings-ingest/start"), "filings-ingest is already running (execution " + id + ")");
            assertRefused(409, admin.post("executions/" + id + "/restart"), "only a FAILED or STOPPED execution can be restarted");
            assertRefused(409, admin.post("executions/" + id + "/abandon"), "only a FAILED or STOPPED execution can be abandoned");
            ApiClient.Answer stop = admin.post("executions/" + id + "/stop");
            assertEquals(200, stop.status(), stop.text());
            assertTrue(List.of("STOPPING", "STOPPED").contains(stop.object().getString("status")), stop.text());
            Files.delete(hold);
            JsonObject stopped = admin.awaitExecution(id, "STOPPED", "COMPLETED", "FAILED").getJsonObject("execution");
            assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
            assertEquals(List.of("restart", "abandon"), stopped.getJsonArray("actions")
                    .getValuesAs(jakarta.json.JsonString::getString));
            assertRefused(409, admin.post("executions/" + id + "/stop"), "only a running execution can be stopped");
            ApiClient.Answer abandoned = admin.post("executions/" + id + "/abandon");
            assertEquals(200, abandoned.status(), abandoned.text());
            assertEquals("ABANDONED", abandoned.object().getString("status"));
            assertRefused(409, admin.post("executions/" + id + "/restart"),
                    "execution " + id + " is ABANDONED: only a FAILED or STOPPED execution can be restarted");
        } finally {
            // Whatever failed above, the next test finds no run under way.
            Files.deleteIfExists(hold);
            admin.awaitExecution(id, "COMPLETED", "FAILED", "STOPPED", "ABANDONED");
        }
    }

    @Test
    void challengesAnonymousCallersAndForbidsWhatARoleDoesNotAllow() {
        // given
        ApiClient reader = ApiClient.as(TestUsers.READER, deployment);
        ApiClient noRole = ApiClient.as(TestUsers.NO_ROLE, deployment);

        // when, then
        for (String path : List.of("jobs", "executions", "executions/1", "rejections", "reports", "reports/1/file")) {
            ApiClient.Answer anonymous = ApiClient.anonymous(deployment).get(path);
            assertEquals(401, anonymous.status(), path + ": " + anonymous.text());
            assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"), path);
            assertEquals(401, anonymous.object().getInt("status"));
        }
        for (String path : List.of("jobs/nightly/start", "executions/1/restart", "executions/1/stop", "executions/1/abandon")) {
            assertRefused(403, reader.post(path), "");
            assertRefused(403, noRole.post(path), "");
        }
        for (String path : List.of("jobs", "executions", "executions/1", "rejections")) {
            assertRefused(403, reader.get(path), "");
        }
        for (String path : List.of("reports", "reports/1/file")) {
            assertRefused(403, noRole.get(path), "");
        }
        assertEquals(200, reader.get("reports").status());
    }

    @Test
    void answersNotFoundForWhatDoesNotExistAndNeverReadsAPathTheClientSent() {
        // when, then
        assertRefused(404, admin.post("jobs/no-such-job/start"), "no job no-such-job");
        assertRefused(404, admin.get("executions/999999999"), "no execution 999999999");
        assertRefused(404, admin.get("executions/not-a-number"), "no execution not-a-number");
        for (String action : List.of("stop", "restart", "abandon")) {
            assertRefused(404, admin.post("executions/999999999/" + action), "no execution 999999999");
        }
        assertRefused(404, admin.get("reports/999999999/file"), "no registered report 999999999");
        for (String name : List.of("..%2F..%2Fetc%2Fpasswd", "..%2F..%2F..%2F..%2F..%2Fpom.xml", "pom.xml",
                "%2Fetc%2Fpasswd")) {
            ApiClient.Answer answer = admin.getUnresolved("reports/" + name + "/file");
            assertEquals(404, answer.status(), name + ": " + answer.text());
            assertEquals(404, answer.object().getInt("status"));
            assertFalse(answer.text().contains("root:"), answer.text());
        }
        ApiClient.Answer dotDot = admin.getUnresolved("reports/../../../pom.xml/file");
        assertEquals(404, dotDot.status(), dotDot.text());
        assertFalse(dotDot.text().contains("<project"), dotDot.text());
    }

    @Test
    void answersBadRequestsWithTheFaultNamed() {
        // when, then
        assertRefused(400, admin.get("executions?status=RUNNING"), "status must be one of");
        assertRefused(400, admin.get("executions?from=2026-13-01"), "from must be a date YYYY-MM-DD");
        assertRefused(400, admin.get("executions?to=yesterday"), "to must be a date YYYY-MM-DD");
        assertRefused(400, admin.get("executions?limit=501"), "limit must be between 1 and 500");
        assertRefused(400, admin.get("executions?offset=-1"), "offset must be 0 or more");
        assertRefused(400, admin.get("executions?limit=ten"), "limit must be a whole number");
        assertRefused(400, admin.get("rejections?execution=abc"), "execution must be an execution id");
        assertRefused(400, admin.get("rejections?from=1.1.2026"), "from must be a date");
        assertRefused(400, admin.get("reports?kind=BALANCE_SHEET"), "kind must be one of");
        assertRefused(400, admin.post("jobs/nightly/start", "[\"filingsDir\"]"), "must be a JSON object of job parameters, not a JSON array");
        assertRefused(400, admin.post("jobs/nightly/start", "{\"chunkSize\": 10}"), "job parameter 'chunkSize' must be a string");
        assertRefused(400, admin.post("jobs/nightly/start", "{filingsDir"), "it is not valid JSON");
    }

    @Test
    void describesTheApiInOpenApi() throws Exception {
        // when
        java.net.http.HttpResponse<String> openApi = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(deployment.toURI().resolve("/openapi?format=JSON")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        // then
        assertEquals(200, openApi.statusCode(), openApi.body());
        JsonObject description = jakarta.json.Json.createReader(new java.io.StringReader(openApi.body())).readObject();
        assertEquals("edgar-batch admin API", description.getJsonObject("info").getString("title"));
        assertEquals("basic", description.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("basic").getString("scheme"));
        List<String> paths = List.copyOf(description.getJsonObject("paths").keySet());
        for (String path : List.of("/api/jobs", "/api/jobs/{name}/start", "/api/executions", "/api/executions/{id}",
                "/api/executions/{id}/stop", "/api/executions/{id}/restart", "/api/executions/{id}/abandon",
                "/api/rejections", "/api/reports", "/api/reports/{report}/file", "/api/me")) {
            assertTrue(paths.stream().anyMatch(p -> p.endsWith(path)), path + " in " + paths);
        }
    }

    private JsonObject awaitIngestProgress(long id) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        while (true) {
            JsonObject detail = admin.get("executions/" + id).object();
            Optional<JsonObject> ingest = detail.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                    .filter(step -> step.getString("name").equals("ingest-documents")).findFirst();
            if (ingest.isPresent() && !ApiClient.isNull(ingest.get().get("progress"))
                    && ingest.get().getJsonObject("progress").getInt("done") > 0) {
                return detail;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no progress of the ingest step: " + detail);
            }
            Thread.sleep(200);
        }
    }

    private static void assertRefused(int status, ApiClient.Answer answer, String messagePart) {
        assertEquals(status, answer.status(), answer.text());
        JsonObject error = answer.object();
        assertEquals(status, error.getInt("status"), answer.text());
        assertTrue(error.getString("message").contains(messagePart), answer.text());
        assertFalse(answer.text().contains("Exception") || answer.text().contains("\tat ")
                || answer.text().contains(".java:"), "no internals: " + answer.text());
    }

    private static List<Long> ids(ApiClient.Answer page) {
        assertEquals(200, page.status(), page.text());
        return page.object().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> reportIds(ApiClient.Answer page) {
        return ids(page);
    }

    private static JsonObject report(ApiClient.Answer page, String fileName, long executionId) {
        assertEquals(200, page.status(), page.text());
        return page.object().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("fileName").equals(fileName)
                        && item.getJsonNumber("executionId").longValue() == executionId)
                .findFirst().orElseThrow(() -> new AssertionError("no " + fileName + " of execution " + executionId
                        + " in " + page.text()));
    }

}
