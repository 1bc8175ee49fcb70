package org.cosmodrome;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged jar as it is run, each server and each admin command a process of its own on one data directory:
 * acknowledged writes survive a SIGKILL of the server, and {@code ledger verify} names an entry edited behind the
 * application's back. Runs in {@code ./mvnw verify} (failsafe), after the jar is built; the jar's path comes from
 * the {@code cosmodrome.jar} system property. Every process writes to files in the test's temporary directory,
 * which JUnit keeps when the test fails.
 */
class CrashDurabilityIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String PAD = "31-6";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private final Map<Process, Path> logs = new HashMap<>();
    private final List<Path> dataDirectories = new ArrayList<>();
    private final AtomicInteger processCount = new AtomicInteger();

    @TempDir
    Path temp;

    @AfterEach
    void stopEveryProcess() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        // A server killed by the test leaves its PostgreSQL running; stop it so nothing outlives the test.
        for (Path data : dataDirectories) {
            postmasterPid(data).flatMap(ProcessHandle::of)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                    .ifPresent(postmaster -> {
                postmaster.destroy();
                postmaster.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKilledServerAndTheLedgerStillHolds() throws Exception {
        Path data = dataDirectory("killed");
        assertThat(admin(data, "user", "add", "crash-tester", "--org", "tsenki", "--role", "SPACEPORT_OPERATOR")
                .exitCode()).isZero();
        Admin issued = admin(data, "token", "create", "crash-tester", "--name", "durability");
        assertThat(issued.exitCode()).as(issued.err()).isZero();
        String token = issued.out().lines().findFirst().orElseThrow();
        assertThat(token).startsWith("cdt_");

        int port = freePort();
        Process first = server(data, port);
        awaitHealthy(first, port);

        Queue<String> vehicles = new ConcurrentLinkedQueue<>();
        Queue<String> statusReasons = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(5);
        try {
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> writeVehicles(port, token, writer, stop, vehicles));
            }
            writers.submit(() -> changePadStatus(port, token, stop, statusReasons));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (vehicles.size() < 30 || statusReasons.size() < 6) {
                assertThat(System.nanoTime()).as("30 vehicles and 6 status changes acknowledged in time")
                        .isLessThan(deadline);
                Thread.sleep(5);
            }
            // The writers are still sending: some requests are in flight when the JVM dies.
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(postmasterPid(data).flatMap(ProcessHandle::of)).as("PostgreSQL outlives the killed server")
                .isPresent();

        Process second = server(data, port);
        awaitHealthy(second, port);
        assertThat(Files.readString(logOf(second))).contains("from an earlier run still holds");

        for (String vehicle : vehicles) {
            assertThat(get(port, "/api/v1/vehicles/" + vehicle, null).statusCode()).as(vehicle).isEqualTo(200);
            String entries = get(port, "/api/v1/ledger?targetType=vehicle&targetId=" + vehicle, token).body();
            assertThat(JsonPath.<Integer>read(entries, "$.totalItems")).as("ledger entries of " + vehicle)
                    .isEqualTo(1);
        }
        List<String> reasons = JsonPath.read(get(port, "/api/v1/pads/" + PAD + "/status-history", null).body(),
                "$[*].reason");
        assertThat(reasons).containsAll(statusReasons);
        assertThat(JsonPath.<Integer>read(get(port, "/api/v1/pads?size=1", null).body(), "$.totalItems"))
                .isEqualTo(23);

        String verification = get(port, "/api/v1/ledger/verification", token).body();
        assertThat(JsonPath.<Object>read(verification, "$.brokenAt")).as(verification).isNull();
        Admin head = admin(data, "ledger", "head");
        assertThat(head.exitCode()).as(head.err()).isZero();
        String kept = head.out().lines().filter(l -> l.startsWith("head:")).findFirst().orElseThrow()
                .substring("head:".length()).strip();
        Admin verify = admin(data, "ledger", "verify", "--head", kept);
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("INTACT", kept + " still holds");
        assertThat(get(port, "/actuator/health", null).statusCode()).as("the server outlives the admin commands")
                .isEqualTo(200);
    }

    @Test
    void ledgerVerifyNamesTheEntryEditedDirectlyInPostgresql() throws Exception {
        Path data = dataDirectory("tampered");
        int port = freePort();
        Process server = server(data, port);
        awaitHealthy(server, port);

        // Admin commands attach to the running server's PostgreSQL; a second server is refused.
        Admin issued = admin(data, "token", "create", "operator");
        assertThat(issued.exitCode()).as(issued.err()).isZero();
        String token = issued.out().lines().findFirst().orElseThrow();
        Process second = server(data, freePort());
        assertThat(second.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(Files.readString(logOf(second))).contains("is in use by a running Cosmodrome");

        long altered;
        int databasePort = Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).strip());
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort
                + "/postgres", "postgres", "");
                Statement sql = db.createStatement()) {
            try (ResultSet head = sql.executeQuery("select max(seq) from ledger.entry")) {
                head.next();
                altered = Math.max(1, head.getLong(1) / 2);
            }
            sql.execute("alter table ledger.entry disable trigger user");
            assertThat(sql.executeUpdate("update ledger.entry set payload = payload || ' ' where seq = " + altered))
                    .isEqualTo(1);
            sql.execute("alter table ledger.entry enable trigger user");
        }

        Admin verify = admin(data, "ledger", "verify");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(1);
        assertThat(verify.out()).contains("BROKEN at entry " + altered + ": ALTERED");
        String verification = get(port, "/api/v1/ledger/verification", token).body();
        assertThat(JsonPath.<Integer>read(verification, "$.brokenAt")).as(verification).isEqualTo((int) altered);
        assertThat(JsonPath.<String>read(verification, "$.breach")).isEqualTo("ALTERED");
    }

    private void writeVehicles(int port, String token, int writer, AtomicBoolean stop, Queue<String> acknowledged) {
        for (int i = 0; !stop.get(); i++) {
            String id = "crash-" + writer + "-" + i;
            try {
                HttpResponse<String> response = post(port, "/api/v1/vehicles", token,
                        TestRecords.newVehicleJson(id, "Crash " + writer + " " + i));
                if (response.statusCode() == 201) {
                    acknowledged.add(id);
                }
            } catch (IOException serverGone) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void changePadStatus(int port, String token, AtomicBoolean stop, Queue<String> acknowledged) {
        for (int i = 0; !stop.get(); i++) {
            String reason = "crash test change " + i;
            String body = """
                    {"to": "%s", "reason": "%s"}""".formatted(i % 2 == 0 ? "IDLE" : "ACTIVE", reason);
            try {
                HttpResponse<String> response = post(port, "/api/v1/pads/" + PAD + "/status-changes", token, body);
                if (response.statusCode() == 201) {
                    acknowledged.add(reason);
                } else {
                    return;
                }
            } catch (IOException serverGone) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What an admin command printed, and its exit code. */
    private record Admin(int exitCode, String out, String err) {
    }

    private Admin admin(Path data, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                "admin", "--cosmodrome.database.embedded.data-directory=" + data));
        line.addAll(List.of(command));
        String name = "admin-" + processCount.incrementAndGet() + "-" + command[0] + "-" + command[1];
        Path out = temp.resolve(name + ".out");
        Path err = temp.resolve(name + ".err");
        Process process = new ProcessBuilder(line).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        processes.add(process);
        process.getOutputStream().close();
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("admin " + String.join(" ", command) + " did not finish; see " + err);
        }
        return new Admin(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Process server(Path data, int port) throws IOException {
        Path log = temp.resolve("server-" + processCount.incrementAndGet() + ".log");
        // C1 only: the server starts sooner, and this test measures no throughput.
        Process process = new ProcessBuilder(java(), "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                "--server.port=" + port,
                "--cosmodrome.database.embedded.data-directory=" + data)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        logs.put(process, log);
        return process;
    }

    private Path logOf(Process process) {
        return logs.get(process);
    }

    private void awaitHealthy(Process server, int port) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("the server stopped with exit code " + server.exitValue() + "; see " + logOf(server));
            }
            try {
                if (get(port, "/actuator/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("the server did not become healthy within " + START_TIMEOUT + "; see " + logOf(server));
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String token, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path dataDirectory(String name) {
        Path data = temp.resolve(name);
        dataDirectories.add(data);
        return data;
    }

    private static Optional<Long> postmasterPid(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path jar() {
        String jar = System.getProperty("cosmodrome.jar");
        assertThat(jar).as("system property cosmodrome.jar (set by failsafe in app/pom.xml)").isNotBlank();
        assertThat(Path.of(jar)).exists();
        return Path.of(jar);
    }
}
