package org.lessonsportal.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (so Selenium downloads nothing). Override the paths with
 * {@code CHROME_BIN} and {@code CHROMEDRIVER}.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path userData;

    public static Browser start() {
        try {
            Path userData = Files.createTempDirectory("lessons-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(env("CHROME_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,1024", "--lang=en-GB",
                    "--user-data-dir=" + userData);
            // the console, for tests that look for content security policy violations (consoleMessages)
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(env("CHROMEDRIVER", "/usr/bin/chromedriver")))
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, userData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        waitForVaadin();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement waitFor(By by) {
        WebElement element = new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
        waitForVaadin();
        return element;
    }

    /** Waits until one of the elements is visible (a page that may go one of several ways); returns the first one. */
    public By waitForAny(By... candidates) {
        // an element of the page being left may go stale while it is looked at: look again
        By shown = new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            for (By candidate : candidates) {
                if (d.findElements(candidate).stream().anyMatch(WebElement::isDisplayed)) {
                    return candidate;
                }
            }
            return null;
        });
        waitForVaadin();
        return shown;
    }

    public boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public void click(By by) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by)).click();
        waitForVaadin();
    }

    public void type(By by, String text) {
        WebElement element = waitFor(by);
        element.clear();
        element.sendKeys(text);
    }

    /** Waits until no Vaadin client on the page is busy talking to the server. */
    public void waitForVaadin() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (document.readyState !== 'complete') { return false; }"
                        + "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return true; }"
                        + "return Object.values(window.Vaadin.Flow.clients)"
                        + "  .every(c => !c.isActive || !c.isActive());")));
    }

    /** What the pages wrote to the browser console since the last call ("SEVERE: Refused to load …"). */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + ": " + entry.getMessage()).toList();
    }

    /** Saves a screenshot and the page source as {@code <dir>/<name>.png} and {@code .html}. */
    public void saveArtifacts(String name) {
        try {
            Path dir = Path.of(System.getProperty("e2e.artifacts", "target/e2e"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser artifacts for " + name + ": " + e);
        }
    }

    /** Saves only a screenshot, e.g. of a main view for the README. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("e2e.artifacts", "target/e2e")).resolve("screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(userData)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory; the OS cleans it eventually
            }
        }
    }
}
