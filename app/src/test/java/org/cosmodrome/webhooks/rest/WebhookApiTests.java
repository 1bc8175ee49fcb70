package org.cosmodrome.webhooks.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.Manifest;
import org.cosmodrome.manifest.Net;
import org.cosmodrome.manifest.NetPrecision;
import org.cosmodrome.manifest.ReasonCode;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.webhooks.WebhookReceiver;
import org.cosmodrome.webhooks.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * Webhook subscriptions through the API and their deliveries to a receiver the test starts: signed, exactly once,
 * retried after a failure, never for a change that rolled back, never to another organisation for a private launch.
 * The delivery worker runs as in production, with short waits between attempts (the test configuration).
 */
@RegistryContext
class WebhookApiTests {

    static final String SECRET = "a-secret-of-the-receiver-0123456789";
    static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Manifest manifest;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CurrentActor currentActor;

    final List<WebhookReceiver> receivers = new ArrayList<>();
    final List<String[]> subscriptions = new ArrayList<>();

    /** A Skyroot request with a first NET, private to Skyroot. */
    String launch;

    MvcTestResult post(String path, Member member, String body) {
        var request = mvc.post().uri(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    MvcTestResult get(String path, Member member) {
        var request = mvc.get().uri(path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    WebhookReceiver receiver(int... statusCodes) {
        WebhookReceiver receiver = WebhookReceiver.answering(statusCodes);
        receivers.add(receiver);
        return receiver;
    }

    /** Subscribes {@code member}'s organisation; returns the subscription's id. */
    String subscribe(Member member, WebhookReceiver receiver, String... events) {
        MvcTestResult created = post("/api/v1/webhooks/subscriptions", member, """
                {"url": "%s", "events": [%s], "secret": "%s"}""".formatted(receiver.url(),
                String.join(", ", java.util.Arrays.stream(events).map(e -> "\"" + e + "\"").toList()), SECRET));
        assertThat(created).as(body(created)).hasStatus(201);
        String id = json(created).read("$.id", String.class);
        subscriptions.add(new String[] {member.username(), id});
        return id;
    }

    MvcTestResult changeNet(String id, Member member, String net, String precision, String reason) {
        return post("/api/v1/launches/" + id + "/net", member,
                "{\"net\": \"" + net + "\", \"precision\": \"" + precision + "\", \"reason\": \"" + reason + "\"}");
    }

    long outboxRowsAbout(String launchId) {
        return jdbc.sql("select count(*) from webhooks.delivery where launch_id = ?").param(launchId)
                .query(Long.class).single();
    }

    @BeforeEach
    void skyrootRequestsALaunchWithAFirstNet() {
        MvcTestResult created = post("/api/v1/launches", Principals.SKYROOT, """
                {"mission": "Vikram-1 %s", "payload": "Rideshare cubesats", "payloadMassKg": 280,
                 "vehicle": "vikram-1", "orbit": {"named": "SSO", "altitudeKm": 500}, "earliest": "2027-08-01",
                 "latest": "2027-10-31", "desired": "2027-09-01", "priority": "COMMERCIAL"}"""
                .formatted(TestRecords.uniqueId("hook")));
        assertThat(created).as(body(created)).hasStatus(201);
        launch = json(created).read("$.id", String.class);
        assertThat(changeNet(launch, Principals.SKYROOT, "2027-09-14", "DAY", "REQUESTED")).hasStatus(201);
    }

    @AfterEach
    void deleteSubscriptionsAndStopReceivers() {
        for (String[] subscription : subscriptions) {
            Member member = List.of(Principals.SKYROOT, Principals.HYIMPULSE, Principals.OPERATOR).stream()
                    .filter(m -> m.username().equals(subscription[0])).findFirst().orElseThrow();
            mvc.delete().uri("/api/v1/webhooks/subscriptions/" + subscription[1])
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
        }
        receivers.forEach(WebhookReceiver::close);
    }

    @Nested
    class ASlip {

        @Test
        void reachesTheSubscriberSignedAndExactlyOnce() throws InterruptedException {
            WebhookReceiver receiver = receiver();
            String subscription = subscribe(Principals.SKYROOT, receiver, "launch.net_changed");

            assertThat(changeNet(launch, Principals.SKYROOT, "2027-09-17", "DAY", "WEATHER")).hasStatus(201);

            await().atMost(PATIENCE).until(() -> !receiver.about(launch).isEmpty());
            Thread.sleep(1000);
            List<WebhookReceiver.Received> got = receiver.about(launch);
            assertThat(got).hasSize(1);
            WebhookReceiver.Received hook = got.get(0);
            assertThat(hook.header("X-Cosmodrome-Event")).isEqualTo("launch.net_changed");
            assertThat(WebhookSignature.verifies(SECRET, hook.body(), hook.header("X-Cosmodrome-Signature")))
                    .isTrue();
            assertThat(WebhookSignature.verifies("another-secret-of-16-chars", hook.body(),
                    hook.header("X-Cosmodrome-Signature"))).isFalse();
            assertThat(Long.parseLong(hook.header("X-Cosmodrome-Timestamp")))
                    .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
            DocumentContext body = JsonPath.parse(hook.body());
            assertThat(body.read("$.id", String.class)).isEqualTo(hook.header("X-Cosmodrome-Delivery"));
            assertThat(body.read("$.type", String.class)).isEqualTo("launch.net_changed");
            assertThat(body.read("$.launch.id", String.class)).isEqualTo(launch);
            assertThat(body.read("$.change.kind", String.class)).isEqualTo("SLIP");
            assertThat(body.read("$.change.from.text", String.class)).isEqualTo("2027-09-14");
            assertThat(body.read("$.change.to.text", String.class)).isEqualTo("2027-09-17");
            assertThat(body.read("$.change.reason", String.class)).isEqualTo("WEATHER");
            assertThat(body.<Map<String, Object>>read("$.launch")).doesNotContainKeys("organization",
                    "payloadMassKg");

            DocumentContext log = json(get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries",
                    Principals.SKYROOT));
            assertThat(log.<List<Integer>>read("$.items[0].attempts[*].statusCode")).containsExactly(200);
            assertThat(log.read("$.items[0].deliveredAt", String.class)).isNotNull();
        }

        @Test
        void isRetriedAfterTheReceiverFailsAndArrivesWithTheSameDeliveryId() {
            WebhookReceiver receiver = receiver(500);
            String subscription = subscribe(Principals.SKYROOT, receiver, "launch.net_changed");

            assertThat(changeNet(launch, Principals.SKYROOT, "2027-09-20", "DAY", "TECHNICAL_VEHICLE"))
                    .hasStatus(201);

            await().atMost(PATIENCE).until(() -> receiver.about(launch).size() >= 2);
            List<WebhookReceiver.Received> got = receiver.about(launch);
            assertThat(got).hasSize(2);
            assertThat(got.get(1).header("X-Cosmodrome-Delivery")).isEqualTo(got.get(0).header("X-Cosmodrome-Delivery"));
            assertThat(got.get(1).header("X-Cosmodrome-Attempt")).isEqualTo("2");
            assertThat(WebhookSignature.verifies(SECRET, got.get(1).body(), got.get(1).header("X-Cosmodrome-Signature")))
                    .isTrue();

            await().atMost(PATIENCE).untilAsserted(() -> {
                DocumentContext log = json(get("/api/v1/webhooks/subscriptions/" + subscription + "/deliveries",
                        Principals.SKYROOT));
                assertThat(log.<List<Integer>>read("$.items[0].attempts[*].statusCode")).containsExactly(500, 200);
                assertThat(log.<List<String>>read("$.items[0].attempts[*].response"))
                        .containsExactly("receiver broke: status 500", "thanks");
                assertThat(log.read("$.items[0].deliveredAt", String.class)).isNotNull();
            });
            DocumentContext view = json(get("/api/v1/webhooks/subscriptions/" + subscription, Principals.SKYROOT));
            assertThat(view.read("$.failures", Integer.class)).isZero();
            assertThat(view.read("$.active", Boolean.class)).isTrue();
        }

        @Test
        void inATransactionThatRollsBackSendsNothing() throws InterruptedException {
            WebhookReceiver receiver = receiver();
            subscribe(Principals.SKYROOT, receiver, "launch.net_changed");
            long[] rowsInside = new long[1];

            currentActor.runAs(Actor.system("test"), () -> transaction.executeWithoutResult(status -> {
                manifest.changeNet(new LaunchId(launch), new Net(Instant.parse("2027-09-25T00:00:00Z"),
                        NetPrecision.DAY), ReasonCode.WEATHER, null);
                rowsInside[0] = outboxRowsAbout(launch);
                status.setRollbackOnly();
            }));

            assertThat(rowsInside[0]).as("written with the change, in its transaction").isEqualTo(1);
            assertThat(outboxRowsAbout(launch)).isZero();
            Thread.sleep(1000);
            assertThat(receiver.about(launch)).isEmpty();
        }

        @Test
        void ofAPrivateLaunchDoesNotReachAnotherOrganisation() {
            WebhookReceiver skyroot = receiver();
            WebhookReceiver hyimpulse = receiver();
            subscribe(Principals.SKYROOT, skyroot, "launch.net_changed");
            String theirs = subscribe(Principals.HYIMPULSE, hyimpulse, "launch.net_changed", "launch.status_changed");

            assertThat(changeNet(launch, Principals.SKYROOT, "2027-09-21", "DAY", "PAYLOAD")).hasStatus(201);

            await().atMost(PATIENCE).until(() -> !skyroot.about(launch).isEmpty());
            assertThat(hyimpulse.about(launch)).isEmpty();
            assertThat(jdbc.sql("select count(*) from webhooks.delivery where subscription_id = ? and launch_id = ?")
                    .params(theirs, launch).query(Long.class).single()).isZero();
        }

        @Test
        void isNotSentToASubscriptionThatDoesNotWantIt() throws InterruptedException {
            WebhookReceiver receiver = receiver();
            subscribe(Principals.SKYROOT, receiver, "launch.status_changed", "launch.scrubbed");

            assertThat(changeNet(launch, Principals.SKYROOT, "2027-09-22", "DAY", "PAYLOAD")).hasStatus(201);

            assertThat(outboxRowsAbout(launch)).isZero();
        }
    }

    @Nested
    class AStatusChange {

        @Test
        void reachesTheSubscriberAsStatusChanged() {
            WebhookReceiver receiver = receiver();
            subscribe(Principals.SKYROOT, receiver, "launch.status_changed");

            assertThat(post("/api/v1/launches/" + launch + "/status-changes", Principals.SKYROOT,
                    "{\"to\": \"HOLD\", \"reason\": \"CUSTOMER_REQUEST\"}")).hasStatus(201);

            await().atMost(PATIENCE).until(() -> !receiver.about(launch).isEmpty());
            DocumentContext body = JsonPath.parse(receiver.about(launch).get(0).body());
            assertThat(body.read("$.type", String.class)).isEqualTo("launch.status_changed");
            assertThat(body.read("$.change.from", String.class)).isEqualTo("REQUESTED");
            assertThat(body.read("$.change.to", String.class)).isEqualTo("HOLD");
        }
    }

    @Nested
    class ASubscription {

        @Test
        void withAGeneratedSecretShowsItOnceAndNeverInTheList() {
            MvcTestResult created = post("/api/v1/webhooks/subscriptions", Principals.HYIMPULSE,
                    "{\"url\": \"https://hooks.example.org/cosmodrome\", \"events\": [\"launch.created\"]}");

            assertThat(created).as(body(created)).hasStatus(201);
            String id = json(created).read("$.id", String.class);
            subscriptions.add(new String[] {Principals.HYIMPULSE.username(), id});
            assertThat(json(created).read("$.secret", String.class)).startsWith("whsec_").hasSize(70);
            assertThat(json(created).read("$.secretGenerated", Boolean.class)).isTrue();
            MvcTestResult list = get("/api/v1/webhooks/subscriptions", Principals.HYIMPULSE);
            assertThat(json(list).<List<String>>read("$[*].id")).contains(id);
            assertThat(body(list)).doesNotContain("whsec_").doesNotContain("\"secret\"");
        }

        @Test
        void ofAnotherOrganisationIsNotFound() {
            String theirs = subscribe(Principals.HYIMPULSE, receiver(), "launch.created");

            problem(get("/api/v1/webhooks/subscriptions/" + theirs, Principals.SKYROOT), 404);
            problem(get("/api/v1/webhooks/subscriptions/" + theirs + "/deliveries", Principals.SKYROOT), 404);
            problem(mvc.delete().uri("/api/v1/webhooks/subscriptions/" + theirs)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT)).exchange(), 404);
            assertThat(json(get("/api/v1/webhooks/subscriptions", Principals.SKYROOT)).<List<String>>read("$[*].id"))
                    .doesNotContain(theirs);
        }

        @Test
        void deletedReceivesNothingMore() {
            WebhookReceiver receiver = receiver();
            String id = subscribe(Principals.SKYROOT, receiver, "launch.net_changed");

            assertThat(mvc.delete().uri("/api/v1/webhooks/subscriptions/" + id)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT)).exchange())
                    .hasStatusOk();
            assertThat(changeNet(launch, Principals.SKYROOT, "2027-09-23", "DAY", "PAYLOAD")).hasStatus(201);

            assertThat(outboxRowsAbout(launch)).isZero();
            assertThat(json(get("/api/v1/webhooks/subscriptions/" + id, Principals.SKYROOT))
                    .read("$.active", Boolean.class)).isFalse();
        }

