package org.edgarbatch.reports;

import static org.edgarbatch.testsupport.JobRuns.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.edgarbatch.testsupport.ApiClient;
import org.edgarbatch.testsupport.EdgarBatchDeployment;
import org.edgarbatch.testsupport.OwnershipCorpus;
import org.edgarbatch.testsupport.TestDatabase;
import org.edgarbatch.testsupport.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.api.ServerSetup;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A large registered workbook (over 20 MB) downloaded again and again by 20 report readers for a minute while
 * {@code nightly} runs over a generated corpus: every response is the registered file, byte for byte, none fails,
 * and the night's result is the one the same night gives without load.
 *
 * <p>The first test runs on the server: it writes the large workbook (a test-only job through the application's
 * own workbook, file writer and registry) and the night without load, and leaves that night's exit status in
 * the server's base directory. The second runs as the clients and the operator, over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@ServerSetup(TestUsers.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportDownloadLoadIT {

    private static final int CLIENTS = 20;
    private static final Duration LOAD = Duration.ofMinutes(1);
    private static final long WORKBOOK_ROWS = 200_000;
    private static final long MIN_WORKBOOK_BYTES = 20L << 20;
    private static final int CORPUS_DOCUMENTS = 1_000;
    private static final long CORPUS_SEED = 7_000_001L;

    @Deployment
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(WriteLargeInsiderWorkbookBatchlet.class, GeneratedTransactions.class,
                        OwnershipCorpus.class, ApiClient.class)
                .addAsResource("load/large-insider-workbook.xml", "META-INF/batch-jobs/large-insider-workbook.xml");
    }

    @Inject
    TestDatabase database;

    @ArquillianResource
    URL url;

    /** Shared by the server and the client side of the test: the server's base directory (same machine). */
    private static Path work(String baseDirProperty) {
        return Path.of(System.getProperty(baseDirProperty)).resolve("load-test");
    }

    @Test
    @Order(1)
    void writesTheLargeWorkbookAndANightWithoutLoad() throws Exception {
        // given
        Path work = work("jboss.server.base.dir");
        Path corpus = work.resolve("corpus");
        OwnershipCorpus.Summary summary = OwnershipCorpus.writeOrReuse(corpus, CORPUS_DOCUMENTS, CORPUS_SEED, false);
        database.deleteDocuments();

        // when
        JobExecution large = run("large-insider-workbook", "rows", Long.toString(WORKBOOK_ROWS),
                "reportsDir", work.resolve("large").toString());
        JobExecution night = run("nightly", "filingsDir", corpus.toString(), "reportsDir", work.resolve("reports").toString());

        // then
        assertEquals(BatchStatus.COMPLETED, large.getBatchStatus(), large.getExitStatus());
        assertEquals(BatchStatus.COMPLETED, night.getBatchStatus(), night.getExitStatus());
        long documents = summary.sourceDocuments();
        assertTrue(night.getExitStatus().startsWith("seen " + documents + ": stored " + documents), night.getExitStatus());
        Files.writeString(work.resolve("night-without-load.txt"), night.getExitStatus());
        // The loaded night starts from the same database.
        database.deleteDocuments();
    }

    @Test
    @Order(2)
    @RunAsClient
    void twentyReadersDownloadTheLargeWorkbookWhileNightlyRunsAndEveryResponseIsTheRegisteredFile() throws Exception {
        // given
        Path work = work("it.server.dir");
        ApiClient reader = ApiClient.as(TestUsers.READER, url);
        ApiClient admin = ApiClient.as(TestUsers.ADMIN, url);
        JsonObject large = reader.get("reports?kind=INSIDER_TRANSACTIONS&limit=500").object().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("fileName").equals("insider-transactions-2031-01-01-to-2031-12-31.xlsx"))
                .findFirst().orElseThrow(() -> new AssertionError("the large workbook is not registered"));
        long size = large.getJsonNumber("sizeBytes").longValue();
        String sha256 = large.getString("sha256");
        assertTrue(size > MIN_WORKBOOK_BYTES, "the workbook has " + size + " bytes");
        assertEquals(sha256, sha256(Files.newInputStream(work.resolve("large").resolve(large.getString("fileName")))),
                "the registered SHA-256 is the file's");
        String expectedNight = Files.readString(work.resolve("night-without-load.txt"));

        // when
        ApiClient.Answer started = admin.post("jobs/nightly/start", ApiClient.jsonOf(Map.of(
                "filingsDir", work.resolve("corpus").toString(), "reportsDir", work.resolve("reports").toString())));
        assertEquals(201, started.status(), started.text());
        long night = started.object().getJsonNumber("id").longValue();
        long loadStart = System.nanoTime();
        CompletableFuture<JsonObject> nightEnd = CompletableFuture.supplyAsync(() -> awaitEnd(admin, night));
        CompletableFuture<Long> nightRunning = nightEnd.thenApply(d -> (System.nanoTime() - loadStart) / 1_000_000);
        Load load = download(reader.uri("reports/" + large.getJsonNumber("id").longValue() + "/file"),
                reader.authorization(), size, sha256, nightEnd);
        JsonObject nightDone = nightEnd.get(5, TimeUnit.MINUTES);
        load.nightlyRunningMillis = nightRunning.get();

        // then
        System.out.printf("ReportDownloadLoadIT: %d clients for at least %s downloading %s (%,d bytes) while nightly %d ran%n",
                CLIENTS, LOAD, large.getString("fileName"), size, night);
        System.out.printf("  requests served %d, failures %d, bytes %,d, slowest response %d ms, nightly running for the"
                        + " first %d ms of the load%n", load.served, load.failures.size(), load.bytes, load.slowestMillis,
                load.nightlyRunningMillis);
        load.failures.stream().limit(10).forEach(f -> System.out.println("  failure: " + f));
        assertTrue(load.failures.isEmpty(), load.failures.size() + " failures, the first: " + load.failures.peek());
        assertTrue(load.served >= CLIENTS, "requests served: " + load.served);
        JsonObject execution = nightDone.getJsonObject("execution");
        assertEquals("COMPLETED", execution.getString("status"), execution.toString());
        assertEquals(expectedNight, execution.getString("exitStatus"), "the night under load against the night without it");
    }

    /** What the clients saw. */
    private static final class Load {
        long served;
        long bytes;
        long slowestMillis;
        long nightlyRunningMillis;
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    }

    /** Downloads for a minute, and on until the night has ended if it runs longer: the whole night is under load. */
    private Load download(java.net.URI file, String authorization, long size, String sha256, CompletableFuture<?> night)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        AtomicLong served = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        Load load = new Load();
        long end = System.nanoTime() + LOAD.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end || !night.isDone()) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(file)
                                    .header("Authorization", authorization).timeout(Duration.ofMinutes(5)).GET().build(),
                                    HttpResponse.BodyHandlers.ofInputStream());
                            CountingDigest read = CountingDigest.of(response.body());
                            long millis = (System.nanoTime() - start) / 1_000_000;
                            slowest.accumulateAndGet(millis, Math::max);
                            if (response.statusCode() != 200 || read.bytes != size || !read.sha256.equals(sha256)) {
                                load.failures.add("status " + response.statusCode() + ", " + read.bytes + " bytes, SHA-256 "
                                        + read.sha256);
                            } else {
                                served.incrementAndGet();
                                bytes.addAndGet(read.bytes);
                            }
                        } catch (Exception e) {
                            load.failures.add(e.toString());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        load.served = served.get();
        load.bytes = bytes.get();
        load.slowestMillis = slowest.get();
        return load;
    }

    /** The bytes of a stream and their SHA-256. */
    private record CountingDigest(long bytes, String sha256) {
        static CountingDigest of(InputStream in) throws Exception {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long count = 0;
            try (in) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    count += n;
                }
            }
            return new CountingDigest(count, HexFormat.of().formatHex(digest.digest()));
        }
    }

    private static String sha256(InputStream in) throws Exception {
        return CountingDigest.of(in).sha256();
    }

    private static JsonObject awaitEnd(ApiClient admin, long execution) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            JsonObject detail = admin.get("executions/" + execution).object();
            String status = detail.getJsonObject("execution").getString("status");
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
                return detail;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nightly " + execution + " still " + status + " after 5 minutes: " + detail);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for nightly " + execution, e);
            }
        }
    }
}
