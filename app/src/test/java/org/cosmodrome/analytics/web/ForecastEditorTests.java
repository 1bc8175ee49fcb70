package org.cosmodrome.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cosmodrome.Principals;
import org.cosmodrome.RegistryContext;
import org.cosmodrome.TestRecords;
import org.cosmodrome.analytics.ForecastPlanning;
import org.cosmodrome.analytics.ForecastStoredScenario;
import org.cosmodrome.planning.ScheduleProblem;
import org.cosmodrome.planning.forecast.ForecastScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@RegistryContext
class ForecastEditorTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Principals principals;

    @Autowired
    ForecastPlanning forecasts;

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** The form's CSRF token, from the editor page as the browser gets it. */
    private String csrf(MockHttpSession session, ForecastStoredScenario base) {
        Matcher m = CSRF_FIELD.matcher(TestRecords.body(mvc.get().uri("/forecasts/scenarios/" + base.id() + "/edit")
                .session(session).exchange()));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private ForecastStoredScenario base() {
        return forecasts.scenarios().stream().filter(s -> s.name().startsWith("Baikonur base")).findFirst()
                .orElseThrow();
    }

    /** The editor's form as it opens for the scenario: every field at the scenario's value. */
    private static MultiValueMap<String, String> formOf(ForecastStoredScenario stored) {
        ForecastScenario s = stored.scenario();
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("base", stored.id().toString());
        form.add("name", "Zone 120 without a yearly limit");
        form.add("seed", Long.toString(s.seed()));
        form.add("samples", "2");
        form.add("growthRate", "17.5");
        form.add("growthLow", "15");
        form.add("growthHigh", "20");
        s.events().forEach(e -> form.add("eventDates", e.date().toString()));
        s.events().stream().filter(ForecastScenario.ScenarioEvent::enabled).forEach(e -> form.add("enabledEvents",
                e.id()));
        form.add("rangeSeparationDays", Integer.toString(s.site().rangeSeparationDays()));
        s.site().vehicles().forEach(v -> form.add("turnarounds", Integer.toString(v.turnaroundDays())));
        s.site().dropZones().forEach(z -> form.add("zoneLimits", z.maxLaunchesPerYear() == null ? ""
                : z.maxLaunchesPerYear().toString()));
        s.site().caps().forEach(c -> form.add("capLimits", Integer.toString(c.maxPerYear())));
        s.streams().forEach(st -> form.add("streamRates", Double.toString(st.perYear())));
        return form;
    }

    private static int indexOf(List<String> ids, String id) {
        int i = ids.indexOf(id);
        assertThat(i).as(id).isNotNegative();
        return i;
    }

    @Test
    void theEditorShowsTheSitesRulesAndSavesANewScenarioWithTheEditedOnes() {
        MockHttpSession operator = principals.consoleSession(mvc, Principals.OPERATOR);
        ForecastStoredScenario base = base();
        MvcTestResult page = mvc.get().uri("/forecasts/scenarios/" + base.id() + "/edit?lang=en").session(operator)
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(TestRecords.body(page)).contains("data-testid=\"zone-limit-zone-120-dzhangeldy\"",
                "data-testid=\"edit-range-separation\"", "data-testid=\"turnaround-soyuz-2-1a\"",
                "data-testid=\"stream-rate-iss-crew\"", "Days between two launches of the site");

        ForecastScenario s = base.scenario();
        MultiValueMap<String, String> form = formOf(base);
        List<String> zones = new ArrayList<>(s.site().dropZones().stream().map(ScheduleProblem.DropZone::id).toList());
        List<String> vehicles = s.site().vehicles().stream().map(ScheduleProblem.Vehicle::id).toList();
        List<String> streams = s.streams().stream().map(ForecastScenario.DemandStream::id).toList();
        List<String> zoneLimits = new ArrayList<>(form.get("zoneLimits"));
        zoneLimits.set(indexOf(zones, "zone-120-dzhangeldy"), "");
        form.put("zoneLimits", zoneLimits);
        List<String> turnarounds = new ArrayList<>(form.get("turnarounds"));
        turnarounds.set(indexOf(vehicles, "soyuz-2-1a"), "10");
        form.put("turnarounds", turnarounds);
        List<String> rates = new ArrayList<>(form.get("streamRates"));
        rates.set(indexOf(streams, "soyuz-sso"), "2.5");
        form.put("streamRates", rates);
        form.set("rangeSeparationDays", "3");
        form.set("_csrf", csrf(operator, base));

        MvcTestResult saved = mvc.post().uri("/forecasts/scenarios").session(operator).params(form).exchange();
        assertThat(saved).hasStatus3xxRedirection();
        ForecastScenario edited = forecasts.scenarios().stream()
                .filter(x -> x.name().equals("Zone 120 without a yearly limit")).findFirst().orElseThrow().scenario();
        assertThat(edited.site().rangeSeparationDays()).isEqualTo(3);
        assertThat(edited.site().dropZones().get(indexOf(zones, "zone-120-dzhangeldy")).maxLaunchesPerYear())
                .isNull();
        assertThat(edited.site().vehicles().get(indexOf(vehicles, "soyuz-2-1a")).turnaroundDays()).isEqualTo(10);
        assertThat(edited.streams().get(indexOf(streams, "soyuz-sso")).perYear()).isEqualTo(2.5);
        assertThat(edited.site().caps()).isEqualTo(s.site().caps());
        assertThat(edited.site().pads()).isEqualTo(s.site().pads());
        assertThat(edited.events()).isEqualTo(s.events());
    }

    @Test
    void aTurnaroundThatIsNotAWholeNumberIsRefusedNamingItsField() {
        MockHttpSession operator = principals.consoleSession(mvc, Principals.OPERATOR);
        ForecastStoredScenario base = base();
        MultiValueMap<String, String> form = formOf(base);
        List<String> turnarounds = new ArrayList<>(form.get("turnarounds"));
        turnarounds.set(0, "two weeks");
        form.put("turnarounds", turnarounds);
        form.set("name", "Refused");
        form.set("_csrf", csrf(operator, base));
        MvcTestResult refused = mvc.post().uri("/forecasts/scenarios?lang=en").session(operator).params(form)
                .exchange();
        assertThat(refused).hasStatus(422);
        assertThat(TestRecords.body(refused)).contains("site.vehicles[0].turnaroundDays");
        assertThat(forecasts.scenarios()).noneMatch(x -> x.name().equals("Refused"));
    }
}
