package org.cosmodrome.console.web;

import java.time.Duration;
import java.util.List;

import org.cosmodrome.Principals;
import org.cosmodrome.ServedContext;
import org.cosmodrome.browser.ConsoleBrowser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @AutoClose
    ConsoleBrowser chromium;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(20));
        browser = chromium.browser();
        wait = chromium.waitFor();
    }

    @Nested
    class TheDashboard {

        @Test
        void showsAMarkerForEveryPadOfTheRegistry() {
            browser.get(chromium.url("/"));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=pad-marker]"), 23));

            assertThat(browser.findElements(By.cssSelector("[data-testid=pad-marker]"))).hasSize(23);
            assertThat(browser.findElement(By.cssSelector("[data-testid=pad-map]")).getAttribute("data-pad-count"))
                    .isEqualTo("23");
            assertThat(browser.findElements(By.cssSelector("[data-testid=pad-row]"))).hasSize(23);
        }

        @Test
        void coloursEachMarkerByItsPadStatus() {
            browser.get(chromium.url("/"));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=pad-marker]"), 23));

            List<WebElement> active = browser.findElements(By.cssSelector("path.pad-marker.pad-status-active"));
            List<WebElement> museum = browser.findElements(By.cssSelector("path.pad-marker.pad-status-museum"));
            assertThat(active).hasSize(2);
            assertThat(museum).hasSize(1);
            assertThat(active.get(0).getAttribute("fill")).isEqualTo("#1a7f37");
        }

        @Test
        void drawsTheCountryOutlinesFromTheOfflineLayer() {
            browser.get(chromium.url("/"));
            WebElement map = browser.findElement(By.cssSelector("[data-testid=pad-map]"));
            wait.until(ExpectedConditions.attributeToBe(map, "data-outlines-loaded", "true"));

            Long countries = (Long) ((JavascriptExecutor) browser).executeScript(
                    "var n = 0; window.cosmodromeMap.map.eachLayer(function (l) {"
                            + " if (l.feature && l.feature.properties && l.feature.properties.name) { n++; } });"
                            + " return n;");
            assertThat(countries).isGreaterThanOrEqualTo(3);
        }

        @Test
        void opensAPadsPopupWithItsDesignation() {
            browser.get(chromium.url("/"));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=pad-marker]"), 23));

            ((JavascriptExecutor) browser).executeScript(
                    "window.cosmodromeMap.map.eachLayer(function (l) {"
                            + " if (l.options && l.options.className && l.options.className.indexOf('pad-status-museum') >= 0)"
                            + " { l.openPopup(); } });");
            WebElement popup = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".leaflet-popup-content")));
            assertThat(popup.getText()).contains("1/5").contains("Museum");
        }

        @Test
        void chartsTheLaunchesPerYear() {
            browser.get(chromium.url("/"));
            WebElement chart = chromium.rendered("launch-chart");

            assertThat(chart.findElements(By.cssSelector("svg path")).size()).isGreaterThan(5);
            assertThat(browser.findElement(By.cssSelector("[data-testid=launch-table]")).getText())
                    .contains("2019").contains("13");
        }

        @Test
        void countsTheActivePads() {
            browser.get(chromium.url("/"));
            assertThat(browser.findElement(By.cssSelector("[data-testid=count-active-pads] .value")).getText())
                    .isEqualTo("2");
        }
    }

    @Nested
    class ThePadPages {

        @Test
        void filterThePadListByStatusWithoutAFullReload() {
            browser.get(chromium.url("/pads"));
            assertThat(browser.findElements(By.cssSelector("[data-testid=pad-row]"))).hasSize(23);

            new Select(browser.findElement(By.cssSelector("[data-testid=status-filter]"))).selectByValue("ACTIVE");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=pad-row]"), 2));
            assertThat(browser.getCurrentUrl()).contains("status=ACTIVE");
        }

        @Test
        void recordAStatusChangeThroughTheFormAndShowItInTheHistory() {
            chromium.signIn(principals, Principals.OPERATOR);
            browser.get(chromium.url("/pads/200-39"));
            int before = browser.findElements(By.cssSelector("[data-testid=status-history] tbody tr")).size();

            new Select(browser.findElement(By.id("to"))).selectByValue("UNDER_REPAIR");
            browser.findElement(By.id("reason")).sendKeys("Refurbishment of the service tower");
            browser.findElement(By.cssSelector("[data-testid=status-form] button")).click();

            wait.until(ExpectedConditions.urlContains("changed=UNDER_REPAIR"));
            assertThat(browser.findElement(By.cssSelector("[data-testid=pad-status]")).getText())
                    .isEqualTo("Under repair");
            assertThat(browser.findElements(By.cssSelector("[data-testid=status-history] tbody tr")))
                    .hasSize(before + 1);
        }

        @Test
        void offerNoStatusChangeForAMuseum() {
            browser.get(chromium.url("/pads/1-5"));
            assertThat(browser.findElements(By.cssSelector("[data-testid=status-form]"))).isEmpty();
        }
    }
}
