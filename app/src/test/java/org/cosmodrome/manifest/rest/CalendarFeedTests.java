package org.cosmodrome.manifest.rest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.body;
import static org.cosmodrome.TestRecords.json;
import static org.cosmodrome.TestRecords.problem;

/**
 * The calendar feeds read by a real iCalendar parser (ical4j): which launches each feed holds, how a NET's precision
 * becomes an event, and how a change shows (SEQUENCE, DESCRIPTION) while the UID stays.
 */
@RegistryContext
class CalendarFeedTests {

    static final String DOMAIN = "@cosmodrome.baikonur.kz";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    /** A Vikram-1 request of Skyroot, private to Skyroot, with a NET of a day. */
    String skyroots;

    /** Skyroot's token for calendar apps, sent in the address. */
    String skyrootToken;

    @BeforeEach
    void skyrootRequestsALaunchWithANetOfADay() {
        skyroots = request("Vikram-1 " + TestRecords.uniqueId("cal"));
        assertThat(changeNet(skyroots, "2027-09-14", "DAY", "REQUESTED")).hasStatus(201);
        skyrootToken = principals.newToken(Principals.SKYROOT).secret();
    }

    String request(String mission) {
        MvcTestResult created = mvc.post().uri("/api/v1/launches").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                .content(LaunchApiTests.draft(mission, "")).exchange();
        assertThat(created).as(body(created)).hasStatus(201);
        return json(created).read("$.id", String.class);
    }

    MvcTestResult changeNet(String id, String net, String precision, String reason) {
        return mvc.post().uri("/api/v1/launches/" + id + "/net").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                .content("{\"net\": \"" + net + "\", \"precision\": \"" + precision + "\", \"reason\": \"" + reason
                        + "\"}")
                .exchange();
    }

    MvcTestResult publicFeed() {
        return mvc.get().uri("/api/v1/calendar/public.ics").exchange();
    }

    MvcTestResult ownFeed(String token) {
        return mvc.get().uri("/api/v1/calendar/mine.ics?token=" + token).exchange();
    }

    MvcTestResult ownFeedOf(Member member) {
        return ownFeed(principals.newToken(member).secret());
    }

    static Calendar parse(MvcTestResult result) {
        assertThat(result).as(body(result)).hasStatusOk();
        try {
            return new CalendarBuilder().build(new StringReader(text(result)));
        } catch (IOException | ParserException unreadable) {
            throw new AssertionError("the feed is not iCalendar: " + unreadable.getMessage(), unreadable);
        }
    }

