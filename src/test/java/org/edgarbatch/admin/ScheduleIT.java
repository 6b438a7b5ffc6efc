package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.edgarbatch.ingest.FailingFilingDocumentItemWriter;
import org.edgarbatch.testsupport.ApiClient;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.ExecutionProbeResource;
import org.edgarbatch.testsupport.FilingsDirectory;
import org.edgarbatch.testsupport.TestFilings;
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
 * The schedule on the real server: its persistent timer starts nightly with the schedule's parameters and the
 * run date, skips (and records it) while nightly still runs, stops firing when disabled; run now, bad settings
 * and who may touch it. The test server starts with the schedule disabled; each test enables what it needs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ScheduleIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class, ExecutionProbeResource.class);
    }

    @ArquillianResource
    URL deployment;

    private ApiClient admin;
    private FilingsDirectory filings;
    private FilingsDirectory reports;
    private Path hold;

    @BeforeEach
    void oneFilingAndAHoldFile() throws IOException {
        admin = ApiClient.as(TestUsers.ADMIN, deployment);
        filings = FilingsDirectory.create("schedule-filings");
        filings.write("form5.xml", TestFilings.bytes(TestFilings.FORM_5));
        reports = FilingsDirectory.create("schedule-reports");
        hold = Files.createTempFile("schedule-hold", ".flag");
    }

    @AfterEach
    void backToTheConfiguredScheduleAndReleaseAnyRun() throws IOException {
        ApiClient.Answer reset = admin.put("schedule", "{\"enabled\": null, \"expression\": null, \"parameters\": {}}");
        assertEquals(200, reset.status(), reset.text());
        Files.deleteIfExists(hold);
        awaitNoRunningNightly();
        filings.delete();
        reports.delete();
    }

    @Test
    void firesNightlyOnceWithItsParametersAndRunDateSkipsWhileItRunsAndStopsWhenDisabled() throws IOException {
        // given
        Instant enabledAt = Instant.now();
        JsonObject enabled = put("{\"enabled\": true, \"expression\": \"*/2 * * * * *\", \"parameters\": "
                + ApiClient.jsonOf(Map.of("filingsDir", filings.root().toString(), "reportsDir", reports.root().toString(),
                "holdWhileFileExists", hold.toString())) + "}");
        assertTrue(enabled.getBoolean("enabled"), enabled.toString());
        assertEquals("*/2 * * * * *", enabled.getString("expression"));
        assertFalse(ApiClient.isNull(enabled.get("nextRun")), enabled.toString());

        // when: the timer fires, starts nightly, and fires again while that run is held open
        JsonObject started = awaitFire(enabledAt, fire -> fire.getString("outcome").equals("STARTED"));
        long execution = started.getJsonNumber("executionId").longValue();
        List<JsonObject> skipped = awaitFires(enabledAt, 2, fire -> fire.getString("outcome").equals("SKIPPED"));
        ApiClient.Answer runNow = admin.post("schedule/run");

        // then
        assertEquals("TIMER", started.getString("trigger"));
        for (JsonObject fire : skipped) {
            assertEquals("TIMER", fire.getString("trigger"));
            assertTrue(ApiClient.isNull(fire.get("executionId")), fire.toString());
            assertTrue(fire.getString("reason").contains("execution " + execution), fire.toString());
        }
        assertEquals(1, firesSince(enabledAt).stream().filter(fire -> fire.getString("outcome").equals("STARTED")).count(),
                "one run started: " + firesSince(enabledAt));
        assertEquals(409, runNow.status(), runNow.text());
        assertTrue(runNow.object().getString("message").contains("execution " + execution), runNow.text());

        JsonObject probe = probe(execution);
        assertEquals("nightly", probe.getString("job"));
        JsonObject parameters = probe.getJsonObject("parameters");
        ZoneId zone = ZoneId.of(enabled.getString("timeZone"));
        assertEquals(LocalDate.ofInstant(Instant.parse(started.getString("firedAt")), zone).toString(),
                parameters.getString("runDate"));
        assertEquals(filings.root().toString(), parameters.getString("filingsDir"));
        assertEquals(reports.root().toString(), parameters.getString("reportsDir"));
        assertEquals(hold.toString(), parameters.getString("holdWhileFileExists"));

        // when: disabled, then the run released and finished
        JsonObject disabled = put("{\"enabled\": false}");
        Instant disabledAt = Instant.now();
        Files.delete(hold);
        JsonObject finished = awaitEnd(execution);
        // A timer still armed would fire every 2 seconds: watch well past that.
        awaitTrue(() -> Instant.now().isAfter(disabledAt.plusSeconds(6)), "time to pass");

        // then
        assertFalse(disabled.getBoolean("enabled"));
        assertTrue(ApiClient.isNull(disabled.get("nextRun")), disabled.toString());
        assertEquals("COMPLETED", finished.getString("status"), finished.toString());
        JsonObject after = schedule();
        assertEquals(List.of(), firesSince(disabledAt), "no fire after disabling: " + after);
        assertTrue(ApiClient.isNull(after.get("nextRun")), after.toString());
    }

    @Test
    void runsNowWithTheScheduleParametersAndTodaysRunDateAndRecordsTheFire() throws IOException {
        // given
        Instant before = Instant.now();
        put("{\"parameters\": " + ApiClient.jsonOf(Map.of("filingsDir", filings.root().toString(),
                "reportsDir", reports.root().toString())) + "}");

        // when
        ApiClient.Answer run = admin.post("schedule/run");

        // then
        assertEquals(201, run.status(), run.text());
        long execution = run.object().getJsonNumber("id").longValue();
        assertEquals("nightly", run.object().getString("job"));
        assertTrue(Set.of("STARTING", "STARTED", "COMPLETED").contains(run.object().getString("status")), run.text());
        assertTrue(run.header("Location").endsWith("/edgar-batch/api/executions/" + execution), run.header("Location"));
        JsonObject finished = awaitEnd(execution);
        assertEquals("COMPLETED", finished.getString("status"), finished.toString());
        JsonObject parameters = finished.getJsonObject("parameters");
        assertEquals(filings.root().toString(), parameters.getString("filingsDir"));
        JsonObject schedule = schedule();
        JsonObject lastFire = schedule.getJsonObject("lastFire");
        assertEquals("RUN_NOW", lastFire.getString("trigger"));
        assertEquals("STARTED", lastFire.getString("outcome"));
        assertEquals(execution, lastFire.getJsonNumber("executionId").longValue());
        assertFalse(Instant.parse(lastFire.getString("firedAt")).isBefore(before.minusSeconds(1)), lastFire.toString());
        assertEquals(LocalDate.ofInstant(Instant.parse(lastFire.getString("firedAt")),
                ZoneId.of(schedule.getString("timeZone"))).toString(), parameters.getString("runDate"));
        assertEquals(lastFire, schedule.getJsonArray("recentFires").getJsonObject(0));
    }

    @Test
    void showsTheConfiguredScheduleWhenNothingIsSet() {
        // when
        JsonObject schedule = schedule();

        // then: the test server's configuration, edgar.schedule.enabled=false and the default expression
        assertEquals("nightly", schedule.getString("job"));
        assertFalse(schedule.getBoolean("enabled"));
        assertEquals("0 2 * * *", schedule.getString("expression"));
        assertTrue(ApiClient.isNull(schedule.get("nextRun")), schedule.toString());
        assertTrue(schedule.getJsonObject("parameters").isEmpty(), schedule.toString());
        assertNotNull(ZoneId.of(schedule.getString("timeZone")));
    }

    @Test
    void showsTheNextRunOfNightlyInTheJobListAndNoneForOtherJobs() {
        // given: enabled at a time of day that will not come during the test
        JsonObject schedule = put("{\"enabled\": true, \"expression\": \"0 2 1 1 *\"}");

        // when
        Map<String, JsonObject> jobs = admin.get("jobs").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(job -> job.getString("name"), job -> job));

        // then
        assertFalse(ApiClient.isNull(schedule.get("nextRun")), schedule.toString());
        assertEquals(schedule.getString("nextRun"), jobs.get("nightly").getString("nextRun"));
        assertTrue(ApiClient.isNull(jobs.get("filings-ingest").get("nextRun")), jobs.get("filings-ingest").toString());
    }

    @Test
    void refusesABadExpressionNamingTheFaultEvenWhileDisabled() {
        // when
        ApiClient.Answer outOfRange = admin.put("schedule", "{\"expression\": \"61 2 * * *\"}");
        ApiClient.Answer tooFew = admin.put("schedule", "{\"enabled\": true, \"expression\": \"0 2 *\"}");

        // then
        assertEquals(400, outOfRange.status(), outOfRange.text());
        assertEquals("expression \"61 2 * * *\": minute: 61 is out of range 0-59", outOfRange.object().getString("message"));
        assertEquals(400, tooFew.status(), tooFew.text());
        assertTrue(tooFew.object().getString("message").contains("has 3 fields"), tooFew.text());
        JsonObject unchanged = schedule();
        assertFalse(unchanged.getBoolean("enabled"), "a refused change changes nothing");
        assertEquals("0 2 * * *", unchanged.getString("expression"));
    }

    @Test
    void refusesARunDateParameterAndMalformedSettings() {
        // when
        ApiClient.Answer runDate = admin.put("schedule", "{\"parameters\": {\"runDate\": \"2026-01-01\"}}");
        ApiClient.Answer notAString = admin.put("schedule", "{\"parameters\": {\"chunkSize\": 10}}");
        ApiClient.Answer unknownField = admin.put("schedule", "{\"enable\": true}");
        ApiClient.Answer notJson = admin.put("schedule", "{enabled");

        // then
        assertEquals(400, runDate.status(), runDate.text());
        assertTrue(runDate.object().getString("message").contains("runDate is set by each fire"), runDate.text());
        assertEquals(400, notAString.status(), notAString.text());
        assertEquals("parameters: the value of chunkSize must be a string", notAString.object().getString("message"));
        assertEquals(400, unknownField.status(), unknownField.text());
        assertTrue(unknownField.object().getString("message").contains("\"enable\""), unknownField.text());
        assertEquals(400, notJson.status(), notJson.text());
        assertTrue(schedule().getJsonObject("parameters").isEmpty(), "a refused change changes nothing");
    }

    @Test
    void keepsTheScheduleFromAnonymousCallersAndReportReaders() {
        // given
        ApiClient anonymous = ApiClient.anonymous(deployment);
        ApiClient reader = ApiClient.as(TestUsers.READER, deployment);

        // when
        List<ApiClient.Answer> anonymousAnswers = List.of(anonymous.get("schedule"),
                anonymous.put("schedule", "{\"enabled\": true}"), anonymous.post("schedule/run"));
        List<ApiClient.Answer> readerAnswers = List.of(reader.get("schedule"),
                reader.put("schedule", "{\"enabled\": true}"), reader.post("schedule/run"));

        // then
        anonymousAnswers.forEach(answer -> assertEquals(401, answer.status(), answer.text()));
        readerAnswers.forEach(answer -> assertEquals(403, answer.status(), answer.text()));
        assertFalse(schedule().getBoolean("enabled"), "nothing changed");
    }

    private JsonObject schedule() {
        ApiClient.Answer answer = admin.get("schedule");
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    private JsonObject put(String body) {
        ApiClient.Answer answer = admin.put("schedule", body);
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    private JsonObject probe(long execution) {
        ApiClient.Answer answer = admin.get("test-probe/executions/" + execution);
        assertEquals(200, answer.status(), answer.text());
        return answer.object();
    }

    /** @return The fires recorded since the instant, oldest first. */
    private List<JsonObject> firesSince(Instant since) {
        return schedule().getJsonArray("recentFires").getValuesAs(JsonObject.class).stream()
                .filter(fire -> !Instant.parse(fire.getString("firedAt")).isBefore(since))
                .sorted(Comparator.comparing(fire -> Instant.parse(fire.getString("firedAt"))))
                .toList();
    }

    private JsonObject awaitFire(Instant since, Predicate<JsonObject> kind) {
        return awaitFires(since, 1, kind).get(0);
    }

    private List<JsonObject> awaitFires(Instant since, int count, Predicate<JsonObject> kind) {
        awaitTrue(() -> firesSince(since).stream().filter(kind).count() >= count, count + " such fires");
        return firesSince(since).stream().filter(kind).limit(count).toList();
    }

    /** @return The probe of the execution once it has finished, in memory and in the job repository. */
    private JsonObject awaitEnd(long execution) {
        awaitTrue(() -> {
            JsonObject probe = probe(execution);
            return FINISHED.contains(probe.getString("status"))
                    && probe.getString("status").equals(probe.getString("statusInJobRepository", null));
        }, "execution " + execution + " to finish");
        return probe(execution);
    }

    private void awaitNoRunningNightly() {
        for (JsonObject fire : schedule().getJsonArray("recentFires").getValuesAs(JsonObject.class)) {
            if (fire.getString("outcome").equals("STARTED")) {
                awaitEnd(fire.getJsonNumber("executionId").longValue());
            }
        }
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + TIMEOUT + " for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
