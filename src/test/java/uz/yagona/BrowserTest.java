package uz.yagona;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of browser tests: the whole application on a random port and a fresh headless Chromium the size of a
 * phone, quit after each test. Extend it, then {@link #open(String)} a path and look at {@link #browser}.
 * Chromium and its driver come from Debian ({@code apt-get install chromium chromium-driver}); other paths can
 * be given with {@code -Dyagona.chromium=...} and {@code -Dyagona.chromedriver=...}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    /** A common phone: tests see what most citizens see. */
    protected static final String PHONE = "390,844";

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    protected int port;

    /** The browser of the running test. */
    protected WebDriver browser;

    private @Nullable Path profile;

    /** What a fresh browser asks for, unless a test says otherwise: Uzbek, so pages open in the default language. */
    protected static final String DEFAULT_ACCEPT_LANGUAGES = "uz";

    @BeforeEach
    void startBrowser() {
        browser = startChromium(DEFAULT_ACCEPT_LANGUAGES, true);
    }

    @AfterEach
    void quitBrowser() {
        quit();
    }

    /**
     * Replaces the browser with a fresh one (no cookies) whose preferred languages are {@code acceptLanguages},
     * as in an {@code Accept-Language} header, e.g. {@code "ru-RU,ru"}.
     */
    protected WebDriver restartBrowserPreferring(String acceptLanguages) {
        quit();
        browser = startChromium(acceptLanguages, true);
        return browser;
    }

    /** Replaces the browser with a fresh one that runs no JavaScript, as every page must work without it. */
    protected WebDriver restartBrowserWithoutJavaScript() {
        quit();
        browser = startChromium(DEFAULT_ACCEPT_LANGUAGES, false);
        return browser;
    }

    /** Loads a path of the application under test, such as {@code "/"} or {@code "/login?lang=ru"}. */
    protected void open(String path) {
        browser.get(url(path));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebElement find(String cssSelector) {
        return browser.findElement(By.cssSelector(cssSelector));
    }

    protected List<WebElement> findAll(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector));
    }

    /**
     * Clicks a link or a submit button and waits until the browser shows the page it leads to, so that what the
     * test reads next is never the page it left.
     */
    protected void navigate(WebElement element) {
        var page = find("html");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /** The {@code lang} of the page's {@code <html>} element. */
    protected String htmlLang() {
        return find("html").getDomAttribute("lang");
    }

    /** Saves what the browser shows to {@code target/screenshots/<name>.png}, to look at after the run. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebDriver startChromium(String acceptLanguages, boolean javaScript) {
        var chromium = Path.of(System.getProperty("yagona.chromium", "/usr/bin/chromium"));
        var driver = Path.of(System.getProperty("yagona.chromedriver", "/usr/bin/chromedriver"));
        assertThat(chromium).as("Chromium for browser tests (apt-get install chromium)").isExecutable();
        assertThat(driver).as("ChromeDriver for browser tests (apt-get install chromium-driver)").isExecutable();
        try {
            profile = Files.createTempDirectory("yagona-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions().setBinary(chromium.toFile()).addArguments(
                // stable on small CI machines and containers, and quiet: no network but the application's
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + PHONE, "--user-data-dir=" + profile);
        // Chromium would otherwise send the machine's language, and tests would depend on where they run
        options.addArguments("--lang=" + acceptLanguages.split(",")[0]);
        var prefs = new HashMap<String, Object>();
        prefs.put("intl.accept_languages", acceptLanguages);
        if (!javaScript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort()
                .build();
        var started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return started;
    }

    private void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
            profile = null;
        }
    }
}