    static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    static List<String> uids(Calendar calendar) {
        return events(calendar).stream().map(e -> value(e, Property.UID)).toList();
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static VEvent event(Calendar calendar, String launchId) {
        return events(calendar).stream().filter(e -> value(e, Property.UID).equals(launchId + DOMAIN)).findFirst()
                .orElseThrow(() -> new AssertionError("no event of " + launchId));
    }

    static String value(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(Property::getValue).orElseThrow(() -> new AssertionError("no " + property));
    }

    static Optional<String> valueType(VEvent event, String property) {
        Property found = event.<Property>getProperty(property).orElseThrow();
        return found.<Parameter>getParameter(Parameter.VALUE).map(Parameter::getValue);
    }

    @Nested
    class ThePublicFeed {

        @Test
        void isACalendarWithAnEventForEveryLaunchOnThePublicManifest() {
            MvcTestResult result = publicFeed();

            assertThat(result).hasContentType("text/calendar;charset=UTF-8");
            Calendar calendar = parse(result);
            assertThat(calendar.validate().getEntries()).as("ical4j's validation").isEmpty();
            List<String> publicIds = json(mvc.get().uri("/api/v1/launches?size=500").exchange())
                    .read("$.items[*].id");
            assertThat(publicIds).isNotEmpty().contains("progress-ms-35");
            assertThat(uids(calendar)).containsExactlyInAnyOrderElementsOf(
                    publicIds.stream().map(id -> id + DOMAIN).toList());
            for (VEvent event : events(calendar)) {
                assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
                assertThat(Integer.parseInt(value(event, Property.SEQUENCE))).isPositive();
                assertThat(value(event, Property.LOCATION)).endsWith("Baikonur Cosmodrome, Kazakhstan");
            }
        }

        @Test
        void namesTheMissionVehicleAndPadOfALaunch() {
            VEvent progress = event(parse(publicFeed()), "progress-ms-35");

            assertThat(value(progress, Property.SUMMARY)).startsWith("Progress MS-35 (").contains("Soyuz");
            assertThat(value(progress, Property.LOCATION)).isEqualTo("Pad 31/6, Baikonur Cosmodrome, Kazakhstan");
            assertThat(value(progress, Property.DESCRIPTION)).contains("Status: ").contains("Asia/Qyzylorda");
        }

        @Test
        void leavesOutAPrivateRequest() {
            assertThat(uids(parse(publicFeed()))).doesNotContain(skyroots + DOMAIN);
        }

        @Test
        void keepsItsUidsAndTextAcrossRequestsAndAnswers304ToItsOwnEtag() {
            MvcTestResult first = publicFeed();
            MvcTestResult second = publicFeed();

            assertThat(uids(parse(second))).isEqualTo(uids(parse(first)));
            String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
            assertThat(etag).startsWith("\"").isEqualTo(second.getResponse().getHeader(HttpHeaders.ETAG));
            assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=300")
                    .contains("public");

            MvcTestResult unchanged = mvc.get().uri("/api/v1/calendar/public.ics")
                    .header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
            assertThat(unchanged).hasStatus(304);
            assertThat(unchanged.getResponse().getContentAsByteArray()).isEmpty();
        }

        @Test
        void foldsEveryLineToAtMost75OctetsEndedByCrlf() {
            String text = text(publicFeed());

            assertThat(text).endsWith("END:VCALENDAR\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
            assertThat(Arrays.stream(text.split("\r\n")).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length)
                    .max().orElseThrow()).isLessThanOrEqualTo(75);
        }
    }

    @Nested
    class TheOwnFeed {

        @Test
        void holdsTheTenantsPrivateRequestWithATokenInTheAddress() {
            MvcTestResult result = ownFeed(skyrootToken);

            assertThat(uids(parse(result))).contains(skyroots + DOMAIN);
            assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private");
        }

        @Test
        void holdsItWithABearerHeaderToo() {
            MvcTestResult result = mvc.get().uri("/api/v1/calendar/mine.ics")
                    .header(HttpHeaders.AUTHORIZATION, principals.newBearer(Principals.SKYROOT)).exchange();

            assertThat(uids(parse(result))).contains(skyroots + DOMAIN);
        }

        @Test
        void ofAnotherOrganisationLeavesItOut() {
            assertThat(uids(parse(ownFeedOf(Principals.HYIMPULSE)))).doesNotContain(skyroots + DOMAIN);
        }

        @Test
        void holdsOnlyTheTenantsOwnLaunches() {
            assertThat(uids(parse(ownFeed(skyrootToken)))).doesNotContain("progress-ms-35" + DOMAIN);
        }

        @Test
        void refusesAnAnonymousCaller() {
            problem(mvc.get().uri("/api/v1/calendar/mine.ics").exchange(), 401);
        }

        @Test
        void refusesAnUnknownTokenInTheAddress() {
            MvcTestResult result = ownFeed("cdt_" + "x".repeat(43));

            assertThat(problem(result, 401).read("$.code", String.class)).isEqualTo("auth.token.invalid");
            assertThat(body(result)).doesNotContain("x".repeat(43));
        }

        @Test
        void isTheOnlyKindOfEndpointThatReadsATokenFromTheAddress() {
            MvcTestResult result = mvc.get().uri("/api/v1/launches/" + skyroots + "?token=" + skyrootToken)
                    .exchange();

            problem(result, 404);
        }
    }

    @Nested
    class ANetOfADay {

        @Test
        void isAnAllDayEventOnThatDayAtBaikonur() {
            VEvent event = event(parse(ownFeed(skyrootToken)), skyroots);

            assertThat(valueType(event, Property.DTSTART)).contains("DATE");
            assertThat(value(event, Property.DTSTART)).isEqualTo("20270914");
            assertThat(value(event, Property.DTEND)).isEqualTo("20270915");
            assertThat(value(event, Property.STATUS)).isEqualTo("TENTATIVE");
        }
    }

    @Nested
    class ANetOfAMonth {

        @Test
        void isAnAllDayEventOverTheWholeMonth() {
            assertThat(changeNet(skyroots, "2027-09-01", "MONTH", "TECHNICAL_VEHICLE")).hasStatus(201);

            VEvent event = event(parse(ownFeed(skyrootToken)), skyroots);

            assertThat(valueType(event, Property.DTSTART)).contains("DATE");
            assertThat(value(event, Property.DTSTART)).isEqualTo("20270901");
            assertThat(value(event, Property.DTEND)).isEqualTo("20271001");
            assertThat(value(event, Property.DESCRIPTION)).contains("loosened: 2027-09-14 -> 2027-09");
        }
    }

    @Nested
    class ANetOfAMinute {

        @Test
        void startsAtThatInstantInUtc() {
            assertThat(changeNet(skyroots, "2027-09-14T04:27:00Z", "MINUTE", "READINESS_REVIEW")).hasStatus(201);

            VEvent event = event(parse(ownFeed(skyrootToken)), skyroots);

            assertThat(valueType(event, Property.DTSTART)).isEmpty();
            assertThat(value(event, Property.DTSTART)).isEqualTo("20270914T042700Z");
            assertThat(value(event, Property.DESCRIPTION)).contains("09:27:00 at Baikonur")
                    .contains("firmed: 2027-09-14 -> 2027-09-14T04:27Z");
        }
    }

    @Nested
    class ASlip {

        @Test
        void raisesTheSequenceAndAddsTheSlipToTheDescriptionUnderTheSameUid() {
            VEvent before = event(parse(ownFeed(skyrootToken)), skyroots);

            assertThat(changeNet(skyroots, "2027-09-17", "DAY", "WEATHER")).hasStatus(201);
            VEvent after = event(parse(ownFeed(skyrootToken)), skyroots);

            assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                    .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
            assertThat(value(after, Property.DTSTART)).isEqualTo("20270917");
            assertThat(value(before, Property.DESCRIPTION)).doesNotContain("slip");
            assertThat(value(after, Property.DESCRIPTION))
                    .contains("first NET: 2027-09-14 (REQUESTED)")
                    .contains("slip: 2027-09-14 -> 2027-09-17 (WEATHER)");
        }

        @Test
        void changesTheEtagSoCalendarsFetchItAgain() {
            String before = ownFeed(skyrootToken).getResponse().getHeader(HttpHeaders.ETAG);

            changeNet(skyroots, "2027-09-17", "DAY", "WEATHER");
            MvcTestResult after = mvc.get().uri("/api/v1/calendar/mine.ics?token=" + skyrootToken)
                    .header(HttpHeaders.IF_NONE_MATCH, before).exchange();

            assertThat(after).hasStatusOk();
            assertThat(after.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
        }
    }

    @Nested
    class AStatusChange {

        @Test
        void raisesTheSequenceToo() {
            VEvent before = event(parse(ownFeed(skyrootToken)), skyroots);

            MvcTestResult held = mvc.post().uri("/api/v1/launches/" + skyroots + "/status-changes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.SKYROOT))
                    .content("{\"to\": \"CANCELLED\", \"reason\": \"CUSTOMER_REQUEST\"}").exchange();
            assertThat(held).as(body(held)).hasStatus(201);
            VEvent after = event(parse(ownFeed(skyrootToken)), skyroots);

            assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                    .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
            assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
            assertThat(value(after, Property.DESCRIPTION)).contains("Status: CANCELLED");
        }
    }
}
