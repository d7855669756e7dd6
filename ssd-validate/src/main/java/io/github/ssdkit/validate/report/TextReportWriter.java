package io.github.ssdkit.validate.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The summary a person reads first: the verdict, each table's counts, the top rules, then issues. */
public final class TextReportWriter implements ReportWriter {

  /** Rules listed under each "Top rules" heading. */
  static final int TOP_RULES = 10;

  private final int issuesShown;

  /**
   * A writer that lists only the first issues, as a person reads the summary and a few examples.
   *
   * @param issuesShown how many issues to print after the summary
   */
  public TextReportWriter(int issuesShown) {
    this.issuesShown = issuesShown;
  }

  /** Absent tables with no issue are counted in one line, not listed, as most extracts hold few tables. */
  private static boolean shown(TableSummary t) {
    return t.present() || t.errors() > 0 || t.warnings() > 0;
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    w.printf("SSD validation of %s against %s %s%n", report.source(), report.specName(), report.specVersion());
    long absent = report.tables().stream().filter(t -> !shown(t)).count();
    w.printf("%s: %,d rows in %d tables, %,d errors, %,d warnings%n%n", report.valid() ? "VALID" : "NOT VALID",
        report.rows(), report.tables().size() - absent, report.errors(), report.warnings());
    w.printf("%-32s %12s %10s %10s%n", "table", "rows", "errors", "warnings");
    for (TableSummary t : report.tables()) {
      if (shown(t)) {
        w.printf("%-32s %12s %,10d %,10d%n", t.table(), t.present() ? String.format("%,d", t.rows()) : "absent",
            t.errors(), t.warnings());
      }
    }
    if (absent > 0) {
      w.printf("%,d more %s absent (no file; read as empty, listed in the JSON report)%n", absent,
          absent == 1 ? "table" : "tables");
    }
    report.tables().stream().filter(t -> !t.complete())
        .forEach(t -> w.printf("%s: not completely read: %s%n", t.table(), t.incompleteReason()));
    boolean packs = !report.ruleSets().isEmpty();
    if (packs) {
      w.printf("(the counts above are of the spec's checks; the rule packs' own counts follow)%n");
      w.printf("%n%-32s %12s %10s %10s%n", "rule pack", "rules run", "errors", "warnings");
      for (RuleSetSummary r : report.ruleSets()) {
        w.printf("%-32s %,12d %,10d %,10d%n", r.name(), r.rules(), r.errors(), r.warnings());
      }
      for (RuleSetSummary r : report.ruleSets()) {
        topRules("Top rules of " + r.name() + ", issues per rule", r.ruleCounts(), w);
      }
    }
    topRules(packs ? "Top rules of the spec's checks" : "Top rules",
        packs ? RuleCounts.ofSpecChecks(report) : report.ruleCounts(), w);
    for (String note : report.notes()) {
      w.printf("%nNote: %s%n", note);
    }
    if (!report.issues().isEmpty()) {
      w.printf("%nFirst %d of %,d listed issues%n", Math.min(issuesShown, report.issues().size()), report.issues().size());
      report.issues().stream().limit(issuesShown).forEach(i -> w.printf("  %-7s %s%s%s: %s%n",
          i.severity().label(), i.table().isEmpty() ? "" : i.table(),
          i.row() > 0 ? " row " + i.row() : "", i.key().isEmpty() ? "" : " [" + i.key() + "]", i.message()));
    }
    if (!report.capped().isEmpty()) {
      w.printf("%nListed issues were capped at %,d per table and rule; counts above are complete.%n",
          report.maxIssuesPerRule());
    }
    w.flush();
  }

  /** The most frequent rules under a heading, and how many more there are; nothing when no rule counted an issue. */
  private static void topRules(String heading, Map<String, Long> counts, PrintWriter w) {
    if (counts.isEmpty()) {
      return;
    }
    w.printf("%n%s%n", heading);
    RuleCounts.mostFrequent(counts).stream().limit(TOP_RULES)
        .forEach(e -> w.printf("  %,10d  %s%n", e.getValue(), e.getKey()));
    if (counts.size() > TOP_RULES) {
      w.printf("  %,d more %s with issues; the JSON and HTML reports list them all%n",
          counts.size() - TOP_RULES, counts.size() - TOP_RULES == 1 ? "rule" : "rules");
    }
  }
}
