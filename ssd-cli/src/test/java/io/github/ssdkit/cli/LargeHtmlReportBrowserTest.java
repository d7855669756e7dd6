package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.HtmlReportWriter;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * An HTML report listing 50,000 issues (ten tables, five rules each, at the default cap of 1,000
 * per table and rule) stays usable: it opens having drawn only the lists near the screen, draws
 * a list when it is scrolled to, and sorts a whole table's issues, even of a list not yet drawn.
 * How long it took to open and to draw a list scrolled to is written to
 * {@code target/large-report-timing.txt} for BENCHMARKS.md, not asserted.
 */
class LargeHtmlReportBrowserTest {

  static final int TABLES = 10;
  static final int RULES = 5;
  static final int CAP = 1000;

  @Test
  void fiftyThousandListedIssuesOpenAndSort(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("large.html");
    try (OutputStream out = Files.newOutputStream(report)) {
      new HtmlReportWriter().write(largeReport(), out);
    }
    try (HeadlessChromium browser = HeadlessChromium.startOrSkip()) {
      browser.openReport(report);
      Object timing = browser.script("var t = performance.getEntriesByType('navigation')[0];"
          + " var paint = performance.getEntriesByName('first-contentful-paint')[0];"
          + " var ready = performance.getEntriesByName('ssd-report-ready')[0];"
          + " return 'first contentful paint ' + (paint ? Math.round(paint.startTime) : '?') + ' ms, load event '"
          + " + Math.round(t.loadEventEnd) + ' ms, open (lists on screen drawn, every control working) '"
          + " + (ready ? Math.round(ready.startTime) : '?') + ' ms';");
      List<WebElement> lists = browser.driver.findElements(By.cssSelector(".issue-list"));
      assertThat(lists).hasSize(TABLES);
      // only the lists near the screen were read and drawn to open the page
      assertThat(browser.driver.findElements(By.cssSelector(".issue-list[data-drawn]")).size()).isLessThan(TABLES);

      WebElement last = lists.get(TABLES - 1);
      Object scrolled = ((JavascriptExecutor) browser.driver).executeAsyncScript("var done = arguments[1];"
          + " var list = arguments[0]; var t0 = performance.now(); list.scrollIntoView({block: 'start'});"
          + " (function wait() { if (list.getAttribute('data-drawn')) { requestAnimationFrame(function () {"
          + " done(Math.round(performance.now() - t0)); }); } else { requestAnimationFrame(wait); } }());", last);
      assertThat(last.findElements(By.cssSelector("tbody tr"))).hasSize(200);
      Files.writeString(Path.of("target", "large-report-timing.txt"), String.format(
          "%d listed issues, %,d bytes: %s; a list scrolled to drawn in %s ms%n", TABLES * RULES * CAP,
          Files.size(report), timing, scrolled));

      WebElement first = browser.showList(lists.get(0));
      assertThat(first.findElements(By.cssSelector("tbody tr"))).hasSize(200);
      assertThat(first.findElement(By.cssSelector(".status")).getText()).isEqualTo("Showing 200 of 5,000 issues.");
      first.findElement(By.cssSelector("th button[data-col='2']")).click();
      first.findElement(By.cssSelector("th button[data-col='2']")).click();
      // descending by row: the highest row number of the whole table comes first, not of the first page
      assertThat(first.findElement(By.cssSelector("tbody tr td:nth-child(2)")).getText()).isEqualTo(String.valueOf(CAP));
      // a list not yet drawn answers its controls at once: sorting reads and draws it
      WebElement undrawn = browser.driver.findElements(By.cssSelector(".issue-list:not([data-drawn])")).get(0);
      browser.script("arguments[0].querySelector(\"th button[data-col='2']\").click();", undrawn);
      assertThat(undrawn.getAttribute("data-drawn")).isEqualTo("true");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  static ValidationReport largeReport() {
    List<TableSummary> tables = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      String table = "table_" + t;
      Map<String, Long> rules = new TreeMap<>();
      for (int r = 0; r < RULES; r++) {
        String rule = r == 0 ? "required" : r == 1 ? "code" : r == 2 ? "length" : r == 3 ? "type.date" : "foreign-key";
        rules.put(rule, 40_000L);
        for (int row = 1; row <= CAP; row++) {
          issues.add(new Issue(Severity.ERROR, rule, table, row, "key-" + row, "column_" + r, "value " + row,
              "the value in row " + row + " breaks " + rule + ", as the message of a real issue would say"));
        }
      }
      tables.add(new TableSummary(table, true, 1_000_000, RULES * 40_000L, 0, rules, List.of()));
    }
    Map<String, Long> capped = new TreeMap<>();
    tables.forEach(t -> t.rules().keySet().forEach(r -> capped.put(t.table() + "/" + r, 39_000L)));
    return new ValidationReport("SSD", "1.0.0", "a large extract", tables, issues, capped, CAP, Map.of(), List.of());
  }
}
