package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.HtmlReportWriter;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.MarkdownReportWriter;
import io.github.ssdkit.validate.report.ReportWriter;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports for people: one HTML page and a Markdown summary. Browser behaviour is tested in ssd-cli. */
class HtmlAndMarkdownReportTest {

  @Test
  void theHtmlReportIsOneSelfContainedPageWithTheVerdictFirst(@TempDir Path dir) throws IOException {
    String html = write(HtmlReportWriter.explainingChecksOf(Extracts.mini()), brokenExtract(dir));

    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html.indexOf("Not valid")).isLessThan(html.indexOf("id=\"charts\"")).isLessThan(html.indexOf("id=\"issues\""));
    assertThat(html).contains("default-src 'none'")
        .doesNotContain("src=\"http", "href=\"http", "<link ", "@import", "url(http");
    assertThat(html).contains("<section id=\"t-ssd_person\"").contains("<dt id=\"rule-code\">code</dt>")
        .contains("The value is not a code of the column&#39;s code set.");
    assertThat(html).contains("[\"E\",\"code\",1,\"1\",\"pers_sex\",\"X\",");
  }

  @Test
  void theSameReportGivesTheSameBytes(@TempDir Path dir) throws IOException {
    ValidationReport report = brokenExtract(dir);

    assertThat(write(new HtmlReportWriter(), report)).isEqualTo(write(new HtmlReportWriter(), report));
    assertThat(write(new MarkdownReportWriter(10), report)).isEqualTo(write(new MarkdownReportWriter(10), report));
  }

  @Test
  void valuesFromTheExtractCannotBreakOutOfThePage() throws IOException {
    String hostile = "</script><script>alert(1)</script><!-- \u2028";
    ValidationReport report = report(new Issue(Severity.ERROR, "code", "ssd_person", 3, hostile, "pers_sex", hostile,
        "not a code: " + hostile));

    String html = write(new HtmlReportWriter(), report);

    assertThat(html).doesNotContain("alert(1)</script>").doesNotContain("<!-- ").doesNotContain("\u2028")
        .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
    assertThat(html.split("<script", -1)).hasSize(3); // the data block and our own script, nothing else
  }

  @Test
  void aDeclaredCheckIsExplainedFromTheSpecPerTable() throws IOException {
    ValidationReport report = report(new Issue(Severity.ERROR, "check.custom", "ssd_person", 2, "2", "", "", "broken"));

    assertThat(write(new HtmlReportWriter(), report))
        .contains("<dt id=\"rule-ssd_person-check.custom\">check.custom (ssd_person)</dt>")
        .contains("see the spec for its meaning");
  }

  @Test
  void withTheSpecADeclaredCheckReadsAsTheSpecDescribesIt() throws IOException {
    ValidationReport report = report(new Issue(Severity.ERROR, "check.birth-before-death", "ssd_person", 2, "2", "", "", "x"));
    String description = Extracts.mini().table("ssd_person").orElseThrow().checks().get(0).description();

    assertThat(description).isNotBlank();
    assertThat(write(HtmlReportWriter.explainingChecksOf(Extracts.mini()), report))
        .contains("<dt id=\"rule-ssd_person-check.birth-before-death\">check.birth-before-death (ssd_person)</dt><dd>"
            + description.replace("'", "&#39;") + "</dd>");
  }

  @Test
  void theMarkdownReportSummarisesForAPullRequest(@TempDir Path dir) throws IOException {
    String md = write(ReportWriter.forFormat("markdown").orElseThrow(), brokenExtract(dir));

    assertThat(md.lines().findFirst()).hasValue("## SSD validation: **not valid**");
    assertThat(md).contains("| table | rows | errors | warnings |")
        .contains("| `ssd_person` | 2 | ")
        .contains("### Top rules")
        .contains("| `code` | 1 | The value is not a code of the column's code set. |");
  }

  @Test
  void markdownCellsCannotBreakTheTable() throws IOException {
    ValidationReport report = report(new Issue(Severity.ERROR, "code", "ssd_person", 1, "", "", "", "x"));
    ValidationReport withNote = new ValidationReport(report.specName(), report.specVersion(), "a|b\n<img>", report.tables(),
        report.issues(), Map.of(), 10, Map.of(), List.of("note | with *stars*"));

    String md = write(new MarkdownReportWriter(5), withNote);

    assertThat(md).contains("a\\|b \\<img\\> against").contains("- note \\| with \\*stars\\*");
  }

  @Test
  void tablesNotCompletelyReadAreShownAsTheTextAndJsonReportsShowThem(@TempDir Path dir) throws IOException {
    // The HTML page said nothing of them: a reader saw no foreign-key errors and took the keys as checked.
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,F,2010-05-01,,,,,,", "2,F,2011-05-01,,,,,,\u0000",
        "3,M,2012-01-31,,,,,,");
    Extracts.write(dir, "ssd_cla_episodes.csv", Extracts.EPISODE_HEADER, "E1,1,U1,2020-01-01T00:00:00,,,",
        "E2,2,U1,2020-01-01T00:00:00,,,");
    ValidationReport report = Extracts.validate(dir);
    assertThat(report.tables().get(0).incompleteReason()).isEqualTo("1 row could not be read (line 3)");

    String html = write(new HtmlReportWriter(), report);

    assertThat(html).contains("<div class=\"incomplete\" role=\"note\">\n<p><strong>1 table was not completely "
        + "read</strong>, so what is in it was not all checked; 1 foreign-key value pointing into it could not be "
        + "checked (not counted as errors).</p>\n<ul>\n<li><a href=\"#t-ssd_person\">ssd_person</a>: "
        + "1 row could not be read (line 3)</li>");
    assertThat(html.indexOf("class=\"incomplete\"")).isLessThan(html.indexOf("id=\"charts\""));
    assertThat(html).contains("<tr class=\"incomplete\"><th scope=\"row\"><a href=\"#t-ssd_person\">ssd_person</a></th>")
        .contains("<strong>Not completely read:</strong> 1 row could not be read (line 3)</td>")
        .contains("1 foreign-key value into ssd_person, which was not completely read, could not be checked</td>")
        .contains("<p class=\"incomplete\"><strong>Not completely read:</strong> 1 row could not be read (line 3). "
            + "Keys missing from this table may be on rows that were not read");
    assertThat(write(new HtmlReportWriter(), report(new Issue(Severity.ERROR, "code", "ssd_person", 1, "1", "", "", "x"))))
        .doesNotContain("class=\"incomplete\"");
    assertThat(write(new MarkdownReportWriter(5), report)).contains("**Not completely read** (keys missing from these "
        + "tables are not reported as errors):\n\n- `ssd_person`: 1 row could not be read (line 3)\n");
  }

  private static ValidationReport report(Issue issue) {
    TableSummary person = new TableSummary("ssd_person", true, 5, 1, 0, Map.of(issue.rule(), 1L), List.of());
    return new ValidationReport("SSD", "1.0.0", "extract", List.of(person), List.of(issue), Map.of(), 10,
        Map.of("sex", "2025-26"), List.of());
  }

  private static String write(ReportWriter writer, ValidationReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static ValidationReport brokenExtract(Path dir) {
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,X,,,,,,,", "2,F,2020-02-30,,,,,,");
    return Extracts.validate(dir);
  }
}
