package org.cosmodrome.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.Replans;
import org.cosmodrome.TestRecords;
import org.cosmodrome.manifest.LaunchId;
import org.cosmodrome.manifest.LaunchStatus;
import org.cosmodrome.manifest.LaunchStatusChanged;
import org.cosmodrome.manifest.LaunchSummary;
import org.cosmodrome.manifest.ReasonCode;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.errorFields;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * The launch statistics through the API. One Soyuz-2.1a launch to the station is requested through the manifest API
 * on pad 31/6 in 2034 (a year no other test flies in), placed by a re-plan, slipped three days for the weather and
 * flown to success; the statistics must follow those events. Seeded history comes from the data set.
 */
@RegistryContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiTests {

    static final String API = "/api/v1/analytics/statistics/";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    StatisticsProjection projection;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    String launch;
    String pad;
    int year;
    long recordedBefore;
    long padBefore;
    Map<String, Object> weatherBefore;
    Map<String, Object> weatherAfter;

    MvcTestResult get(String path, Member member) {
        var request = mvc.get().uri(path);
        if (member != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, principals.bearer(member));
        }
        return request.exchange();
    }

    MvcTestResult post(String path, Member member, String body) {
        return mvc.post().uri(path).header(HttpHeaders.AUTHORIZATION, principals.bearer(member))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    List<Map<String, Object>> table(String name, Member member) {
        MvcTestResult result = get(API + name, member);
        assertThat(result).as(body(result)).hasStatusOk();
        return json(result).read("$");
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String key, Object value) {
        return rows.stream().filter(r -> String.valueOf(r.get(key)).equals(String.valueOf(value))).findFirst()
                .orElse(Map.of());
    }

    static long number(Map<String, Object> row, String field) {
        Object value = row.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    void changeStatus(String id, String to, String reason) {
        MvcTestResult changed = post("/api/v1/launches/" + id + "/status-changes", Principals.OPERATOR,
                "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}");
        assertThat(changed.getResponse().getStatus()).as("%s to %s: %s", id, to, body(changed)).isEqualTo(201);
    }

    MvcTestResult changeNet(String id, Member member, LocalDate day, String reason) {
        return post("/api/v1/launches/" + id + "/net", member,
                "{\"net\": \"" + day + "\", \"precision\": \"DAY\", \"reason\": \"" + reason + "\"}");
    }

    String request(String organization, String mission, String extra) {
        MvcTestResult created = post("/api/v1/launches", Principals.OPERATOR, """
                {"organization": "%s", "mission": "%s", "payload": "Cargo", "payloadMassKg": 2500,
                 "vehicle": "soyuz-2-1a", "orbit": {"named": "ISS"}, %s "priority": "COMMERCIAL"}"""
                .formatted(organization, mission, extra));
        assertThat(created).as(body(created)).hasStatus(201);
        return json(created).read("$.id", String.class);
    }

    @BeforeAll
    void aLaunchIsPlacedSlippedForTheWeatherAndFlown() throws InterruptedException {
        recordedBefore = number(row(table("launches-per-year?from=2034&to=2034", Principals.AUDITOR), "year", 2034),
                "recorded");
        padBefore = number(row(table("launches-by-pad", Principals.AUDITOR), "group", "31-6"), "launches");
        weatherBefore = row(table("net-slips-by-cause", Principals.AUDITOR), "cause", "WEATHER");

        launch = request("roscosmos", "Statistics test " + TestRecords.uniqueId("stats"), """
                "earliest": "2034-03-01", "latest": "2034-06-30", "desired": "2034-04-15", "fixedPad": "31-6",""");
        for (int attempt = 0; attempt < 3; attempt++) {
            Replans.replan(mvc, principals);
            if ("SCHEDULED".equals(json(get("/api/v1/launches/" + launch, Principals.OPERATOR))
                    .read("$.status", String.class))) {
                break;
            }
        }
        DocumentContext placed = json(get("/api/v1/launches/" + launch, Principals.OPERATOR));
        assertThat(placed.read("$.status", String.class)).as(placed.jsonString()).isEqualTo("SCHEDULED");
        pad = placed.read("$.pad", String.class);
        LocalDate day = LocalDate.parse(placed.read("$.scheduledDate", String.class));
        year = day.getYear();

        String netBefore = placed.read("$.net.at", String.class);
        if (netBefore == null) {
            assertThat(changeNet(launch, Principals.OPERATOR, day, "REPLANNED")).hasStatus(201);
        }
        LocalDate firstNetDay = LocalDate.parse(json(get("/api/v1/launches/" + launch, Principals.OPERATOR))
                .read("$.net.text", String.class).substring(0, 10));
        MvcTestResult slipped = changeNet(launch, Principals.OPERATOR, firstNetDay.plusDays(3), "WEATHER");
        assertThat(slipped).as(body(slipped)).hasStatus(201);
        assertThat(json(slipped).read("$.kind", String.class)).isEqualTo("SLIP");

        changeStatus(launch, "CONFIRMED", "MANIFEST_CONFIRMED");
        changeStatus(launch, "GO", "READINESS_REVIEW");
        changeStatus(launch, "IN_FLIGHT", "FLIGHT_OUTCOME");
        changeStatus(launch, "SUCCESS", "FLIGHT_OUTCOME");
        weatherAfter = row(table("net-slips-by-cause", Principals.AUDITOR), "cause", "WEATHER");
    }

    @Nested
    class FromTheManifestsEvents {

        @Test
        void aLaunchFlownToSuccessCountsInItsYearPadFamilyTenantAndOrbit() {
            assertThat(year).isEqualTo(2034);
            assertThat(pad).isEqualTo("31-6");
            assertThat(number(row(table("launches-per-year?from=2034&to=2034", Principals.AUDITOR), "year", 2034),
                    "recorded")).isEqualTo(recordedBefore + 1);
            assertThat(number(row(table("launches-by-pad", Principals.AUDITOR), "group", "31-6"), "launches"))
                    .isEqualTo(padBefore + 1);
            assertThat(number(row(table("launches-by-family", Principals.AUDITOR), "group", "R-7"), "launches"))
                    .isPositive();
            assertThat(number(row(table("launches-by-tenant", Principals.AUDITOR), "group", "roscosmos"),
                    "launches")).isPositive();
            assertThat(number(row(table("launches-by-orbit", Principals.AUDITOR), "group", "ISS"), "launches"))
                    .isPositive();
        }

        @Test
        void aSuccessCountsInTheSuccessRateOfItsYear() {
            Map<String, Object> rate = row(table("success-by-year?from=2034&to=2034", Principals.AUDITOR), "group",
                    "2034");
            assertThat(number(rate, "flown")).isEqualTo(recordedBefore + 1);
            assertThat(number(rate, "successes")).isEqualTo(number(rate, "flown") - number(rate, "partialFailures")
                    - number(rate, "failures"));
            assertThat(new BigDecimal(rate.get("successRate").toString())).isEqualByComparingTo(
                    BigDecimal.valueOf(number(rate, "successes")).divide(BigDecimal.valueOf(number(rate, "flown")), 3,
                            java.math.RoundingMode.HALF_UP));
        }

        @Test
        void aSlipOfThreeDaysForTheWeatherCountsUnderItsCause() {
            assertThat(number(weatherAfter, "slips")).isEqualTo(number(weatherBefore, "slips") + 1);
            assertThat(number(weatherAfter, "totalDays")).isEqualTo(number(weatherBefore, "totalDays") + 3);
        }

        @Test
        void flownLaunchesOfAPadGiveItsTurnaroundAndAnEventHeardTwiceCountsOnce() {
            String padOfTest = TestRecords.uniqueId("stats-pad");
            flownOn(padOfTest, LocalDate.of(2041, 1, 10), LaunchStatus.SUCCESS);
            flownOn(padOfTest, LocalDate.of(2041, 3, 1), LaunchStatus.FAILURE);
            LaunchStatusChanged third = flownOn(padOfTest, LocalDate.of(2041, 1, 30), LaunchStatus.SUCCESS);
            publishInTransaction(third);

            assertThat(row(table("pad-turnaround?from=2041&to=2041", Principals.AUDITOR), "pad", padOfTest))
                    .containsEntry("intervals", 2).containsEntry("minDays", 20).containsEntry("maxDays", 30)
                    .containsEntry("medianDays", 25.0);
            assertThat(row(table("launches-by-pad?from=2041&to=2041", Principals.AUDITOR), "group", padOfTest))
                    .containsEntry("launches", 3);
        }

        @Test
        void aLaunchThatIsScrubbedOrInFlightIsNotCountedAsFlown() {
            String padOfTest = TestRecords.uniqueId("stats-pad");
            publishInTransaction(new LaunchStatusChanged(summary(padOfTest, LocalDate.of(2042, 5, 1)),
                    LaunchStatus.GO, LaunchStatus.IN_FLIGHT, ReasonCode.FLIGHT_OUTCOME, Instant.now(), true));
            publishInTransaction(new LaunchStatusChanged(summary(padOfTest, LocalDate.of(2042, 5, 2)),
                    LaunchStatus.GO, LaunchStatus.SCRUBBED, ReasonCode.WEATHER, Instant.now(), true));

            assertThat(row(table("launches-by-pad", Principals.AUDITOR), "group", padOfTest)).isEmpty();
        }

        LaunchSummary summary(String padOfTest, LocalDate day) {
            return new LaunchSummary(LaunchId.of(TestRecords.uniqueId("stats-launch")), OrganizationId.of("roscosmos"),
                    "Synthetic", "proton-m", LaunchStatus.IN_FLIGHT, padOfTest, day, null);
        }

        /** Publishes, as the manifest would, that a launch of {@code padOfTest} flew on {@code day}. */
        LaunchStatusChanged flownOn(String padOfTest, LocalDate day, LaunchStatus outcome) {
            LaunchStatusChanged event = new LaunchStatusChanged(summary(padOfTest, day), LaunchStatus.IN_FLIGHT,
                    outcome, ReasonCode.FLIGHT_OUTCOME, Instant.now(), true);
            publishInTransaction(event);
            return event;
        }

        void publishInTransaction(Object event) {
            currentActor.runAs(Actor.system("test"),
                    () -> transaction.executeWithoutResult(status -> events.publishEvent(event)));
        }

        @Test
        void anIncidentRecordedShowsInItsYearByKind() {
            long before = number(row(incidents2004(), "kind", "FIRE"), "incidents");
            MvcTestResult recorded = post("/api/v1/incidents", Principals.HOST, """
                    {"id": "%s", "title": "Grass fire near the assembly building", "kind": "FIRE",
                     "occurredAt": "2004-07-02T10:00:00Z", "place": "Site 112", "sources": ["test"]}"""
                    .formatted(TestRecords.uniqueId("stats-fire")));
            assertThat(recorded).as(body(recorded)).hasStatus(201);

            assertThat(number(row(incidents2004(), "kind", "FIRE"), "incidents")).isEqualTo(before + 1);
        }

        List<Map<String, Object>> incidents2004() {
            return table("incidents-per-year?from=2004&to=2004", Principals.SKYROOT);
        }
    }

    @Nested
    class TheSeededHistory {

        @Test
        void startsIn1957WithGapsWhereTheSourcesGiveNoCount() {
            List<Map<String, Object>> years = table("launches-per-year", Principals.AUDITOR);

            assertThat(years.get(0)).containsEntry("year", 1957).containsEntry("sourced", null);
            assertThat(row(years, "year", 2015)).containsEntry("sourced", 18).containsEntry("sourcedConfidence",
                    "high");
            assertThat(row(years, "year", 2022)).containsEntry("sourced", null).containsEntry("source", null);
            assertThat(row(years, "year", 2019)).containsEntry("sourced", 13).containsEntry("recorded", 0);
            assertThat(years).extracting(y -> y.get("year")).doesNotHaveDuplicates();
            assertThat((Integer) years.get(years.size() - 1).get("year")).isGreaterThanOrEqualTo(2026);
        }

        @Test
        void countsTheSeededIncidentsThatPublishedNoEvent() {
            List<Map<String, Object>> incidents = table("incidents-per-year?from=1999&to=2013", Principals.AUDITOR);

            assertThat(incidents).extracting(i -> i.get("year")).contains(1999, 2007, 2013);
        }

        @Test
        void givesTheFirstLaunchAndTheCumulativeCountWithTheirSources() {
            DocumentContext index = json(get("/api/v1/analytics/statistics", Principals.SKYROOT));

            assertThat(index.read("$.history.firstLaunch", String.class)).isEqualTo("1957-10-04");
            assertThat(index.read("$.history.cumulativeLaunches", Integer.class)).isEqualTo(1511);
            assertThat(index.read("$.history.cumulativeSource", String.class)).contains("urdupoint.com");
            assertThat(index.<List<String>>read("$.tables")).contains("launches-per-year", "pad-turnaround");
        }
    }

    @Nested
    class TheCatchUp {

        @Test
        void runTwiceCountsNothingTwice() {
            Map<String, List<Map<String, Object>>> before = everyTable();
            currentActor.runAs(Actor.system("test"), () -> projection.load());
            currentActor.runAs(Actor.system("test"), () -> projection.load());

            assertThat(everyTable()).isEqualTo(before);
        }

        @Test
        void restoresAFlownLaunchTheReadModelLostOnceOnly() {
            long flown = flownRows(launch);
            assertThat(flown).isEqualTo(1);
            jdbc.sql("delete from analytics.flown_launch where launch_id = ?").param(launch).update();
            long recorded = number(row(table("launches-per-year?from=2034&to=2034", Principals.AUDITOR), "year",
                    2034), "recorded");

            currentActor.runAs(Actor.system("test"), () -> projection.load());
            currentActor.runAs(Actor.system("test"), () -> projection.load());

            assertThat(flownRows(launch)).isEqualTo(1);
            assertThat(number(row(table("launches-per-year?from=2034&to=2034", Principals.AUDITOR), "year", 2034),
                    "recorded")).isEqualTo(recorded + 1);
            assertThat(jdbc.sql("select count(*) from analytics.net_slip where launch_id = ?").param(launch)
                    .query(Long.class).single()).isEqualTo(1);
        }

        long flownRows(String id) {
            return jdbc.sql("select count(*) from analytics.flown_launch where launch_id = ?").param(id)
                    .query(Long.class).single();
        }

        Map<String, List<Map<String, Object>>> everyTable() {
            Map<String, List<Map<String, Object>>> tables = new java.util.TreeMap<>();
            for (StatisticsTable t : StatisticsTable.values()) {
                tables.put(t.slug(), table(t.slug(), Principals.AUDITOR));
            }
            return tables;
        }
    }

    @Nested
    class TheCsv {

        @ParameterizedTest
        @EnumSource(StatisticsTable.class)
        void saysWhatTheJsonSays(StatisticsTable table) {
            List<Map<String, Object>> rows = table(table.slug(), Principals.AUDITOR);
            MvcTestResult csv = get(API + table.slug() + ".csv", Principals.AUDITOR);
            assertThat(csv).hasStatusOk();
            assertThat(csv.getResponse().getContentType()).startsWith("text/csv");

            List<List<String>> lines = parse(body(csv));
            assertThat(lines).hasSize(rows.size() + 1);
            for (int i = 0; i < rows.size(); i++) {
                List<String> header = lines.get(0);
                assertThat(header).containsExactlyElementsOf(rows.get(i).keySet());
                for (int c = 0; c < header.size(); c++) {
                    Object value = rows.get(i).get(header.get(c));
                    String cell = lines.get(i + 1).get(c);
                    if (value == null) {
                        assertThat(cell).isEmpty();
                    } else if (value instanceof Number n) {
                        assertThat(new BigDecimal(cell)).as("%s row %d", header.get(c), i)
                                .isEqualByComparingTo(new BigDecimal(n.toString()));
                    } else {
                        assertThat(cell).as("%s row %d", header.get(c), i).isEqualTo(value.toString());
                    }
                }
            }
        }

        @Test
        void ofTheConsoleIsTheApisTable() {
            var session = principals.consoleSession(mvc, Principals.AUDITOR);
            MvcTestResult console = mvc.get().uri("/analytics/history/launches-per-year.csv").session(session)
                    .exchange();

            assertThat(console).hasStatusOk();
            assertThat(body(console)).isEqualTo(body(get(API + "launches-per-year.csv", Principals.AUDITOR)));
            assertThat(body(console)).startsWith("year,sourced,sourcedBasis,sourcedConfidence,source,recorded\r\n")
                    .contains("\r\n2015,18,");
        }

        /** RFC 4180: fields separated by commas, quoted when they hold one, quotes doubled; CRLF line ends. */
        List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    fields.add(field.toString());
                    field.setLength(0);
                    lines.add(fields);
                    fields = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            return lines;
        }
    }

    @Nested
    class WhoSeesWhat {

        @Test
        void nobodySignedOutReadsTheStatistics() {
            assertThat(get(API + "launches-per-year", null)).hasStatus(401);
            assertThat(mvc.get().uri("/analytics").exchange()).hasStatus3xxRedirection();
        }

        @Test
        void everyoneSignedInSeesTheSameFlownLaunches() {
            assertThat(table("launches-by-pad", Principals.SKYROOT))
                    .isEqualTo(table("launches-by-pad", Principals.AUDITOR));
            assertThat(table("success-by-family", Principals.LESSEE))
                    .isEqualTo(table("success-by-family", Principals.OPERATOR));
        }

        @Test
        void aSlipOfAPrivateLaunchCountsForItsTenantAndThoseWhoReadEverythingOnly() {
            Map<String, Long> before = payloadSlips();
            String privateLaunch = request("hyimpulse", "Private statistics " + TestRecords.uniqueId("stats"), """
                    "earliest": "2036-01-01", "latest": "2036-12-31", "desired": "2036-06-01",""");
            assertThat(changeNet(privateLaunch, Principals.OPERATOR, LocalDate.of(2036, 6, 1), "REQUESTED"))
                    .hasStatus(201);
            assertThat(changeNet(privateLaunch, Principals.OPERATOR, LocalDate.of(2036, 6, 11), "PAYLOAD"))
                    .hasStatus(201);

            Map<String, Long> after = payloadSlips();
            assertThat(after.get("auditor")).isEqualTo(before.get("auditor") + 1);
            assertThat(after.get("operator")).isEqualTo(before.get("operator") + 1);
            assertThat(after.get("host")).isEqualTo(before.get("host") + 1);
            assertThat(after.get("hyimpulse")).isEqualTo(before.get("hyimpulse") + 1);
            assertThat(after.get("skyroot")).isEqualTo(before.get("skyroot"));
            assertThat(after.get("lessee")).isEqualTo(before.get("lessee"));
        }

        Map<String, Long> payloadSlips() {
            Map<String, Long> slips = new java.util.HashMap<>();
            Map<String, Member> members = Map.of("auditor", Principals.AUDITOR, "operator", Principals.OPERATOR,
                    "host", Principals.HOST, "hyimpulse", Principals.HYIMPULSE, "skyroot", Principals.SKYROOT,
                    "lessee", Principals.LESSEE);
            members.forEach((name, member) -> slips.put(name,
                    number(row(table("net-slips-by-cause", member), "cause", "PAYLOAD"), "slips")));
            return slips;
        }
    }

    @Nested
    class ABadQuery {

        @Test
        void namesTheYearThatIsNotANumber() {
            DocumentContext problem = problem(get(API + "launches-per-year?from=nineteen", Principals.AUDITOR), 400);

            assertThat(errorFields(problem)).containsExactly("from");
        }

        @Test
        void namesTheYearBeforeTheFirstLaunch() {
            MvcTestResult result = get(API + "success-by-year?to=1900", Principals.AUDITOR);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");

            assertThat(errorFields(problem(result, 400))).containsExactly("to");
        }

        @Test
        void namesFromWhenTheYearsAreReversed() {
            assertThat(errorFields(problem(get(API + "net-slips-by-year.csv?from=2030&to=2020",
                    Principals.AUDITOR), 400))).containsExactly("from");
        }

        @Test
        void answersAnUnknownTableAsNotFound() {
            problem(get(API + "launches-by-moon-phase", Principals.AUDITOR), 404);
        }
    }
}
