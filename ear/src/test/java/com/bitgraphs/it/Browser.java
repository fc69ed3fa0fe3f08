package com.bitgraphs.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's chromium, headless, driven by its chromedriver: downloads go to a folder of the test under
 * {@code target/downloads}, screenshots to {@code target/screenshots}. Without chromium the tests fail and say
 * what to install; they never skip.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("bitgraphs.it.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("bitgraphs.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("bitgraphs.it.screenshots", "target/screenshots"));
    private static final Path DOWNLOADS = Path.of(System.getProperty("bitgraphs.it.downloads", "target/downloads"));

    private final ChromeDriver driver;
    private final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    static Browser open(String name) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver (" + CHROMIUM
                    + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver, as .ci/run does");
        }
        Path downloads = Files.createDirectories(DOWNLOADS.toAbsolutePath().resolve(name));
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Path profile = Files.createTempDirectory("bitgraphs-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en-US", "--window-size=1400,1800", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "intl.accept_languages", "en-US"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                // Days in the browser as in the reports' default zone
                .withEnvironment(Map.of("TZ", "UTC"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, downloads, profile);
    }

    /** Opens a page of the simulator's host and switches into the app's iframe in it. */
    void openApp(String url) {
        driver.switchTo().defaultContent();
        driver.get(url);
        enterApp();
    }

    /** Switches into the app's iframe of the page shown. */
    void enterApp() {
        driver.switchTo().defaultContent();
        WebElement frame = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.tagName("iframe")).stream().findFirst().orElse(null));
        driver.switchTo().frame(frame);
    }

    /** Waits until every card of the page has left its loading state. */
    void awaitCards() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("section.card[data-chart]"));
            return !cards.isEmpty() && cards.stream().noneMatch(card -> "loading".equals(card.getAttribute("data-state")));
        });
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The ECharts option the chart of that card shows, as JSON (functions left out). */
    String chartOption(String chart) {
        return (String) script("return JSON.stringify(echarts.getInstanceByDom(document.getElementById('chart-' + arguments[0])).getOption());",
                chart);
    }

    /** Waits for a finished download whose name starts with the prefix. */
    Path awaitDownload(String prefix) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves what the browser shows (the whole window, the host page around the iframe). */
    Path screenshot(String name) throws IOException {
        driver.switchTo().defaultContent();
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        }
    }
}
