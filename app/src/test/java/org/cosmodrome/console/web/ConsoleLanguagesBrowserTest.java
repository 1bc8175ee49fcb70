package org.cosmodrome.console.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.cosmodrome.Principals;
import org.cosmodrome.analytics.ForecastPlanning;
import org.cosmodrome.analytics.ForecastRunStatus;
import org.cosmodrome.ServedContext;
import org.cosmodrome.browser.ConsoleBrowser;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.rangesafety.AnalysisRequest;
import org.cosmodrome.rangesafety.RangeSafetyAnalysis;
import org.cosmodrome.sites.PadId;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.visitors.Booking;
import org.cosmodrome.visitors.Tour;
import org.cosmodrome.visitors.VisitorBookings;
import org.cosmodrome.visitors.VisitorCatalogue;
import org.cosmodrome.visitors.VisitorPasses;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the console in Kazakh, Russian and English: no missing message key, the page's language declared,
 * and no serious or critical accessibility violation found by axe-core.
 */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLanguagesBrowserTest {

    /** The page of an analysis requested at set-up; {@link #open} puts in its id. */
    static final String ANALYSIS_PAGE = "/range-safety/analyses/{analysis}";

    /** Every page of the console, as a signed-in operator sees it. */
    static final List<String> PAGES = List.of("/", "/pads", "/pads/31-6", "/pads/no-such-pad", "/vehicles",
            "/vehicles/proton-m", "/vehicles/no-such-vehicle", "/organizations", "/agreements", "/ledger",
            "/account", "/login", "/manifest", "/manifest/launches/progress-ms-35", "/manifest/launches/no-such-launch",
            "/manifest/requests/new", "/range-safety", ANALYSIS_PAGE, "/suspensions", "/launch-plans",
            "/drop-zone-fees", "/incidents", "/incidents/proton-m-2007-09-06", "/incidents/no-such-incident",
            "/claims/kz-claim-2007", "/auctions", "/auctions/lots/baiterek-2025-a1", "/auctions/results", "/finance",
            "/finance/statements/roscosmos", "/finance/programmes/baiterek", "/visitors", "/visitors/operations",
            "/visitors/passes", "/visitors/messages", "/analytics",
            "/forecasts", "/forecasts/runs/{forecastRun}", "/forecasts/compare?a={forecastRun}&b={forecastRun}",
            "/forecasts/scenarios/{forecastScenario}/edit", "/forecasts/runs/no-such-run");

    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @Autowired
    RangeSafetyAnalysis rangeSafety;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    ForecastPlanning forecasts;

    @Autowired
    VisitorCatalogue visitorCatalogue;

    @Autowired
    VisitorBookings visitorBookings;

    @Autowired
    VisitorPasses visitorPasses;

    @AutoClose
    ConsoleBrowser chromium;

    WebDriver browser;
    UUID analysis;
    UUID forecastRun;
    UUID forecastScenario;
    WebDriverWait wait;

    @BeforeAll
    void openBrowserSignedIn() throws InterruptedException {
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(20)).signIn(principals, Principals.OPERATOR);
        browser = chromium.browser();
        wait = chromium.waitFor();
        analysis = analysedFew();
        forecastRun = forecastOfOneSample();
        passAwaitingADecision();
    }

    /** A visitor's booked tour and pass awaiting the operator, so the pass page shows its decision form. */
    void passAwaitingADecision() {
        Actor system = Actor.system("console-languages-test");
        String tour = "console-languages-tour-" + UUID.randomUUID();
        currentActor.runAs(system, () -> {
            visitorCatalogue.addTour(new Tour(tour, "Console languages tour", "Site 254",
                    Instant.parse("2028-06-01T05:00:00Z"), 5, "en", "Test guide"));
            Booking booking = visitorBookings.book(new VisitorBookings.BookingRequest(null, "Console Visitor", "KZ",
                    "N0000001", tour, null, null));
            return visitorPasses.apply(booking.visitor(), java.time.LocalDate.parse("2028-06-01"));
        });
    }

    /** A one-sample run of the base forecast scenario, finished, for the run and comparison pages to show. */
    UUID forecastOfOneSample() throws InterruptedException {
        Actor system = Actor.system("console-languages-test");
        forecastScenario = forecasts.scenarios().get(0).id();
        UUID id = currentActor.runAs(system, () -> forecasts.start(forecastScenario, 1L, 1)).id();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (forecasts.run(id).status() != ForecastRunStatus.DONE) {
            assertThat(forecasts.run(id).status().finished()).as("forecast %s failed or was cancelled", id).isFalse();
            assertThat(Instant.now()).as("forecast %s finished in time", id).isBefore(deadline);
            Thread.sleep(200);
        }
        return id;
    }

    /** A small but real analysis, finished, for the analysis page to show. */
    UUID analysedFew() throws InterruptedException {
        Actor system = Actor.system("console-languages-test");
        UUID id = currentActor.runAs(system, () -> rangeSafety.request(new AnalysisRequest(null,
                new VehicleId("soyuz-2-1a"), new PadId("31-6"), 51.6, 200, 1))).id();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!rangeSafety.get(id, system).status().finished()) {
            assertThat(Instant.now()).as("analysis %s finished in time", id).isBefore(deadline);
            Thread.sleep(200);
        }
        return id;
    }

    static Stream<Arguments> pagesInEveryLanguage() {
        return LANGUAGES.stream().flatMap(language -> PAGES.stream().map(page -> Arguments.of(language, page)));
    }

    void open(String path, String language) {
        String page = path.replace("{analysis}", String.valueOf(analysis))
                .replace("{forecastRun}", String.valueOf(forecastRun))
                .replace("{forecastScenario}", String.valueOf(forecastScenario));
        browser.get(chromium.url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("pagesInEveryLanguage")
    void everyPageRendersInEveryLanguageWithoutAMissingKey(String language, String path) {
        open(path, language);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(browser.getPageSource()).as("missing message keys show as ??key??").doesNotContain("??");
        assertThat(browser.getTitle()).isNotBlank();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("pagesInEveryLanguage")
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage(String language, String path) {
        open(path, language);
        if (path.equals("/") || path.equals("/range-safety")) {
            wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=pad-marker]"), 0));
        }
        if (path.equals(ANALYSIS_PAGE)) {
            wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=analysis-map]"), "data-rendered",
                    "true"));
        }
        if (path.equals("/analytics")) {
            wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=per-year-chart]"),
                    "data-rendered", "true"));
        }

        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser);

        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(ConsoleLanguagesBrowserTest::describe)
                .toList();
        assertThat(serious).as("serious or critical axe violations on %s (%s)", path, language).isEmpty();
    }

    static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }

    @Nested
    class TheLanguageSwitcher {

        @Test
        void remembersTheChosenLanguageOnTheNextPages() {
            open("/", "en");
            browser.findElement(By.cssSelector("[data-testid=language-kk]")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "kk"));

            browser.get(chromium.url("/vehicles"));
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
            open("/", "en");
        }
    }

    @Nested
    class ThePadPageInKazakh {

        @Test
        void showsTheKazakhNameOfThePadAndDatesInKazakh() {
            open("/pads/31-6", "kk");

            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("31-алаң");
            assertThat(browser.findElement(By.cssSelector("[data-testid=pad-status]")).getText())
                    .isEqualTo("Белсенді");
            assertThat(browser.findElement(By.cssSelector("[data-testid=pad-facts]")).getText())
                    .containsPattern("\\d{4} ж\\. \\d{1,2} \\p{IsCyrillic}+")
                    .contains("с. е.");
            open("/", "en");
        }

        @Test
        void explainsARefusedStatusChangeInKazakh() {
            open("/pads/45-1", "kk");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("to"))).selectByValue("ACTIVE");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.getElementById('effectiveOn').value = '2099-01-01';");
            browser.findElement(By.id("reason")).sendKeys("Soyuz-5");
            browser.findElement(By.cssSelector("[data-testid=status-form] button")).click();

            String errors = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=form-errors]"))).getText();
            assertThat(errors).contains("болашақта").doesNotContain("future");
            assertThat(browser.findElement(By.cssSelector("[data-testid=pad-status]")).getText())
                    .isEqualTo("Қайта жабдықталуда");
            open("/", "en");
        }

        @Test
        void showsTheOperatorByItsKazakhName() {
            open("/pads/1-5", "kk");

            assertThat(browser.findElement(By.cssSelector("[data-testid=pad-facts]")).getText()).contains("Қазғарыш");
            open("/", "en");
        }
    }
}
