package org.cosmodrome.analytics.web;

import java.time.Duration;
import java.util.List;

import org.cosmodrome.Principals;
import org.cosmodrome.ServedContext;
import org.cosmodrome.browser.ConsoleBrowser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launch statistics page in Debian's Chromium, signed in as the operator: the history charts are drawn by ECharts
 * from the data set (launches per year from 1957 with the sources' counts, gaps where they give none; the seeded
 * incidents).
 */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsHistoryBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @AutoClose
    ConsoleBrowser chromium;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowserSignedIn() {
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(20)).signIn(principals, Principals.OPERATOR);
        browser = chromium.browser();
        wait = chromium.waitFor();
    }

    /** What the ECharts instance on {@code element} draws: its category axis and each series' values. */
    @SuppressWarnings("unchecked")
    List<Object> option(WebElement element) {
        return (List<Object>) ((JavascriptExecutor) browser).executeScript("""
                var chart = echarts.getInstanceByDom(arguments[0]);
                if (!chart) { return null; }
                var option = chart.getOption();
                return [option.xAxis[0].data, option.series.map(function (s) { return s.data; })];""", element);
    }

    @Test
    void drawsTheLaunchesPerYearFrom1957WithTheSourcedCountsAndGaps() {
        browser.get(chromium.url("/analytics"));
        List<Object> option = option(chromium.rendered("per-year-chart"));

        assertThat(option).as("an ECharts instance on the chart").isNotNull();
        List<String> years = (List<String>) option.get(0);
        List<List<Object>> series = (List<List<Object>>) option.get(1);
        assertThat(years.get(0)).isEqualTo("1957");
        assertThat(((Number) series.get(0).get(years.indexOf("2015"))).intValue()).isEqualTo(18);
        assertThat(series.get(0).get(years.indexOf("2022"))).as("2022 is not in the sources").isNull();
        assertThat(series.get(0).get(years.indexOf("1957"))).isNull();
        assertThat(series).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("[data-testid=year-2022]")).getText())
                .contains("not in the sources");
        assertThat(browser.findElement(By.cssSelector("[data-testid=cumulative]")).getText()).contains("1,511");
        assertThat(browser.findElement(By.cssSelector("[data-testid=first-launch]")).getText()).contains("1957");
    }

    @Test
    void drawsTheSeededIncidentsInTheirYears() {
        browser.get(chromium.url("/analytics"));
        List<Object> option = option(chromium.rendered("incidents-chart"));

        List<String> years = (List<String>) option.get(0);
        List<List<Object>> series = (List<List<Object>>) option.get(1);
        assertThat(years.get(0)).isEqualTo("1957");
        assertThat(series).isNotEmpty();
        long in2007 = series.stream().mapToLong(s -> ((Number) s.get(years.indexOf("2007"))).longValue()).sum();
        assertThat(in2007).isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("[data-testid=nav-analytics]")).getAttribute("aria-current"))
                .isEqualTo("page");
    }
}
