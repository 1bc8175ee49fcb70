package org.cosmodrome.finance.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cosmodrome.TestRecords.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The Baiterek programme from the data set, through the API and the console page. */
@RegistryContext
class ProgrammeApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    Clock clock;

    private DocumentContext baiterek(Principals.Member member) {
        MvcTestResult result = mvc.get().uri("/api/v1/programmes/baiterek")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(member)).exchange();
        assertThat(result).as(TestRecords.body(result)).hasStatusOk();
        return json(result);
    }

    @Test
    void theProgrammeHasAKazakhGroundLineAndARussianRocketLineSummingToTheIssuesTotalWithTheSplitAnAssumption() {
        DocumentContext programme = baiterek(Principals.BIDDER);

        assertThat(programme.read("$.lines[*].party", List.class)).containsExactly("kazcosmos", "roscosmos");
        assertThat(programme.read("$.lines[*].amount", List.class))
                .extracting(a -> ((Number) a).doubleValue()).containsExactly(6.5e8, 6.5e8);
        assertThat(programme.read("$.lines[*].basis", List.class)).allSatisfy(b -> assertThat(b.toString())
                .contains("ASSUMPTION"));
        assertThat(programme.read("$.lines[*].paid", List.class))
                .extracting(a -> ((Number) a).doubleValue()).containsOnly(0.0);
    }

    @Test
    void bothTotalsAreShownEachWithItsSource() {
        List<Map<String, Object>> totals = baiterek(Principals.BIDDER).read("$.totals");

        assertThat(totals).extracting(t -> t.get("currency"), t -> t.get("source").toString().substring(0, 5))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("EUR", "Issue"),
                        org.assertj.core.groups.Tuple.tuple("USD", "Fact "));
    }

    @Test
    void chinasPledgeIsThirteenMillionEurosFromTheIssueWithNoOrganisation() {
        List<Map<String, Object>> pledges = baiterek(Principals.HOST).read("$.pledges");

        assertThat(pledges).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("partyName", "China").containsEntry("kind", "PLEDGE")
                    .containsEntry("currency", "EUR").containsEntry("organization", null);
            assertThat(((Number) p.get("amount")).doubleValue()).isEqualTo(1.3e7);
            assertThat(p.get("source").toString()).startsWith("Issue #10");
        });
    }

    @Test
    void milestonesShowTheirSlipAndTheFirstLaunchIsLateSinceItsPlannedDay() {
        List<Map<String, Object>> milestones = baiterek(Principals.AUDITOR).read("$.milestones");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Qyzylorda")));

        assertThat(milestones).extracting(m -> m.get("id")).containsExactly("stage-1-static-fire",
                "rocket-delivered", "first-launch", "completion");
        assertThat(milestones.get(0)).containsEntry("actual", "2025-10-10").containsEntry("planned", null)
                .containsEntry("slipDays", null);
        assertThat(milestones.get(1)).containsEntry("actual", "2025-11-12");
        assertThat(milestones.get(2)).containsEntry("planned", "2025-12-25").containsEntry("actual", null);
        assertThat(((Number) milestones.get(2).get("lateSoFarDays")).longValue())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2025, 12, 25), today));
        assertThat(milestones.get(3)).containsEntry("planned", "2028-05-31");
    }

    @Test
    void theSCurveRisesToTheBudgetByCompletionWhileNothingIsPaid() {
        DocumentContext programme = baiterek(Principals.BIDDER);
        List<Map<String, Object>> months = programme.read("$.sCurve");
        String current = YearMonth.now(clock.withZone(ZoneId.of("Asia/Qyzylorda"))).toString();

        assertThat(months.get(0).get("month")).isEqualTo("2020-01");
        assertThat(months.get(months.size() - 1)).containsEntry("month", "2028-05");
        assertThat(new java.math.BigDecimal(months.get(months.size() - 1).get("planned").toString()))
                .isEqualByComparingTo("1300000000");
        List<Double> planned = months.stream().map(m -> ((Number) m.get("planned")).doubleValue()).toList();
        assertThat(planned).isSorted();
        assertThat(months).filteredOn(m -> m.get("month").toString().compareTo(current) <= 0)
                .allSatisfy(m -> assertThat(((Number) m.get("actual")).doubleValue()).isZero());
        assertThat(months).filteredOn(m -> m.get("month").toString().compareTo(current) > 0)
                .allSatisfy(m -> assertThat(m.get("actual")).isNull());
        assertThat(programme.read("$.payments", List.class)).isEmpty();
    }

    @Test
    void anAnonymousVisitorCannotReadTheProgrammeAndAnUnknownOneIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/programmes/baiterek").exchange()).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/programmes/no-such-programme")
                .header(HttpHeaders.AUTHORIZATION, principals.bearer(Principals.BIDDER)).exchange()).hasStatus(404);
    }

    @Test
    void theConsolePageCarriesBothChartsTheirDataAndTheMilestoneTable() {
        principals.ensure(Principals.LESSEE);
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.post().uri("/login").session(session).with(csrf())
                .param("username", Principals.LESSEE.username()).param("password", Principals.PASSWORD).exchange())
                .hasStatus3xxRedirection();

        MvcTestResult page = mvc.get().uri("/finance/programmes/baiterek?lang=en").session(session).exchange();

        assertThat(page).hasStatusOk();
        String html = TestRecords.body(page);
        assertThat(html).contains("data-testid=\"programme-curve\"", "data-testid=\"programme-timeline\"",
                "id=\"programme-data\"", "/js/programme-charts.js", "data-testid=\"milestone-first-launch\"",
                "No payment against the programme is recorded", "China");
        assertThat(html).doesNotContain("<script>");
    }
}
