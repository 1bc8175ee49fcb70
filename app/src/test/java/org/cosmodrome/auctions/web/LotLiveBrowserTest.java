package org.cosmodrome.auctions.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.cosmodrome.Principals;
import org.cosmodrome.Principals.Member;
import org.cosmodrome.ServedContext;
import org.cosmodrome.auctions.TestLots;
import org.cosmodrome.browser.ConsoleBrowser;
import org.cosmodrome.platform.Role;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bidder bids through a lot's page in Chromium, and the page follows a rival's bid live, without reloading.
 */
@ServedContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotLiveBrowserTest {

    static final Member RIVAL = new Member("t-live-rival", "hyimpulse", Role.BIDDER);

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
    HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void openBrowser() {
        chromium = ConsoleBrowser.open(port, Duration.ofSeconds(20));
        browser = chromium.browser();
        wait = chromium.waitFor();
    }

    private int post(String path, String bearer, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(chromium.url(path))).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aBidderBidsThroughTheLotPageAndSeesARivalsBidArriveWithoutReloading() throws Exception {
        Instant now = Instant.now();
        String lot = TestLots.english(jdbc, 10_000, null, now.minusSeconds(60), now.plus(Duration.ofHours(2)),
                Duration.ofMinutes(5));
        chromium.signIn(principals, Principals.BIDDER);

        browser.get(chromium.url("/auctions/lots/" + lot));
        browser.findElement(By.cssSelector("[data-testid=register]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=deposit-due]")));
        assertThat(post("/api/v1/lots/" + lot + "/registrations/" + Principals.BIDDER.organization() + "/deposit",
                principals.operator(), null)).isEqualTo(200);

        browser.get(chromium.url("/auctions/lots/" + lot));
        var amount = browser.findElement(By.id("bid-amount"));
        assertThat(amount.getAttribute("value")).isEqualTo("10000");
        browser.findElement(By.cssSelector("[data-testid=place-bid]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=bid-notice]")));
        assertThat(browser.findElements(By.cssSelector("[data-testid=bid-history-row]"))).hasSize(1);
        assertThat(browser.findElement(By.id("lot-price")).getAttribute("data-amount")).isEqualTo("10000");

        // Wait until the page follows the lot's events, then mark the page so that a reload would show.
        wait.until(ExpectedConditions.attributeToBe(By.id("lot-live"), "data-live", "true"));
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true;");

        String rival = principals.bearer(RIVAL);
        assertThat(post("/api/v1/lots/" + lot + "/registrations", rival, null)).isEqualTo(201);
        assertThat(post("/api/v1/lots/" + lot + "/registrations/" + RIVAL.organization() + "/deposit",
                principals.operator(), null)).isEqualTo(200);
        assertThat(post("/api/v1/lots/" + lot + "/bids", rival, "{\"amount\": 12000}")).isEqualTo(201);

        wait.until(ExpectedConditions.attributeToBe(By.id("lot-price"), "data-amount", "12000"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=bid-history-row]"))).hasSize(2);
        assertThat(browser.findElement(By.id("lot-next-bid")).getText()).contains("13");
        assertThat(browser.findElement(By.id("lot-bid-count")).getText()).isEqualTo("2");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
    }
}
