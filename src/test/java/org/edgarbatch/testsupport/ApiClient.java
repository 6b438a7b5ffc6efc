package org.edgarbatch.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Calls the admin API over HTTP as a signed-in user (or anonymously), the way the console and scripts do. */
public final class ApiClient {

    /** One answer: its status, headers and body. */
    public record Answer(int status, HttpHeaders headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** @return The body as JSON (an object or an array). */
        public JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(text()))) {
                return reader.read();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final URI api;
    private final String authorization;

    private ApiClient(URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
    }

    /** @param deployment the application's URL, as Arquillian injects it ({@code http://host:port/edgar-batch/}) */
    public static ApiClient as(TestUsers.User user, URL deployment) {
        String credentials = user.name() + ":" + user.password();
        return new ApiClient(apiOf(deployment),
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    public static ApiClient anonymous(URL deployment) {
        return new ApiClient(apiOf(deployment), null);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** GETs the path exactly as written, without resolving {@code ..} on this side: what a hostile client sends. */
    public Answer getUnresolved(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET());
    }

    /**
     * @return The execution's detail ({@code GET executions/{id}}) once its status is one of those given.
     * @throws AssertionError when it is not within three minutes
     */
    public JsonObject awaitExecution(long id, String... statuses) {
        List<String> wanted = List.of(statuses);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            Answer answer = get("executions/" + id);
            if (answer.status() != 200) {
                throw new AssertionError("GET executions/" + id + " answered " + answer.status() + ": " + answer.text());
            }
            JsonObject detail = answer.object();
            String status = detail.getJsonObject("execution").getString("status");
            if (wanted.contains(status)) {
                return detail;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("execution " + id + " is still " + status + ", not " + wanted + ": " + detail);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer post(String path) {
        return post(path, "");
    }

    public Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** @return A JSON object of string values, for job parameters. */
    public static String jsonOf(Map<String, String> values) {
        var object = Json.createObjectBuilder();
        values.forEach(object::add);
        return object.build().toString();
    }

    /** @return The URI of a path of the API ({@code executions/12}), for callers with their own HTTP client. */
    public URI uri(String path) {
        return api.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public String authorization() {
        return authorization;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the API did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the API", e);
        }
    }

    private static URI apiOf(URL deployment) {
        String base = deployment.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "api/");
    }

    /** @return Whether the value is JSON null or absent. */
    public static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
