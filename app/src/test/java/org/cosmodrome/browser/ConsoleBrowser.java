package org.cosmodrome.browser;

import java.time.Duration;

import org.cosmodrome.Principals;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Chromium pointed at the server under test, shared by the tests of one browser test class: opened in its
 * {@code @BeforeAll}, signed in as a member when the class needs it, and quit when the class is done (hold it in an
 * {@link org.junit.jupiter.api.AutoClose @AutoClose} field).
 *
 * @param browser  the headless browser
 * @param waitFor  the class's wait for what the pages draw
 * @param base     the server's address, {@code http://localhost:port}
 * @param language the {@code lang} that {@link #url} appends to every address, or {@code null} for none
 */
public record ConsoleBrowser(WebDriver browser, WebDriverWait waitFor, String base, String language)
        implements AutoCloseable {

    /**
     * A fresh browser for the server on {@code port}, signed in as nobody; skips the class (or fails it, when a browser
     * is required) if Chromium is not installed.
     */
    public static ConsoleBrowser open(int port, Duration wait) {
        return open(port, wait, null);
    }

    /** As {@link #open(int, Duration)}, with {@code lang=language} on every address {@link #url} makes. */
    public static ConsoleBrowser open(int port, Duration wait, String language) {
        Chromium.assumeAvailable();
        WebDriver browser = Chromium.start();
        return new ConsoleBrowser(browser, new WebDriverWait(browser, wait), "http://localhost:" + port, language);
    }

    /** Signs the browser in through the sign-in page as {@code member}, made sure of first; answers this browser. */
    public ConsoleBrowser signIn(Principals principals, Principals.Member member) {
        principals.ensure(member);
        Chromium.signIn(browser, waitFor, url("/login"), member.username(), Principals.PASSWORD);
        return this;
    }

    /** The full address of {@code path} (which may have a query) on the server, with the language if there is one. */
    public String url(String path) {
        if (language == null) {
            return base + path;
        }
        return base + path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }

    /** The element with {@code data-testid=testId} on the current page, once it says it is drawn. */
    public WebElement rendered(String testId) {
        WebElement element = browser.findElement(By.cssSelector("[data-testid=" + testId + "]"));
        waitFor.until(ExpectedConditions.attributeToBe(element, "data-rendered", "true"));
        return element;
    }

    /** Replaces what the field with {@code data-testid=testId} holds by {@code value}. */
    public void fill(String testId, String value) {
        WebElement field = browser.findElement(By.cssSelector("[data-testid=" + testId + "]"));
        field.clear();
        field.sendKeys(value);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
