package org.edgarbatch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real browser, Debian's headless Chromium, against the deployed application: the
 * operator signs in, finds the failed nightly run, restarts it with one click, sees it complete and downloads
 * the workbook it wrote, which must be the registered file, byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@ServerSetup(TestUsers.class)
class ConsoleBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String FORM_4 = "004_238d5272ba61ffbb.txt";
    /** Generous: the machine is small and shared; the waits end as soon as the condition holds. */
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return EdgarBatchDeployment.withTestClasses(FailingFilingDocumentItemWriter.class);
    }

    @ArquillianResource
    URL deployment;

    private final Path samples = Path.of(System.getProperty("edgar.samples.dir"));
    private final Path target = Path.of("target").toAbsolutePath();
    private ApiClient api;
    private FilingsDirectory reports;
    private Path downloads;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        api = ApiClient.as(TestUsers.ADMIN, deployment);
        reports = FilingsDirectory.create("console-reports");
        Files.createDirectories(target);
        downloads = Files.createTempDirectory(target, "console-downloads");
        browser = chromium(downloads);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        reports.delete();
        FilingsDirectory.deleteTree(downloads);
    }

    @Test
    void restartsAFailedNightlyRunAndDownloadsTheRegisteredWorkbook() throws Exception {
        // given: a nightly run that fails in the writer on the third sample, one document per chunk
        ApiClient.Answer started = api.post("jobs/nightly/start", ApiClient.jsonOf(Map.of(
                "filingsDir", samples.toString(), "rescan", "true", "reportsDir", reports.root().toString(),
                "chunkSize", "1", "failOnDocument", FORM_4)));
        assertEquals(201, started.status(), started.text());
        long failedId = started.object().getJsonNumber("id").longValue();
        assertEquals("FAILED", awaitEnd(failedId).getString("status"));

        // when: the operator signs in and looks for failed nightly runs
        browser.get(signInUrl());
        WebDriverWait wait = pageWait();
        wait.until(ExpectedConditions.textToBe(By.id("me-user"), TestUsers.ADMIN.name()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#executions-filter-job option[value='nightly']")));
        new Select(browser.findElement(By.id("executions-filter-job"))).selectByValue("nightly");
        new Select(browser.findElement(By.id("executions-filter-status"))).selectByValue("FAILED");
        browser.findElement(By.cssSelector("#executions-filter button[type='submit']")).click();
        By failedRow = By.cssSelector("#executions-table tr[data-execution-id='" + failedId + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(failedRow));
        wait.until(driver -> driver.findElements(By.cssSelector("#executions-table tr[data-execution-id]")).stream()
                .allMatch(row -> "FAILED".equals(row.getAttribute("data-status")) && "nightly".equals(row.getAttribute("data-job"))));

        // and opens the failed run
        browser.findElement(failedRow).findElement(By.cssSelector("button[data-open-execution]")).click();
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#execution-detail[data-execution-id='" + failedId + "']")));

        // then: it shows the failure, on which document, and offers restart and abandon, not stop
        assertEquals("FAILED", detail.getAttribute("data-status"));
        assertEquals(List.of("restart", "abandon"), actionButtons());
        String failure = detail.findElement(By.cssSelector("tr[data-step='ingest-documents'] [data-field='failure']")).getText();
        assertTrue(failure.contains(FORM_4), failure);

        // when: Restart, and the confirmation is accepted
        detail.findElement(By.cssSelector("#detail-actions button[data-action='restart']")).click();
        acceptConfirmation(wait, "Restart execution " + failedId);

        // then: the page follows the new execution of the same instance until it has COMPLETED
        wait.until(driver -> {
            WebElement shown = driver.findElement(By.id("execution-detail"));
            return !String.valueOf(failedId).equals(shown.getAttribute("data-execution-id"))
                    && "COMPLETED".equals(shown.getAttribute("data-status"));
        });
        long restartedId = Long.parseLong(browser.findElement(By.id("execution-detail")).getAttribute("data-execution-id"));
        assertEquals(List.of(), actionButtons(), "a completed execution offers no action");
        assertEquals("COMPLETED", browser.findElement(By.cssSelector(
                "#detail-instance-executions tr[data-execution-id='" + restartedId + "']")).getAttribute("data-status"));
        assertEquals("FAILED", browser.findElement(By.cssSelector(
                "#detail-instance-executions tr[data-execution-id='" + failedId + "']")).getAttribute("data-status"));
        assertEquals("1", browser.findElement(By.cssSelector(
                "#detail-metrics tr[data-metrics-step='ingest-documents'][data-scope='execution'] td[data-metric='read']")).getText(),
                "the restart read only the document after the last checkpoint");
        assertEquals(String.valueOf(readCount(failedId) + 1), browser.findElement(By.cssSelector(
                "#detail-metrics tr[data-metrics-step='ingest-documents'][data-scope='instance'] td[data-metric='read']")).getText(),
                "the instance's reads: the failed execution's and the restart's");
        JsonObject restarted = api.get("executions/" + restartedId).object().getJsonObject("execution");
        assertEquals("COMPLETED", restarted.getString("status"));
        assertEquals(started.object().getJsonNumber("instanceId").longValue(), restarted.getJsonNumber("instanceId").longValue());
        screenshot("console-restarted.png");

        // when: the insider-transactions workbook the restart wrote is downloaded through the page's link
        JsonObject report = registeredReport("INSIDER_TRANSACTIONS", restartedId);
        String fileName = report.getString("fileName");
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#reports-table tr[data-report-id='" + report.getJsonNumber("id") + "'] a[data-download]")));
        assertEquals(fileName, link.getText());
        link.click();
        Path downloaded = awaitDownload(fileName);

        // then: the same bytes as the registered file on disk, and the SHA-256 the API registered
        Path onDisk = reports.root().resolve(fileName);
        assertEquals(report.getString("sha256"), ReportFiles.sha256(downloaded));
        assertEquals(ReportFiles.sha256(onDisk), ReportFiles.sha256(downloaded));
        assertEquals(-1L, Files.mismatch(onDisk, downloaded), "the downloaded workbook differs from " + onDisk);
        assertEquals(report.getJsonNumber("sizeBytes").longValue(), Files.size(downloaded));
        assertEquals("ok", browser.findElement(By.id("message")).getAttribute("data-kind"),
                "no refusal was shown: " + browser.findElement(By.id("message")).getText());
        screenshot("console-downloaded.png");
    }

    @Test
    void showsARunningExecutionsProgressAndOffersStopThenRestartAndAbandon() throws Exception {
        // given: a nightly run held before it writes its first chunk, one document per chunk
        Path hold = Files.createTempFile(target, "console-hold", ".lock");
        long executionId;
        try {
            ApiClient.Answer started = api.post("jobs/nightly/start", ApiClient.jsonOf(Map.of(
                    "filingsDir", samples.toString(), "rescan", "true", "reportsDir", reports.root().toString(),
                    "chunkSize", "1", "holdWhileFileExists", hold.toString())));
            assertEquals(201, started.status(), started.text());
            executionId = started.object().getJsonNumber("id").longValue();

            // when: the operator opens it
            browser.get(signInUrl() + "#execution=" + executionId);
            WebDriverWait wait = pageWait();
            WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#execution-detail[data-execution-id='" + executionId + "'][data-status='STARTED']")));

            // then: a determinate bar over the three sample files, only Stop, and the page refreshing every 2 s
            WebElement bar = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#detail-steps tr[data-step='ingest-documents'] progress")));
            assertEquals("3", bar.getAttribute("data-total"));
            assertEquals("3", bar.getAttribute("max"));
            assertEquals(List.of("stop"), actionButtons());
            wait.until(ExpectedConditions.attributeToBe(By.id("refresh-state"), "data-interval", "2000"));
            screenshot("console-running.png");

            // when: Stop, confirmed, and the held chunk let go
            detail.findElement(By.cssSelector("#detail-actions button[data-action='stop']")).click();
            acceptConfirmation(wait, "Stop execution " + executionId);
            wait.until(ExpectedConditions.attributeToBe(By.id("message"), "data-kind", "ok"));
        } finally {
            Files.deleteIfExists(hold);
        }

        // then: it stops after that chunk and then offers Restart and Abandon
        WebDriverWait wait = pageWait();
        wait.until(ExpectedConditions.attributeToBe(By.id("execution-detail"), "data-status", "STOPPED"));
        wait.until(driver -> actionButtons().equals(List.of("restart", "abandon")));
        assertEquals("STOPPED", awaitEnd(executionId).getString("status"));

        // when: Abandon, confirmed
        browser.findElement(By.cssSelector("#detail-actions button[data-action='abandon']")).click();
        acceptConfirmation(wait, "Abandon execution " + executionId);

        // then: abandoned for good, with no action left
        wait.until(ExpectedConditions.attributeToBe(By.id("execution-detail"), "data-status", "ABANDONED"));
        wait.until(driver -> actionButtons().isEmpty());
        assertEquals("ABANDONED", api.get("executions/" + executionId).object().getJsonObject("execution").getString("status"));
    }

    private void acceptConfirmation(WebDriverWait wait, String expected) {
        Alert confirmation = wait.until(ExpectedConditions.alertIsPresent());
        assertTrue(confirmation.getText().contains(expected), confirmation.getText());
        confirmation.accept();
    }

    private List<String> actionButtons() {
        return browser.findElements(By.cssSelector("#detail-actions button")).stream()
                .map(button -> button.getAttribute("data-action")).toList();
    }

    /** The console's URL with the user's credentials in it, which Chromium answers HTTP Basic's challenge with. */
    private String signInUrl() throws URISyntaxException {
        URI console = deployment.toURI().resolve("admin/");
        return new URI(console.getScheme(), TestUsers.ADMIN.name() + ":" + TestUsers.ADMIN.password(), console.getHost(),
                console.getPort(), console.getPath(), null, null).toString();
    }

    /** A wait that, when it times out, says what the page's message and sections said. */
    private WebDriverWait pageWait() {
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT, Duration.ofMillis(250));
        wait.withMessage(() -> "the page said: " + browser.findElements(By.cssSelector("#message, .section-error")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList());
        return wait;
    }

    /** @return What the ingest step of that execution read, as the API reports it. */
    private long readCount(long executionId) {
        return api.get("executions/" + executionId).object().getJsonArray("steps").stream()
                .map(step -> step.asJsonObject())
                .filter(step -> step.getString("name").equals("ingest-documents"))
                .findFirst().orElseThrow()
                .getJsonObject("metrics").getJsonNumber("read").longValue();
    }

    private JsonObject awaitEnd(long executionId) {
        return await("execution " + executionId + " to end", () -> {
            JsonObject execution = api.get("executions/" + executionId).object().getJsonObject("execution");
            return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(execution.getString("status"))
                    ? Optional.of(execution) : Optional.empty();
        });
    }

    private JsonObject registeredReport(String kind, long executionId) {
        return await("a " + kind + " report of execution " + executionId, () ->
                api.get("reports?kind=" + kind + "&limit=500").object().getJsonArray("items").stream()
                        .map(item -> item.asJsonObject())
                        .filter(item -> !ApiClient.isNull(item.get("executionId"))
                                && item.getJsonNumber("executionId").longValue() == executionId)
                        .findFirst());
    }

    /** @return The downloaded file once Chromium has finished writing it (no .crdownload left). */
    private Path awaitDownload(String fileName) {
        Path file = downloads.resolve(fileName);
        return await(fileName + " in " + downloads, () -> {
            try (var names = Files.list(downloads)) {
                boolean inProgress = names.anyMatch(name -> name.getFileName().toString().endsWith(".crdownload"));
                return !inProgress && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static <T> T await(String what, Supplier<Optional<T>> condition) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + TIMEOUT + " for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    private void screenshot(String name) throws IOException {
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Debian's Chromium and chromedriver, as .ci/install-browser installs them; nothing is downloaded. */
    private static ChromeDriver chromium(Path downloads) {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's chromium and chromium-driver: run .ci/install-browser");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--window-size=1400,2200");
        Map<String, Object> preferences = new HashMap<>();
        preferences.put("download.default_directory", downloads.toString());
        preferences.put("download.prompt_for_download", false);
        preferences.put("download.directory_upgrade", true);
        options.setExperimentalOption("prefs", preferences);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless Chromium takes its download directory from this, whatever the preferences say.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return driver;
    }
}