        @Test
        void withAUrlThatIsNotHttpNamesTheField() {
            for (String url : List.of("ftp://hooks.example.org/x", "/relative/hook", "not a url at all", "")) {
                MvcTestResult result = post("/api/v1/webhooks/subscriptions", Principals.SKYROOT,
                        "{\"url\": \"" + url + "\", \"events\": [\"launch.created\"]}");
                assertThat(errorFields(problem(result, 400))).as(url).containsExactly("url");
            }
        }

        @Test
        void withAnUnknownOrNoEventNamesTheField() {
            for (String events : List.of("[\"launch.exploded\"]", "[]")) {
                MvcTestResult result = post("/api/v1/webhooks/subscriptions", Principals.SKYROOT,
                        "{\"url\": \"https://hooks.example.org/x\", \"events\": " + events + "}");
                assertThat(errorFields(problem(result, 400))).as(events).containsExactly("events");
            }
        }

        @Test
        void withAShortSecretNamesTheField() {
            MvcTestResult result = post("/api/v1/webhooks/subscriptions", Principals.SKYROOT,
                    "{\"url\": \"https://hooks.example.org/x\", \"events\": [\"launch.created\"],"
                            + " \"secret\": \"short\"}");

            assertThat(errorFields(problem(result, 400))).containsExactly("secret");
        }

        @Test
        void isRefusedToAnonymousVisitorsAndToRolesThatDoNotLaunch() {
            String body = "{\"url\": \"https://hooks.example.org/x\", \"events\": [\"launch.created\"]}";
            problem(post("/api/v1/webhooks/subscriptions", null, body), 401);
            problem(post("/api/v1/webhooks/subscriptions", Principals.BIDDER, body), 403);
            problem(get("/api/v1/webhooks/subscriptions", Principals.AUDITOR), 403);
        }
    }
}
