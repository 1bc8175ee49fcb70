package org.cosmodrome.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium for browser tests. Without Chromium the tests are skipped with the reason
 * shown; with {@code COSMODROME_REQUIRE_BROWSER=1} (as in CI) they fail instead.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips the calling test (or fails it when a browser is required) unless Chromium and ChromeDriver exist. */
    public static void assumeAvailable() {
        boolean available = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!available && "1".equals(System.getenv("COSMODROME_REQUIRE_BROWSER"))) {
            throw new AssertionError("COSMODROME_REQUIRE_BROWSER=1 but " + BROWSER + " or " + DRIVER
                    + " is missing: install Debian's chromium and chromium-driver");
        }
        Assumptions.assumeTrue(available, "Browser tests skipped: " + BROWSER + " or " + DRIVER
                + " is missing (apt-get install chromium chromium-driver)");
    }

    /**
     * Signs the browser in through the console's sign-in page and waits until it has left it.
     *
     * @param loginUrl the full address of {@code /login} on the server under test
     */
    public static void signIn(WebDriver browser, WebDriverWait wait, String loginUrl, String username,
            String password) {
        browser.get(loginUrl);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("[data-testid=login-form] button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** A fresh headless browser with its own profile directory; quit it after the test. */
    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("cosmodrome-chromium-");
            profile.toFile().deleteOnExit();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile directory", e);
        }
    }
}
