package io.github.ssdkit.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian {@code chromium} and {@code chromium-driver}, headless, for tests of the pages and
 * reports we write. Tests that need it are skipped, with a message, only where Chromium is not
 * installed; {@code .ci/run} installs it, so CI always runs them. No driver or browser is
 * downloaded: both are taken from the system, which keeps Selenium Manager out of it.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BROWSER = Path.of(System.getProperty("ssd.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("ssd.chromedriver", "/usr/bin/chromedriver"));

  /**
   * Where tests leave screenshots for review: {@code target/screenshots}, or the folder named by
   * the system property {@code ssd.screenshots} (the README's images are made that way).
   */
  static final Path SCREENSHOTS = Path.of(System.getProperty("ssd.screenshots", "target/screenshots"));

  final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser, or skips the calling test when Chromium or its driver is not installed. */
  static HeadlessChromium startOrSkip() throws IOException {
    assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
        "browser tests skipped: " + BROWSER + " or " + DRIVER + " is not installed (apt-get install chromium chromium-driver; .ci/run does)");
    Path profile = Files.createTempDirectory("ssd-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  /** Opens a file and drops the logs of earlier pages. */
  void open(Path file) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(file.toUri().toString());
  }

  /** Opens a validation report and waits until its script has drawn the issue lists on screen. */
  void openReport(Path file) {
    open(file);
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /** Console messages of level error (or worse) since the last {@link #open}, including blocked requests. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Every request since the last {@link #open} for something that is not a local file or inline data. */
  List<String> requestsLeavingTheFile() {
    List<String> out = new ArrayList<>();
    Json json = new Json();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      Map<?, ?> entry = json.toType(e.getMessage(), Map.class);
      Map<?, ?> message = (Map<?, ?>) entry.get("message");
      if (!"Network.requestWillBeSent".equals(message.get("method"))) {
        continue;
      }
      String url = String.valueOf(((Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request")).get("url"));
      String scheme = URI.create(url.replace(" ", "%20").replace("|", "%7C")).getScheme();
      if (!List.of("file", "data", "about", "blob").contains(scheme)) {
        out.add(url);
      }
    }
    return out;
  }

  /**
   * Links of the open page that do not resolve: a fragment with no such id in its page, a file
   * that does not exist, or any link that leaves the local files.
   */
  @SuppressWarnings("unchecked")
  List<String> brokenLinks() throws IOException {
    List<String> hrefs = (List<String>) script(
        "return Array.prototype.map.call(document.querySelectorAll('a[href]'), "
            + "function (a) { return new URL(a.getAttribute('href'), document.baseURI).href; });");
    String here = driver.getCurrentUrl().replaceFirst("#.*$", "");
    List<String> broken = new ArrayList<>();
    Map<String, String> pages = new HashMap<>();
    for (String href : new TreeSet<>(hrefs)) {
      URI uri = URI.create(href);
      if (!"file".equals(uri.getScheme())) {
        broken.add(href + " (leaves the local files)");
        continue;
      }
      String page = href.replaceFirst("#.*$", "");
      Path file = Path.of(URI.create(page));
      if (!Files.isRegularFile(file)) {
        broken.add(href + " (no such file)");
        continue;
      }
      String fragment = uri.getFragment();
      if (fragment == null || fragment.isEmpty()) {
        continue;
      }
      boolean found = page.equals(here)
          ? (Boolean) script("return document.getElementById(arguments[0]) !== null;", fragment)
          : pages.computeIfAbsent(page, p -> read(file)).contains("id=\"" + fragment + "\"");
      if (!found) {
        broken.add(href + " (no such id)");
      }
    }
    return broken;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scrolls so that an element is at the top of the window, for a screenshot of it. */
  void scrollTo(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'start'});", element);
  }

  /**
   * Scrolls a validation report's issue list into view and waits until it is drawn: a report draws
   * each list when it first comes near the screen.
   */
  WebElement showList(WebElement list) {
    scrollTo(list);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "true".equals(list.getAttribute("data-drawn")));
    return list;
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Runs the accessibility basics of {@code a11y.js} on the open page; returns the problems found. */
  @SuppressWarnings("unchecked")
  List<String> accessibilityProblems() {
    return (List<String>) script(testResource("a11y.js"));
  }

  /** Saves what the window shows as {@code <name>.png} in {@link #SCREENSHOTS}. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path target = SCREENSHOTS.resolve(name + ".png");
    Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    return target;
  }

  static String testResource(String name) {
    try (InputStream in = HeadlessChromium.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
