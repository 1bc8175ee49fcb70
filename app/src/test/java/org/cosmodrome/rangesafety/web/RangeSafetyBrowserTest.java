package org.cosmodrome.rangesafety.web;

import java.time.Duration;
import java.util.List;

import org.cosmodrome.ServedContext;
import org.cosmodrome.browser.ConsoleBrowser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The range-safety map as a visitor's browser draws it. */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RangeSafetyBrowserTest {

    @LocalServerPort
    int port;

    @AutoClose
    ConsoleBrowser chromium;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void openTheMap() {
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(20), "en");
        browser = chromium.browser();
        wait = chromium.waitFor();
        browser.get(chromium.url("/range-safety"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-testid=drop-zone-outline]"), 6));
    }

    @Test
    void drawsEveryZoneDashedAsApproximate() {
        List<WebElement> outlines = browser.findElements(By.cssSelector("[data-testid=drop-zone-outline]"));

        assertThat(outlines).extracting(o -> o.getAttribute("data-id")).containsExactlyInAnyOrder("ulytau",
                "zone-120-dzhangeldy", "altai-327", "altai-ust-kan", "severouralsk-khmao", "tomsk");
        assertThat(outlines).allSatisfy(o -> assertThat(o.getAttribute("stroke-dasharray")).isNotBlank());
    }

    @Test
    void drawsAGroundLinePerCorridorAndTheirPads() {
        assertThat(browser.findElements(By.cssSelector("[data-testid=corridor-line]"))).hasSize(5);
        assertThat(browser.findElements(By.cssSelector("[data-testid=pad-marker]"))).hasSize(2);
    }

    @Test
    void drawsTheCountryOutlinesBeneath() {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=range-map]"),
                "data-outlines-loaded", "true"));
    }
}
