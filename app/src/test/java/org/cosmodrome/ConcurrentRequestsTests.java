package org.cosmodrome;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many clients sending the same conflicting change at the same instant over real HTTP: the database decides, exactly
 * one wins, every other client is told why in a problem answer, and the ledger records the one change once.
 */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentRequestsTests {

    private static final int CLIENTS = 200;

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    HttpClient http;
    ExecutorService clients;

    @BeforeAll
    void openClients() {
        clients = Executors.newFixedThreadPool(CLIENTS);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterAll
    void closeClients() {
        clients.shutdownNow();
    }

    @AfterEach
    void removeTestPads() {
        TestRecords.removePadsAddedByTests(jdbc);
    }

    private HttpRequest post(String path, String bearer, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} from {@value #CLIENTS} threads released by one gate; returns every answer. */
    private List<HttpResponse<String>> race(HttpRequest request) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            answers.add(clients.submit(() -> {
                ready.countDown();
                gate.await();
                return send(request);
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all clients ready").isTrue();
        gate.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            responses.add(answer.get(120, TimeUnit.SECONDS));
        }
        return responses;
    }

    private static void assertTheLosersAreConflicts(List<HttpResponse<String>> responses) {
        List<HttpResponse<String>> losers = responses.stream().filter(r -> r.statusCode() != 201).toList();
        assertThat(losers).hasSize(CLIENTS - 1).allSatisfy(loser -> {
            assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
            assertThat(loser.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            TestRecords.revealsNoInternals(loser.body());
        });
    }

    private long ledgerEntries(String command, String targetId) {
        return jdbc.sql("select count(*) from ledger.entry where command = ? and target_id = ?")
                .params(command, targetId).query(Long.class).single();
    }

    @Nested
    class TwoHundredClientsMovingOnePadOutOfActive {

        @Test
        void exactlyOneWinsAndTheOthersAreTheTransitionConflict() throws Exception {
            String bearer = principals.newBearer(Principals.OPERATOR);
            String designation = "330/" + TestRecords.uniqueId("race").replace("race-", "");
            String pad = designation.replace('/', '-');
            HttpResponse<String> created = send(post("/api/v1/pads", bearer, """
                    {"designation": "%s", "name": "Race pad", "latitude": 46.0, "longitude": 63.3,
                     "status": "ACTIVE", "statusSince": "2020-01-01", "operator": "roscosmos"}"""
                    .formatted(designation)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            int historyBefore = history(pad);

            List<HttpResponse<String>> responses = race(post("/api/v1/pads/" + pad + "/status-changes", bearer,
                    "{\"to\": \"UNDER_REPAIR\", \"reason\": \"race\"}"));

            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertTheLosersAreConflicts(responses);
            assertThat(responses).filteredOn(r -> r.statusCode() == 409).allSatisfy(loser -> assertThat(
                    JsonPath.<String>read(loser.body(), "$.code")).isEqualTo("pad.status.transition-not-allowed"));
            assertThat(history(pad)).isEqualTo(historyBefore + 1);
            assertThat(ledgerEntries("pad.status.changed", pad)).isEqualTo(1);
        }

        private int history(String pad) {
            return jdbc.sql("select count(*) from sites.pad_status_change where pad_id = ?").param(pad)
                    .query(Integer.class).single();
        }
    }

    @Nested
    class TwoHundredClientsRegisteringOneVehicleId {

        @Test
        void exactlyOneCreatesItAndTheOthersAreConflicts() throws Exception {
            String bearer = principals.newBearer(Principals.OPERATOR);
            String id = TestRecords.uniqueId("race-rocket");

            List<HttpResponse<String>> responses = race(post("/api/v1/vehicles", bearer,
                    TestRecords.newVehicleJson(id, "Race " + id)));

            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertTheLosersAreConflicts(responses);
            assertThat(jdbc.sql("select count(*) from vehicles.vehicle where id = ?").param(id).query(Long.class)
                    .single()).isEqualTo(1);
            assertThat(ledgerEntries("vehicle.registered", id)).isEqualTo(1);
        }
    }
}
