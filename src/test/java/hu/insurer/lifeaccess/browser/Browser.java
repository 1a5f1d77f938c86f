package hu.insurer.lifeaccess.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Selenium, with Debian's own browser and driver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code -Dbrowser.chromium=} and {@code -Dbrowser.chromedriver=} point elsewhere).
 * Nothing is downloaded: the driver service names its executable, so Selenium's DriverFinder never asks Selenium
 * Manager for one (it does so only when the service has no executable, no {@code webdriver.chrome.driver}
 * property and no CHROMEDRIVER variable); SE_OFFLINE=true would keep Selenium Manager offline even then.
 * Each browser gets a fresh profile in a temporary directory, deleted on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    static final String LANGUAGE = "hu-HU";
    static final String TIME_ZONE = "Europe/Budapest";
    /** Generous: two cores shared by the application, the browser and other builds. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    /** Why no browser can be started here, or null when one can. */
    static String unavailableReason() {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                return executable + " is missing (Debian: apt-get install chromium chromium-driver)";
            }
        }
        return null;
    }

    static Browser start(String baseUrl) {
        // Selenium Manager passes SE_* system properties on as its environment: offline, should it ever run
        System.setProperty("SE_OFFLINE", "true");
        try {
            return new Browser(baseUrl, Files.createTempDirectory("chromium-profile-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Browser(String baseUrl, Path profile) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                // as on a Hungarian agent's computer (navigator.language, Accept-Language)
                "--lang=" + LANGUAGE);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", LANGUAGE));
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                // Tasklist and Cockpit show times in the browser's time zone
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().scriptTimeout(WAIT);
        // form-js formats and parses dates in the JavaScript default locale, which Debian's chromium takes from its
        // user interface language: only en-US is installed (without chromium-l10n), so set it as a Hungarian
        // agent's browser has it. Native <input type=date> fields keep the en-US layout (mm/dd/yyyy).
        this.driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", LANGUAGE));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Polls {@code condition} (every 100 ms, for up to {@link #WAIT}) until it gives neither null nor false. */
    <T> T until(String description, Function<? super WebDriver, T> condition) {
        return until(description, WAIT, condition);
    }

    /** As {@link #until(String, Function)}, for what may take longer on a loaded machine. */
    <T> T until(String description, Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).withMessage(description).until(condition);
    }

    WebElement visible(By by) {
        return until("visible: " + by, ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement clickable(By by) {
        return until("clickable: " + by, ExpectedConditions.elementToBeClickable(by));
    }

    void click(By by) {
        WebElement element = clickable(by);
        scrollIntoView(element);
        element.click();
    }

    void waitForText(By by, String text) {
        until("text \"" + text + "\" in " + by, ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void scrollIntoView(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The visible text of the whole page. */
    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Writes the viewport as {@code name}.png into the screenshot directory (see {@link Screenshots}). */
    Path screenshot(String name) {
        Path file = Screenshots.directory().resolve(name + ".png");
        write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** For a failed step: the page's HTML and a screenshot under target/browser-failures/. */
    void dump(String name) {
        Path directory = Path.of("target", "browser-failures");
        write(directory.resolve(name + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
        write(directory.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        System.out.println("[browser] page at failure: " + directory.resolve(name + ".html").toAbsolutePath()
                + " (" + driver.getCurrentUrl() + ")");
    }

    void deleteCookies() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteRecursively(profile);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.out.println("[browser] could not delete the profile " + directory + ": " + e.getMessage());
        }
    }
}
