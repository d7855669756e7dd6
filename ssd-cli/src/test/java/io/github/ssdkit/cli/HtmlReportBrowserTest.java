package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The HTML validation report of a broken sample extract, opened in headless Chromium. */
class HtmlReportBrowserTest {

  @TempDir
  static Path dir;

  static HeadlessChromium browser;
  static Path report;

  @BeforeAll
  static void writeTheReport() throws Exception {
    browser = HeadlessChromium.startOrSkip();
    Path extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "120", "--seed", "3", "--errors", "0.08")
        .exitCode()).isZero();
    report = dir.resolve("report.html");
    Cli run = Cli.run("validate", extract.toString(), "--format", "html", "--output", report.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
  }

  @AfterAll
  static void close() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void opensCleanlyFromDiskAndIsAccessible() throws Exception {
    browser.openReport(report);

    assertThat(browser.driver.findElement(By.cssSelector(".verdict")).getText()).startsWith("\u2716 Not valid:");
    assertThat(browser.driver.findElements(By.cssSelector("svg.chart rect.err-fill"))).isNotEmpty();
    // colour is not the only signal: each severity cell says what it is in words
    assertThat(busiestIssueList().findElements(By.cssSelector("table.issues td.sev-E")))
        .isNotEmpty().allSatisfy(td -> assertThat(td.getText()).endsWith("error"));
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.requestsLeavingTheFile()).isEmpty();
    assertThat(browser.brokenLinks()).isEmpty();
    assertThat(browser.accessibilityProblems()).isEmpty();
    browser.script("window.scrollTo(0, 0);");
    browser.screenshot("report");
  }

  @Test
  void issuesSortByAColumnBothWays() {
    browser.openReport(report);
    WebElement list = busiestIssueList();
    WebElement rowHeader = list.findElement(By.cssSelector("th button[data-col='2']"));

    rowHeader.click();
    List<Long> ascending = rowNumbers(list);
    rowHeader.click();
    List<Long> descending = rowNumbers(list);

    assertThat(ascending).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.naturalOrder());
    assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder()).containsExactlyInAnyOrderElementsOf(ascending);
    assertThat(ascending.get(0)).isLessThan(ascending.get(ascending.size() - 1));
    assertThat(list.findElement(By.xpath(".//th[button[@data-col='2']]")).getAttribute("aria-sort")).isEqualTo("descending");
  }

  @Test
  void issuesFilterByRuleColumnAndText() throws Exception {
    browser.openReport(report);
    WebElement list = busiestIssueList();
    int all = list.findElements(By.cssSelector("tbody tr")).size();
    Select rules = new Select(list.findElement(By.cssSelector("select.f-rule")));
    String rule = rules.getOptions().get(1).getAttribute("value");

    rules.selectByValue(rule);
    List<String> shownRules = column(list, 5);
    browser.scrollTo(list.findElement(By.xpath("ancestor::section")));
    browser.screenshot("report-issues");

    assertThat(shownRules).isNotEmpty().allMatch(rule::equals);
    assertThat(shownRules.size()).isLessThanOrEqualTo(all);
    assertThat(list.findElement(By.cssSelector(".status")).getText()).contains("filtered from");

    rules.selectByValue("");
    Select fields = new Select(list.findElement(By.cssSelector("select.f-field")));
    String field = fields.getOptions().get(fields.getOptions().size() - 1).getAttribute("value");
    fields.selectByValue(field);
    assertThat(column(list, 4)).isNotEmpty().allMatch(field::equals);

    fields.selectByValue("");
    String key = column(list, 3).get(0);
    list.findElement(By.cssSelector("input.f-text")).sendKeys(key);
    assertThat(column(list, 3)).isNotEmpty().allMatch(k -> k.contains(key));

    WebElement text = list.findElement(By.cssSelector("input.f-text"));
    text.clear();
    text.sendKeys("no issue says this");
    assertThat(list.findElements(By.cssSelector("tbody tr"))).isEmpty();
    assertThat(list.findElement(By.cssSelector(".status")).getText()).startsWith("Showing 0 of 0");
  }

  @Test
  void eachRuleLinksToItsMeaning() {
    browser.openReport(report);
    WebElement link = busiestIssueList().findElement(By.cssSelector("tbody td a"));
    String target = link.getAttribute("href").replaceFirst("^.*#", "");

    link.click();

    WebElement meaning = browser.driver.findElement(By.id(target));
    assertThat(meaning.getText()).startsWith(link.getText());
    assertThat(meaning.findElement(By.xpath("following-sibling::dd[1]")).getText()).isNotBlank();
  }

  @Test
  void aTableNotCompletelyReadIsSaidUnderTheVerdict() throws Exception {
    Path extract = dir.resolve("damaged");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "20", "--seed", "3").exitCode()).isZero();
    Path person = extract.resolve("ssd_person.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(person));
    lines.set(3, lines.get(3) + "\u0000");
    Files.write(person, lines);
    Path damaged = dir.resolve("damaged.html");
    assertThat(Cli.run("validate", extract.toString(), "--format", "html", "--output", damaged.toString()).exitCode())
        .isEqualTo(1);

    browser.openReport(damaged);

    WebElement box = browser.driver.findElement(By.cssSelector("div.incomplete"));
    assertThat(box.isDisplayed()).isTrue();
    assertThat(box.getText()).startsWith("1 table was not completely read")
        .contains("ssd_person: 1 row could not be read (line 4)");
    assertThat(browser.driver.findElements(By.cssSelector("table.overview tr.incomplete"))).hasSize(1);
    assertThat(browser.accessibilityProblems()).isEmpty();
    assertThat(browser.brokenLinks()).isEmpty();
  }

  /** The list with the most listed issues, scrolled to and drawn. */
  private static WebElement busiestIssueList() {
    return browser.showList(browser.driver.findElements(By.cssSelector(".issue-list")).stream()
        .max(Comparator.comparingInt(l -> Integer.parseInt(l.getAttribute("data-count"))))
        .orElseThrow());
  }

  private static List<Long> rowNumbers(WebElement list) {
    return column(list, 2).stream().filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
  }

  /** The text of one column (1-based) of the shown rows. */
  private static List<String> column(WebElement list, int column) {
    List<String> out = new ArrayList<>();
    for (WebElement td : list.findElements(By.cssSelector("tbody tr td:nth-child(" + column + ")"))) {
      out.add(td.getText());
    }
    return out;
  }
}
