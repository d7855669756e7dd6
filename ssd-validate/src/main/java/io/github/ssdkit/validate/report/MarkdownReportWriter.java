package io.github.ssdkit.validate.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A short report in GitHub-flavoured Markdown for a pull request or a ticket: the verdict, a
 * table of the tables with issues, and the most frequent rules with their meanings. Issues
 * themselves are not listed; the HTML, JSON and CSV reports carry them.
 */
public final class MarkdownReportWriter implements ReportWriter {

  private final int topRules;

  /**
   * A writer listing the most frequent rules.
   *
   * @param topRules how many of the most frequent rules to list
   */
  public MarkdownReportWriter(int topRules) {
    this.topRules = topRules;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    RuleMeanings meanings = RuleMeanings.fixed();
    w.printf("## SSD validation: %s%n%n", report.valid() ? "valid" : "**not valid**");
    w.printf(Locale.ROOT, "%s against %s %s: %s and %s in %s of %s.%n%n",
        cell(report.source()), cell(report.specName()), cell(report.specVersion()), Html.count(report.errors(), "error"),
        Html.count(report.warnings(), "warning"), Html.count(report.rows(), "row"), Html.count(report.tables().size(), "table"));
    List<TableSummary> withIssues = report.tables().stream().filter(t -> t.errors() + t.warnings() > 0).toList();
    boolean extractIssues = report.extract().errors() + report.extract().warnings() > 0;
    if (!withIssues.isEmpty() || extractIssues) {
      w.println("| table | rows | errors | warnings |");
      w.println("|---|--:|--:|--:|");
      if (extractIssues) {
        w.printf(Locale.ROOT, "| (the extract as a whole) | | %,d | %,d |%n", report.extract().errors(), report.extract().warnings());
      }
      for (TableSummary t : withIssues) {
        w.printf(Locale.ROOT, "| %s | %s | %,d | %,d |%n", code(t.table()),
            t.present() ? String.format(Locale.ROOT, "%,d", t.rows()) : "absent", t.errors(), t.warnings());
      }
      w.printf(Locale.ROOT, "%n%d of %d tables have no issue.%n", report.tables().size() - withIssues.size(), report.tables().size());
    }
    List<TableSummary> partial = report.tables().stream().filter(t -> !t.complete()).toList();
    if (!partial.isEmpty()) {
      w.printf("%n**Not completely read** (keys missing from these tables are not reported as errors):%n%n");
      partial.forEach(t -> w.printf("- %s: %s%n", code(t.table()), cell(t.incompleteReason())));
    }
    rulePacks(report, w);
    boolean packs = !report.ruleSets().isEmpty();
    Map<String, Long> rules = packs ? RuleCounts.ofSpecChecks(report) : report.ruleCounts();
    if (!rules.isEmpty()) {
      w.printf("%n### Top rules%s%n%n| rule | issues | meaning |%n|---|--:|---|%n", packs ? " of the spec's checks" : "");
      RuleCounts.mostFrequent(rules).stream().limit(topRules)
          .forEach(e -> w.printf(Locale.ROOT, "| %s | %,d | %s |%n", code(e.getKey()), e.getValue(),
              cell(meanings.meaning("", e.getKey()).orElse("a check declared by the table (see the spec)"))));
      if (rules.size() > topRules) {
        w.printf(Locale.ROOT, "%n%d more rules; the HTML or JSON report lists them all.%n", rules.size() - topRules);
      }
    }
    if (!report.notes().isEmpty()) {
      w.printf("%n### Notes%n%n");
      report.notes().forEach(n -> w.printf("- %s%n", cell(n)));
    }
    w.flush();
  }

  /**
   * Each rule pack's figures, then per pack every rule that found issues (a pack's rules are few
   * enough to list whole) and the pack's notes; the spec's checks are ranked separately.
   */
  private static void rulePacks(ValidationReport report, PrintWriter w) {
    if (report.ruleSets().isEmpty()) {
      return;
    }
    w.printf("%n### Rule packs%n%n| rule pack | rules run | errors | warnings |%n|---|--:|--:|--:|%n");
    for (RuleSetSummary r : report.ruleSets()) {
      w.printf(Locale.ROOT, "| %s | %,d | %,d | %,d |%n", code(r.name()), r.rules(), r.errors(), r.warnings());
    }
    for (RuleSetSummary r : report.ruleSets()) {
      w.printf("%n#### %s%n%n", code(r.name()));
      if (r.ruleCounts().isEmpty()) {
        w.printf("No rule of this pack found an issue.%n");
      } else {
        w.printf("| rule | issues |%n|---|--:|%n");
        RuleCounts.mostFrequent(r.ruleCounts())
            .forEach(e -> w.printf(Locale.ROOT, "| %s | %,d |%n", code(e.getKey()), e.getValue()));
      }
      if (!r.notes().isEmpty()) {
        w.println();
        r.notes().forEach(n -> w.printf("- %s%n", cell(n)));
      }
    }
  }

  /** A code span inside a table cell; GitHub reads {@code \|} there as a bar. */
  static String code(String s) {
    return "`" + s.replace('`', '\'').replace("|", "\\|").replace('\n', ' ').replace('\r', ' ') + "`";
  }

  /** Text that cannot break a table row or start Markdown or HTML markup of its own. */
  static String cell(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '|', '\\', '`', '*', '_', '[', ']', '<', '>', '#' -> b.append('\\').append(c);
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
