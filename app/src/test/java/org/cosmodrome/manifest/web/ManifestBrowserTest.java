package org.cosmodrome.manifest.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
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

/** The manifest pages in a browser: the Gantt chart, the re-plan with its progress bar, "where can this fit". */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestBrowserTest {

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
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(30), "en").signIn(principals, Principals.OPERATOR);
        browser = chromium.browser();
        wait = chromium.waitFor();
    }

    /** Opens the manifest once a plan is stored (the first one is made in the background at start-up). */
    void openThePlannedManifest() {
        wait.until(d -> {
            d.get(chromium.url("/manifest"));
            return !d.findElements(By.cssSelector("[data-testid=plan-summary]")).isEmpty()
                    && d.findElements(By.cssSelector("[data-testid=replan-progress][data-state=RUNNING]")).isEmpty();
        });
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=manifest-gantt]"), "data-rendered",
                "true"));
    }

    /** Launches holding a pad on the plan, as the API lists them to the operator. */
    int launchesOnPadsByTheApi() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/launches?size=500"))
                .header("Authorization", principals.operator()).build(), HttpResponse.BodyHandlers.ofString());
        List<String> statuses = JsonPath.read(answer.body(), "$.items[?(@.pad)].status");
        return (int) statuses.stream().filter(Set.of("SCHEDULED", "CONFIRMED", "GO")::contains).count();
    }

    @Test
    void drawsOneGanttBarPerScheduledLaunch() throws Exception {
        openThePlannedManifest();

        WebElement gantt = browser.findElement(By.cssSelector("[data-testid=manifest-gantt]"));
        long bars = (Long) ((JavascriptExecutor) browser).executeScript(
                "return window.cosmodromeGantt.chart.getOption().series[0].data.length;");
        int expected = launchesOnPadsByTheApi();
        assertThat(expected).isGreaterThan(1);
        assertThat(bars).isEqualTo(expected);
        assertThat(gantt.getAttribute("data-bar-count")).isEqualTo(Integer.toString(expected));
        assertThat(browser.findElements(By.cssSelector("[data-testid=gantt-row]"))).hasSize(expected);
    }

    @Test
    void showsTheProgressOfAReplanUntilItIsDone() {
        openThePlannedManifest();

        browser.findElement(By.cssSelector("[data-testid=replan-button]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=replan-bar]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=replan-progress][data-state=DONE]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=replan-bar]")).getAttribute("value"))
                .isEqualTo("100");
        assertThat(browser.findElement(By.cssSelector("[data-testid=replan-done]")).isDisplayed()).isTrue();
    }

    @Test
    void offersWhereANewRequestCanFitBeforeItIsSubmitted() {
        browser.get(chromium.url("/manifest/requests/new"));
        browser.findElement(By.id("mission")).sendKeys("Progress MS-38");
        browser.findElement(By.id("payload")).sendKeys("Cargo");
        browser.findElement(By.id("payloadMassKg")).sendKeys("7280");
        new Select(browser.findElement(By.id("vehicle"))).selectByValue("soyuz-2-1a");
        new Select(browser.findElement(By.id("orbit"))).selectByValue("ISS");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('earliest').value = '2027-08-01';"
                + "document.getElementById('latest').value = '2027-10-31';");
        new Select(browser.findElement(By.id("priority"))).selectByValue("CREWED_ISS");

        browser.findElement(By.cssSelector("[data-testid=fit-button]")).click();

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=fit-option]"), 0));
        assertThat(browser.findElement(By.cssSelector("[data-testid=fit-table]")).getText()).contains("31-6");
        assertThat(browser.getCurrentUrl()).contains("/manifest/requests/new");
    }
}
