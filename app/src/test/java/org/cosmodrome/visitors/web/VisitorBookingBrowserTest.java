package org.cosmodrome.visitors.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cosmodrome.Principals;
import org.cosmodrome.ServedContext;
import org.cosmodrome.browser.ConsoleBrowser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor books a tour place through the public page in Chromium. */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorBookingBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Principals principals;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void aVisitorBooksATourPlaceThroughThePublicPageAndIsToldItAwaitsThePass() {
        browser.get(chromium.url("/visitors?lang=en"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=tour-row]"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("[data-testid=book]"))).isEmpty();

        chromium.signIn(principals, Principals.VISITOR);
        browser.get(chromium.url("/visitors?lang=en"));
        var tour = browser.findElement(By.cssSelector("[data-testid=tour-row] input[type=radio]"));
        String tourId = tour.getAttribute("value").substring("tour:".length());
        tour.click();
        browser.findElement(By.id("visitor-name")).sendKeys("Ada Example");
        browser.findElement(By.id("visitor-nationality")).sendKeys("DE");
        browser.findElement(By.id("visitor-document")).sendKeys("C01X00T47");
        browser.findElement(By.cssSelector("[data-testid=book]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=visitor-notice]")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=visitor-notice]")).getText())
                .contains("confirmed once your pass is approved");
        assertThat(jdbc.sql("""
                select count(*) from visitors.booking b join visitors.slot s on s.id = b.slot_id
                where s.tour_id = ? and b.status = 'HELD_AWAITING_PASS'""")
                .param(tourId).query(Long.class).single()).isPositive();
        assertThat(browser.getPageSource()).doesNotContain("C01X00T47");
    }
}
