package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The data dictionary site of the bundled spec, written by {@code ssd generate --only docs}, in headless Chromium. */
class DocsSiteBrowserTest {

  private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

  @TempDir
  static Path out;

  static HeadlessChromium browser;
  static Path site;

  @BeforeAll
  static void generateTheSite() throws Exception {
    browser = HeadlessChromium.startOrSkip();
    Cli run = Cli.run("generate", "--only", "docs", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    site = out.resolve("docs");
  }

  @AfterAll
  static void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"index.html, site-index", "tables/ssd_cla_episodes.html, site-table", "codesets/placement_type.html, site-codeset",
      "diagrams.html, site-diagrams", "decisions.html, site-decisions", "changelog.html, site-changelog"})
  void eachKindOfPageOpensCleanlyAndIsAccessible(String page, String screenshot) throws Exception {
    browser.open(site.resolve(page));

    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.requestsLeavingTheFile()).isEmpty();
    assertThat(browser.brokenLinks()).isEmpty();
    assertThat(browser.accessibilityProblems()).isEmpty();
    // the site's own style sheet applied: the header bar is dark blue, not the browser's default
    assertThat(browser.driver.findElement(By.tagName("header")).getCssValue("background-color")).isEqualTo("rgba(18, 53, 91, 1)");
    browser.screenshot(screenshot);
  }

  @Test
  void aDomainDiagramShowsItsTablesAsLinkedBoxes() throws Exception {
    browser.open(site.resolve("diagrams.html"));
    WebElement cla = browser.driver.findElement(By.id("d-cla"));

    List<WebElement> boxes = browser.driver.findElements(By.cssSelector("#er-cla-title ~ g.table"));
    assertThat(boxes).extracting(WebElement::getText).anyMatch(t -> t.startsWith("ssd_cla_episodes"));
    assertThat(browser.driver.findElements(By.cssSelector("figure svg[aria-labelledby='er-cla-title'] polyline.fk"))).isNotEmpty();
    browser.scrollTo(cla);
    browser.screenshot("diagram");
  }

  @Test
  void everyLinkOfEveryPageResolves() throws Exception {
    List<String> broken = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg")).sorted().toList();
    }
    for (Path page : pages) {
      Matcher m = HREF.matcher(Files.readString(page));
      while (m.find()) {
        String href = m.group(1).replace("&amp;", "&");
        if (href.contains(":")) {
          broken.add(site.relativize(page) + ": " + href + " leaves the site");
          continue;
        }
        int hash = href.indexOf('#');
        Path target = hash == 0 ? page : page.resolveSibling(hash < 0 ? href : href.substring(0, hash)).normalize();
        if (!Files.isRegularFile(target)) {
          broken.add(site.relativize(page) + ": " + href + " (no such file)");
        } else if (hash >= 0 && !Files.readString(target).contains("id=\"" + href.substring(hash + 1) + "\"")) {
          broken.add(site.relativize(page) + ": " + href + " (no such id)");
        }
      }
    }
    assertThat(pages).hasSizeGreaterThan(100);
    assertThat(broken).isEmpty();
  }

  @Test
  void everyTablePageFitsA1280PixelScreenWithoutScrollingSideways() throws Exception {
    List<String> wide = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.list(site.resolve("tables"))) {
      pages = files.sorted().toList();
    }
    for (Path page : pages) {
      browser.open(page);
      Object sizes = browser.script("var d = document.documentElement; var inner = 0;"
          + " document.querySelectorAll('.wide').forEach(function (w) { inner = Math.max(inner, w.scrollWidth - w.clientWidth); });"
          + " return [window.innerWidth, d.scrollWidth, inner];");
      List<?> s = (List<?>) sizes;
      long viewport = ((Number) s.get(0)).longValue();
      long document = ((Number) s.get(1)).longValue();
      long overflow = ((Number) s.get(2)).longValue();
      if (document > viewport || overflow > 0) {
        wide.add(site.relativize(page) + ": document " + document + " px in a " + viewport + " px window, column table "
            + overflow + " px wider than its box");
      }
    }
    assertThat(pages).hasSizeGreaterThan(40);
    assertThat(browser.script("return window.outerWidth;")).isEqualTo(1280L);
    assertThat(wide).isEmpty();
  }

  @Test
  void searchFindsAColumnByNameAndGoesToIt() throws Exception {
    browser.open(site.resolve("index.html"));
    browser.driver.findElement(By.id("q")).sendKeys("pers_dob");

    WebElement first = browser.driver.findElement(By.cssSelector("#results li a"));
    assertThat(first.getText()).isEqualTo("ssd_person.pers_dob");
    first.click();

    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#c-pers_dob"));
    assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).endsWith("/tables/ssd_person.html");
    assertThat(browser.driver.findElement(By.id("c-pers_dob")).getText()).contains("pers_dob");
  }

  @Test
  void searchFindsACodeByItsLabel() throws Exception {
    browser.open(site.resolve("index.html"));
    browser.driver.findElement(By.id("q")).sendKeys("secure children's home");
    browser.scrollTo(browser.driver.findElement(By.id("search")));
    browser.screenshot("site-search");

    List<String> results = browser.driver.findElements(By.cssSelector("#results li")).stream().map(WebElement::getText).toList();

    assertThat(results).anySatisfy(r -> assertThat(r).startsWith("code placement_type K1").contains("Secure children's home"));
    assertThat(browser.driver.findElement(By.id("search-status")).getText()).matches("[1-9][0-9]* match(es)?\\.");
    browser.driver.findElement(By.id("q")).sendKeys(" nothing like this");
    assertThat(browser.driver.findElements(By.cssSelector("#results li"))).isEmpty();
    assertThat(browser.driver.findElement(By.id("search-status")).getText()).isEqualTo("Nothing matches.");
  }
}
