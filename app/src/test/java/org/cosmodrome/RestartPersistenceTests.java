package org.cosmodrome;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as it is run: a real HTTP server on an embedded PostgreSQL whose data directory outlives the
 * process. Starts two applications of its own, one after the other, outside the shared test context.
 */
class RestartPersistenceTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Starts the app on {@code data}; command-line arguments outrank the test configuration's fresh cluster. */
    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(CosmodromeApplication.class).run(
                "--cosmodrome.database.embedded.data-directory=" + data,
                "--cosmodrome.database.embedded.clean-on-start=false",
                "--server.port=0");
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(app, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aVehicleAddedThroughTheApiIsStillThereAfterARestartAndTheDataSetIsNotLoadedTwice(@TempDir Path temp)
            throws Exception {
        Path data = temp.resolve("postgres");
        String id = "restart-proof";

        try (ConfigurableApplicationContext first = start(data)) {
            String operator = Principals.of(first).operator();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri(first, "/api/v1/vehicles"))
                    .header("Authorization", operator).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TestRecords.newVehicleJson(id, "Restart Proof")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(JsonPath.<Integer>read(get(first, "/api/v1/pads?size=1").body(), "$.totalItems"))
                    .isEqualTo(23);
        }

        try (ConfigurableApplicationContext second = start(data)) {
            HttpResponse<String> vehicle = get(second, "/api/v1/vehicles/" + id);
            assertThat(vehicle.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(vehicle.body(), "$.name")).isEqualTo("Restart Proof");
            assertThat(JsonPath.<Integer>read(vehicle.body(), "$.stages.length()")).isEqualTo(2);
            assertThat(JsonPath.<Integer>read(get(second, "/api/v1/pads?size=1").body(), "$.totalItems"))
                    .isEqualTo(23);
            assertThat(JsonPath.<Integer>read(get(second, "/api/v1/pads/31-6/status-history").body(),
                    "$.length()")).isEqualTo(1);
            assertThat(JsonPath.<Integer>read(get(second, "/api/v1/range-safety/drop-zones").body(),
                    "$.totalItems")).isEqualTo(6);
            assertThat(JsonPath.<Integer>read(get(second, "/api/v1/range-safety/corridors").body(),
                    "$.totalItems")).isEqualTo(5);
        }
    }
}
