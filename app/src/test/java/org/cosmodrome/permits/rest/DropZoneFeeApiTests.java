package org.cosmodrome.permits.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Replans;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.permits.DropZonePermits;
import org.cosmodrome.platform.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * Drop-zone fees through the API: Soyuz-2.1b launches to sun-synchronous orbit (the 97.6° corridor, whose boosters
 * fall in zone 120) are requested, placed by a re-plan and flown through the manifest's status changes; zone 120's
 * tariff from the data set charges them. Their NETs, given to the second, are their launch times and put them in
 * 2031, a year no other test flies in, so the year's count starts with them.
 */
@RegistryContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropZoneFeeApiTests {

    static final String ZONE_120 = "zone-120-dzhangeldy";
    static final String URALS = "severouralsk-khmao";
    static final Member BAITEREK = new Member("t-baiterek", "jv-baiterek", Role.LAUNCH_PROVIDER);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    DropZonePermits dropZones;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Four launches flown through zone 120 in 2031, in the order they flew. */
    final List<String> flown2031 = new ArrayList<>();

    MvcTestResult post(String path, Member member, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    MvcTestResult get(String path, Member member) {
        var request = mvc.get().uri(path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    /** Starts a re-plan (or joins the one running) and waits until it is done. */
    void replan() throws InterruptedException {
        Replans.replan(mvc, principals);
    }

    /**
     * Re-plans until every launch is placed: a re-plan asked for while another runs joins it, and that one may have
     * started before the launches were requested.
     */
    void placeAll(List<String> launches) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            replan();
            if (launches.stream().allMatch(id -> "SCHEDULED".equals(
                    json(get("/api/v1/launches/" + id, Principals.OPERATOR)).read("$.status", String.class)))) {
                return;
            }
        }
        throw new AssertionError("not every launch of " + launches + " was placed");
    }

    /** A Roscosmos request for a Soyuz-2.1b launch to sun-synchronous orbit in 2028-2029. */
    String requestSsoLaunch(String mission) {
        MvcTestResult created = post("/api/v1/launches", Principals.OPERATOR, """
                {"organization": "roscosmos", "mission": "%s", "payload": "Earth observation satellite",
                 "payloadMassKg": 900, "vehicle": "soyuz-2-1b", "orbit": {"named": "SSO", "altitudeKm": 700},
                 "earliest": "2028-01-01", "latest": "2029-12-31", "desired": "2028-06-01",
                 "priority": "COMMERCIAL"}""".formatted(mission));
        assertThat(created).as(body(created)).hasStatus(201);
        return json(created).read("$.id", String.class);
    }

    void changeStatus(String id, String to, String reason) {
        MvcTestResult changed = post("/api/v1/launches/" + id + "/status-changes", Principals.OPERATOR,
                "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}");
        assertThat(changed.getResponse().getStatus()).as("%s to %s: %s; launch: %s", id, to, body(changed),
                body(get("/api/v1/launches/" + id, Principals.OPERATOR))).isEqualTo(201);
    }

    /** Confirms a placed launch, clears it, sets its lift-off to the second and records it in flight. */
    void fly(String id, Instant liftOff) {
        changeStatus(id, "CONFIRMED", "MANIFEST_CONFIRMED");
        changeStatus(id, "GO", "READINESS_REVIEW");
        MvcTestResult net = post("/api/v1/launches/" + id + "/net", Principals.OPERATOR,
                "{\"net\": \"" + liftOff + "\", \"precision\": \"SECOND\", \"reason\": \"READINESS_REVIEW\"}");
        assertThat(net).as(body(net)).hasStatus(201);
        changeStatus(id, "IN_FLIGHT", "FLIGHT_OUTCOME");
    }

    MvcTestResult notice(String launch, String zone, Instant notifiedAt) {
        return post("/api/v1/drop-zone-notices", Principals.OPERATOR, """
                {"launch": "%s", "zone": "%s", "notifiedAt": "%s", "notifiedBy": "Dzhangeldy district akimat",
                 "channel": "local radio and SMS", "text": "Rocket stages will fall in the zone; stay out of it."}"""
                .formatted(launch, zone, notifiedAt));
    }

    List<Map<String, Object>> charges(Member member, String query) {
        MvcTestResult result = get("/api/v1/drop-zone-charges" + query, member);
        assertThat(result).as(body(result)).hasStatusOk();
        return json(result).read("$");
    }

    @BeforeAll
    void fourLaunchesFlyThroughZone120In2031() throws InterruptedException {
        for (int i = 1; i <= 4; i++) {
            flown2031.add(requestSsoLaunch("Test SSO " + TestRecords.uniqueId("fee") + " " + i));
        }
        placeAll(flown2031);
        for (int i = 0; i < flown2031.size(); i++) {
            fly(flown2031.get(i), Instant.parse("2031-03-01T05:00:00Z").plus(Duration.ofDays(20L * i)));
        }
    }

    @Nested
    class FourLaunchesThroughZone120InOneYear {

        @Test
        void chargeTheYearlyFeeOnceAndOneExtraLaunch() {
            List<Map<String, Object>> charges = charges(Principals.AUDITOR, "?zone=" + ZONE_120 + "&year=2031");

            assertThat(charges).extracting(c -> c.get("launch"), c -> c.get("kind"), c -> c.get("amount").toString(),
                    c -> c.get("currency")).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(flown2031.get(0), "YEARLY_FEE", "460000.0", "USD"),
                            org.assertj.core.groups.Tuple.tuple(flown2031.get(3), "EXTRA_LAUNCH", "50000.0", "USD"));
            assertThat(charges).allSatisfy(c -> assertThat(c).containsEntry("payer", "roscosmos")
                    .containsEntry("operator", "jv-baiterek").containsEntry("tariff", "zone-120-2019"));
        }

        @Test
        void chargeNothingForTheRussianZoneOfTheCoreStage() {
            assertThat(charges(Principals.AUDITOR, "?zone=" + URALS + "&year=2031")).isEmpty();
        }

        @Test
        void areEnteredInTheLedgerPrivateToPayerAndOperator() {
            String charge = (String) charges(Principals.AUDITOR, "?zone=" + ZONE_120 + "&year=2031").get(0).get("id");

            DocumentContext entries = json(get("/api/v1/ledger?targetType=drop-zone-charge&targetId=" + charge,
                    Principals.AUDITOR));
            assertThat(entries.<List<String>>read("$.items[*].command")).containsExactly("drop-zone.charged");
            assertThat(json(get("/api/v1/ledger?targetType=drop-zone-use&targetId=" + flown2031.get(3) + "/"
                    + ZONE_120, Principals.AUDITOR)).<List<String>>read("$.items[*].command"))
                    .containsExactly("drop-zone.used");
        }
    }

    @Nested
    class TheCharges {

        @Test
        void arePostedToTheBooksOnceEachAsAReceivableOfThePayerAndRevenueOfTheOperator() {
            for (Map<String, Object> charge : charges(Principals.AUDITOR, "?zone=" + ZONE_120 + "&year=2031")) {
                List<Map<String, Object>> postings = jdbc.sql("""
                        select p.account_id, p.amount_minor from finance.transaction t
                        join finance.posting p on p.transaction_id = t.id
                        where t.source_module = 'permits' and t.source_ref = ? order by p.line""")
                        .param(charge.get("id")).query().listOfRows();
                long minor = new java.math.BigDecimal(charge.get("amount").toString()).movePointRight(2)
                        .longValueExact();

                assertThat(postings).as("postings of %s", charge.get("id")).extracting(p -> p.get("account_id"),
                        p -> ((Number) p.get("amount_minor")).longValue()).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("receivable:roscosmos:zone-120-2019:USD", minor),
                                org.assertj.core.groups.Tuple.tuple("revenue:jv-baiterek:zone-120-2019:USD", -minor));
            }
        }

        @Test
        void areVisibleToThePayerTheZonesOperatorAndOverseers() {
            for (Member member : List.of(Principals.LESSEE, BAITEREK, Principals.OPERATOR, Principals.HOST,
                    Principals.AUDITOR)) {
                assertThat(charges(member, "?zone=" + ZONE_120 + "&year=2031")).as(member.username()).hasSize(2);
            }
        }

        @Test
        void areHiddenFromOtherOrganisationsAndAnonymousVisitors() {
            assertThat(charges(Principals.SKYROOT, "?zone=" + ZONE_120 + "&year=2031")).isEmpty();
            assertThat(get("/api/v1/drop-zone-charges", null)).hasStatus(401);
        }

        @Test
        void refuseAnUnknownZoneOrAYearOutOfRangeNamingTheParameter() {
            assertThat(errorFields(problem(get("/api/v1/drop-zone-charges?zone=nowhere", Principals.AUDITOR), 400)))
                    .containsExactly("zone");
            assertThat(errorFields(problem(get("/api/v1/drop-zone-charges?year=3000", Principals.AUDITOR), 400)))
                    .containsExactly("year");
        }
    }

    @Nested
    class TheTariffs {

        @Test
        void arePublicWithZone120sFeesFromTheDataSet() {
            MvcTestResult result = get("/api/v1/drop-zone-tariffs/zone-120-2019", null);

            assertThat(result).as(body(result)).hasStatusOk();
            DocumentContext tariff = json(result);
            assertThat(tariff.read("$.zone", String.class)).isEqualTo(ZONE_120);
            assertThat(tariff.read("$.yearlyFee", Double.class)).isEqualTo(460_000.0);
            assertThat(tariff.read("$.launchesIncluded", Integer.class)).isEqualTo(3);
            assertThat(tariff.read("$.extraLaunchFee", Double.class)).isEqualTo(50_000.0);
            assertThat(tariff.read("$.currency", String.class)).isEqualTo("USD");
            assertThat(tariff.<List<String>>read("$.sources")).isNotEmpty();
        }
    }

    @Nested
    class ANoticeToResidents {

        @Test
        void isInTimeTwentyFiveHoursBeforeTheLaunchAndLateTwentyThreeHoursBefore() throws InterruptedException {
            String launch = requestSsoLaunch("Test SSO notices " + TestRecords.uniqueId("notice"));
            placeAll(List.of(launch));
            Instant liftOff = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
            assertThat(notice(launch, ZONE_120, liftOff.minus(Duration.ofHours(25)))).hasStatus(201);
            assertThat(notice(launch, URALS, liftOff.minus(Duration.ofHours(23)))).hasStatus(201);
            assertThat(dropZones.wasNotifiedInTime(launch, ZONE_120)).as("before the launch flew").isFalse();

            fly(launch, liftOff);

            assertThat(dropZones.wasNotifiedInTime(launch, ZONE_120)).isTrue();
            assertThat(dropZones.wasNotifiedInTime(launch, URALS)).isFalse();
            DocumentContext notices = json(get("/api/v1/drop-zone-notices?launch=" + launch, Principals.LESSEE));
            assertThat(notices.<List<Boolean>>read("$[?(@.zone == '" + ZONE_120 + "')].inTime")).containsExactly(true);
            assertThat(notices.<List<Boolean>>read("$[?(@.zone == '" + URALS + "')].inTime")).containsExactly(false);
        }

        @Test
        void isRecordedOnlyByTheSpaceportOperator() {
            MvcTestResult byHost = post("/api/v1/drop-zone-notices", Principals.HOST, """
                    {"launch": "any", "zone": "%s", "notifiedAt": "2026-01-01T00:00:00Z", "notifiedBy": "akimat",
                     "channel": "radio"}""".formatted(ZONE_120));

            assertThat(byHost).hasStatus(403);
        }

        @Test
        void withAnUnknownZoneNamesTheField() {
            assertThat(errorFields(problem(notice("any-launch", "nowhere", Instant.now().minusSeconds(60)), 400)))
                    .containsExactly("zone");
        }

        @Test
        void inTheFutureNamesTheField() {
            assertThat(errorFields(problem(notice("any-launch", ZONE_120, Instant.now().plus(Duration.ofDays(1))),
                    400))).containsExactly("notifiedAt");
        }

        @Test
        void withoutALaunchNamesTheField() {
            MvcTestResult missing = post("/api/v1/drop-zone-notices", Principals.OPERATOR, """
                    {"zone": "%s", "notifiedAt": "2026-01-01T00:00:00Z", "notifiedBy": "akimat", "channel": "radio"}"""
                    .formatted(ZONE_120));

            assertThat(errorFields(problem(missing, 400))).containsExactly("launch");
        }
    }

    @Nested
    class TheConsolePage {

        @Test
        void showsZone120sTariffToAnyoneAndTheNoticesOnlyToSignedInUsers() {
            MvcTestResult anonymous = mvc.get().uri("/drop-zone-fees").exchange();
            MvcTestResult operator = mvc.get().uri("/drop-zone-fees")
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.OPERATOR)).exchange();

            assertThat(anonymous).hasStatusOk();
            assertThat(body(anonymous)).contains("data-testid=\"tariff-zone-120-2019\"", "460,000 USD", "50,000 USD")
                    .doesNotContain("data-testid=\"notices-");
            assertThat(operator).hasStatusOk();
            assertThat(body(operator)).contains("data-testid=\"zone-fees-" + ZONE_120 + "\"");
        }
    }
}
