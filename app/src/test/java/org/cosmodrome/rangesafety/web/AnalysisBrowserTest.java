package org.cosmodrome.rangesafety.web;

import java.time.Duration;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator requests a range-safety analysis through the console's form, follows its progress and reads the
 * verdict and the footprint map.
 */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @AutoClose
    ConsoleBrowser chromium;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openBrowserSignedInAsTheOperator() {
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(120), "en").signIn(principals, Principals.OPERATOR);
        browser = chromium.browser();
        wait = chromium.waitFor();
    }

    @Test
    void requestsSoyuzToTheIssPlaneSeesItsProgressThenAGoVerdictAndItsFootprintOnTheMap() {
        browser.get(chromium.url("/range-safety"));
        new Select(browser.findElement(By.cssSelector("[data-testid=analysis-vehicle]"))).selectByValue("soyuz-2-1a");
        new Select(browser.findElement(By.cssSelector("[data-testid=analysis-pad]"))).selectByValue("31-6");
        chromium.fill("analysis-inclination", "51.6");
        chromium.fill("analysis-samples", "300");
        browser.findElement(By.cssSelector("[data-testid=analysis-submit]")).click();

        wait.until(ExpectedConditions.urlMatches("/range-safety/analyses/[0-9a-f-]{36}"));
        // Standing analyses of the corridors may still be ahead of it in the queue: the bar shows until it is done.
        if (!browser.findElements(By.cssSelector("[data-testid=analysis-progress]")).isEmpty()) {
            WebElement bar = browser.findElement(By.cssSelector("[data-testid=analysis-bar]"));
            assertThat(bar.getTagName()).isEqualTo("progress");
            assertThat(bar.getAttribute("max")).isEqualTo("100");
            assertThat(browser.findElement(By.cssSelector("label[for=analysis-bar]")).getText()).isNotBlank();
        }

        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=analysis-verdict]")));
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("GO");
        assertThat(verdict.getText()).contains("GO").doesNotContain("NO-GO");
        assertThat(browser.findElements(By.cssSelector("[data-testid=analysis-progress]"))).isEmpty();

        By map = By.cssSelector("[data-testid=analysis-map]");
        wait.until(ExpectedConditions.attributeToBe(map, "data-rendered", "true"));
        WebElement element = browser.findElement(map);
        int stages = browser.findElements(By.cssSelector("[data-testid=analysis-stage]")).size();
        assertThat(stages).isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(element.getAttribute("data-impact-count"))).isGreaterThanOrEqualTo(300 * 2);
        assertThat(Integer.parseInt(element.getAttribute("data-ellipse-count"))).isEqualTo(3 * stages);
        assertThat(browser.findElements(By.cssSelector("[data-testid=dispersion-ellipse]"))).hasSize(3 * stages);
        assertThat(browser.findElements(By.cssSelector("[data-testid=mean-impact]"))).hasSize(stages);
        assertThat(browser.findElements(By.cssSelector("[data-testid=drop-zone-outline]"))).isNotEmpty()
                .allSatisfy(o -> assertThat(o.getAttribute("stroke-dasharray")).isNotBlank());
        assertThat(browser.findElements(By.cssSelector("#analysis-map canvas"))).as("impacts drawn on a canvas")
                .isNotEmpty();
        Object bounds = ((JavascriptExecutor) browser).executeScript(
                "return window.cosmodromeAnalysisMap.map.getZoom();");
        assertThat(((Number) bounds).doubleValue()).as("fitted to the footprint, not the whole world")
                .isGreaterThan(3);
        assertThat(browser.findElement(By.cssSelector("[data-testid=analysis-geojson]")).getAttribute("href"))
                .endsWith(".geojson");
    }

    @Test
    void showsTheFieldsErrorWhenThePadCannotReachTheInclination() {
        browser.get(chromium.url("/range-safety"));
        chromium.fill("analysis-inclination", "40");
        browser.findElement(By.cssSelector("[data-testid=analysis-submit]")).click();

        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=form-errors]")));
        assertThat(errors.getText()).contains("No direct launch from this pad reaches this inclination");
        assertThat(browser.findElement(By.id("analysis-inclination")).getAttribute("aria-invalid")).isEqualTo("true");
    }
}
