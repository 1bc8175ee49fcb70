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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator edits the base forecast scenario into a new one of low growth where Proton goes on, runs both from the
 * console,
 * follows their progress and compares the two runs on one page, with both runs' charts drawn.
 */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForecastCompareBrowserTest {

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
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(180), "en").signIn(principals, Principals.OPERATOR);
        browser = chromium.browser();
        wait = chromium.waitFor();
    }

    @Test
    void runsTheBaseAndAnEditedScenarioAndComparesThemSideBySide() {
        browser.get(chromium.url("/forecasts"));
        WebElement baseRow = browser.findElement(By.xpath(
                "//table[@data-testid='forecast-scenarios']//tr[th[text()='Baikonur base: 17.5 %/yr']]"));
        baseRow.findElement(By.cssSelector("a[data-testid^=edit-]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=scenario-form]")));
        WebElement name = browser.findElement(By.cssSelector("[data-testid=edit-name]"));
        name.clear();
        name.sendKeys("Low growth, Proton goes on");
        chromium.fill("edit-growth-rate", "5");
        chromium.fill("edit-growth-low", "3");
        chromium.fill("edit-growth-high", "8");
        WebElement protonEnd = browser.findElement(By.cssSelector("[data-testid=event-enabled-proton-end]"));
        assertThat(protonEnd.isSelected()).isTrue();
        protonEnd.click();
        browser.findElement(By.cssSelector("[data-testid=edit-save]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=scenario-saved]")));
        browser.findElement(By.xpath("//table[@data-testid='forecast-scenarios']"
                + "//tr[th[text()='Low growth, Proton goes on']]//a[starts-with(@data-testid, 'edit-')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=scenario-form]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=event-enabled-proton-end]")).isSelected())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("[data-testid=event-enabled-iss-end]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-testid=edit-growth-rate]")).getAttribute("value"))
                .isEqualTo("5.0");

        String first = run("Baikonur base: 17.5 %/yr");
        String second = run("Low growth, Proton goes on");

        browser.get(chromium.url("/forecasts"));
        new Select(browser.findElement(By.cssSelector("[data-testid=compare-a]"))).selectByValue(first);
        new Select(browser.findElement(By.cssSelector("[data-testid=compare-b]"))).selectByValue(second);
        browser.findElement(By.cssSelector("[data-testid=compare-submit]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=compare-heading]")));
        assertThat(browser.getCurrentUrl()).contains("a=" + first).contains("b=" + second);
        for (String chart : List.of("fan-chart-a", "binding-chart-a", "fan-chart-b", "binding-chart-b")) {
            WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-testid=" + chart + "][data-rendered=true]")));
            assertThat(element.findElements(By.tagName("svg"))).as(chart + " drawn").isNotEmpty();
        }
        assertThat(browser.findElement(By.id("side-a")).getText()).contains("Baikonur base: 17.5 %/yr");
        assertThat(browser.findElement(By.id("side-b")).getText()).contains("Low growth, Proton goes on");
        List<WebElement> years = browser.findElements(By.cssSelector("[data-testid=compare-years] tbody tr"));
        assertThat(years).hasSize(10);
        // a third of the base's growth asks for fewer launches ten years on, Proton's few more notwithstanding
        WebElement lastYear = years.get(9);
        String[] demand = lastYear.findElements(By.tagName("td")).get(0).getText().split(" / ");
        assertThat(Double.parseDouble(demand[1].replace(",", "")))
                .isLessThan(Double.parseDouble(demand[0].replace(",", "")));
        assertThat(lastYear.findElement(By.cssSelector("[data-testid=binding-a]")).getText()).isNotBlank();
    }

    /** Starts a one-sample run of the named scenario and waits on its page until it is done; answers its id. */
    private String run(String scenario) {
        browser.get(chromium.url("/forecasts"));
        new Select(browser.findElement(By.cssSelector("[data-testid=run-scenario]"))).selectByVisibleText(scenario);
        browser.findElement(By.cssSelector("[data-testid=run-seed]")).sendKeys("11");
        browser.findElement(By.cssSelector("[data-testid=run-samples]")).sendKeys("1");
        browser.findElement(By.cssSelector("[data-testid=run-start]")).click();
        wait.until(ExpectedConditions.urlMatches("/forecasts/runs/[0-9a-f-]{36}"));
        String id = browser.getCurrentUrl().replaceAll(".*/forecasts/runs/([0-9a-f-]{36}).*", "$1");
        WebElement bar = browser.findElement(By.id("run-bar"));
        assertThat(bar.getTagName()).isEqualTo("progress");
        // the page follows the run's progress and reloads with the charts once it is done
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=fan-chart][data-rendered=true]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=run-status]")).getText()).startsWith("Done");
        assertThat(browser.findElements(By.cssSelector("[data-testid=forecast-years] tbody tr"))).hasSize(10);
        return id;
    }
}
