package org.cosmodrome.webhooks.rest;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.cosmodrome.Principals;
import org.cosmodrome.ServedContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.webhooks.LaunchEventStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server-sent event stream of launch changes over real HTTP: a client connected before a change receives it
 * after the commit; an anonymous client hears nothing of a private launch.
 */
@ServedContext
class LaunchEventStreamTests {

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @Autowired
    LaunchEventStream stream;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ExecutorService readers = Executors.newCachedThreadPool();
    final List<InputStream> open = new CopyOnWriteArrayList<>();

    /** Reads the stream's {@code data:} lines, each with the {@code event:} line before it, into {@code events}. */
    void follow(String bearer, List<String> events) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/launch-events")).header("Accept", "text/event-stream");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        open.add(response.body());
        readers.submit(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String event = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        events.add(event + " " + line.substring(5).strip());
                    }
                }
            } catch (Exception closed) {
                // The test closed the stream.
            }
            return null;
        });
    }

    String send(String method, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", principals.bearer(Principals.SKYROOT))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    @AfterEach
    void close() throws Exception {
        for (InputStream in : open) {
            CompletableFuture.runAsync(() -> {
                try {
                    in.close();
                } catch (Exception ignored) {
                    // already closed
                }
            }).get(5, TimeUnit.SECONDS);
        }
        readers.shutdownNow();
    }

    @Test
    void receivesAChangeOfALaunchItMaySeeAfterItIsCommitted() throws Exception {
        List<String> skyroot = new CopyOnWriteArrayList<>();
        List<String> anonymous = new CopyOnWriteArrayList<>();
        int before = stream.connected();
        follow(principals.bearer(Principals.SKYROOT), skyroot);
        follow(null, anonymous);
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.connected() >= before + 2);

        String created = send("POST", "/api/v1/launches", """
                {"mission": "Vikram-1 %s", "payload": "Rideshare cubesats", "payloadMassKg": 280,
                 "vehicle": "vikram-1", "orbit": {"named": "SSO", "altitudeKm": 500}, "earliest": "2027-08-01",
                 "latest": "2027-10-31", "desired": "2027-09-01", "priority": "COMMERCIAL"}"""
                .formatted(TestRecords.uniqueId("stream")));
        String launch = JsonPath.parse(created).read("$.id", String.class);
        send("POST", "/api/v1/launches/" + launch + "/net",
                "{\"net\": \"2027-09-14\", \"precision\": \"DAY\", \"reason\": \"REQUESTED\"}");
        send("POST", "/api/v1/launches/" + launch + "/net",
                "{\"net\": \"2027-09-18\", \"precision\": \"DAY\", \"reason\": \"WEATHER\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> skyroot.stream()
                .anyMatch(e -> e.startsWith("launch.net_changed ") && e.contains(launch) && e.contains("SLIP")));
        assertThat(skyroot).anyMatch(e -> e.startsWith("launch.created ") && e.contains(launch));
        String slip = skyroot.stream().filter(e -> e.contains("SLIP") && e.contains(launch)).findFirst()
                .orElseThrow();
        assertThat(JsonPath.parse(slip.substring(slip.indexOf(' ') + 1)).read("$.change.to.text", String.class))
                .isEqualTo("2027-09-18");
        assertThat(anonymous).noneMatch(e -> e.contains(launch));
    }
}
