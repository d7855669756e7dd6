package io.github.ssdkit.validate.report;

import io.github.ssdkit.spec.Spec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a report as one self-contained HTML page for people: the verdict and counts first, charts
 * of where the issues are, then a section per table with its rules and its listed issues in a
 * table that sorts and filters, the code lists judged against, the notes, and what each rule
 * means. Style, charts and script are inline and the page forbids itself any other request, so
 * it opens the same from a mail attachment as from disk. The same report gives the same bytes.
 *
 * <p>Listed issues travel as JSON inside the page and are drawn a page of rows at a time by the
 * page's own script, which keeps a report with tens of thousands of listed issues quick to open;
 * without scripts the counts, charts and meanings still read, and the page says where the issues
 * are listed instead.
 */
public final class HtmlReportWriter implements ReportWriter {

  /** Rules shown in the per-rule chart; the rules table of each section lists them all. */
  static final int CHART_RULES = 20;

  private final RuleMeanings meanings;

  /** A writer that explains fixed rule ids only. */
  public HtmlReportWriter() {
    this(RuleMeanings.fixed());
  }

  private HtmlReportWriter(RuleMeanings meanings) {
    this.meanings = meanings;
  }

  /**
   * A writer that also explains each table's declared checks from the spec the extract was judged
   * against.
   *
   * @param spec the spec the report's extract was validated with
   * @return the writer
   */
  public static HtmlReportWriter explainingChecksOf(Spec spec) {
    return new HtmlReportWriter(RuleMeanings.of(spec));
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    Map<String, String> ruleMeanings = meanings.forReport(report);
    Set<String> packRules = RuleCounts.ofRulePacks(report);
    head(report, w);
    summary(report, w);
    charts(report, ruleMeanings, w);
    tablesOverview(report, w);
    rulePacks(report, w);
    w.write("<h2 id=\"issues\">Issues by table</h2>\n");
    if (RuleCounts.ofSpecChecks(report).isEmpty()) {
      w.write(report.errors() + report.warnings() == 0 ? "<p>No issues were found.</p>\n"
          : "<p>The tables' checks found no issue; the rule packs' issues are listed above, by pack.</p>\n");
    }
    if (report.extract().errors() + report.extract().warnings() > 0) {
      tableSection(report, report.extract(), "The extract as a whole", packRules, w);
    }
    for (TableSummary t : report.tables()) {
      if (t.errors() + t.warnings() > 0) {
        tableSection(report, t, t.table(), packRules, w);
      }
    }
    codeLists(report, w);
    notes(report, w);
    ruleMeaningList(ruleMeanings, w);
    w.write("</main>\n<script>\n");
    w.write(Html.resource("report.js"));
    w.write("</script>\n</body>\n</html>\n");
    w.flush();
  }

  private static void head(ValidationReport report, Writer w) throws IOException {
    w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // the page asks for nothing beyond itself: no fonts, images, scripts or styles from anywhere
    w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        + "script-src 'unsafe-inline'; img-src data:\">\n");
    w.write("<title>" + Html.text((report.valid() ? "Valid" : "Not valid") + ": SSD validation of " + report.source())
        + "</title>\n<style>\n");
    w.write(Html.resource("report.css"));
    w.write("</style>\n</head>\n<body>\n<main>\n");
  }

  private static void summary(ValidationReport report, Writer w) throws IOException {
    w.write("<h1>SSD validation report</h1>\n");
    String verdict = report.valid() ? "Valid" : "Not valid";
    w.write(String.format(Locale.ROOT, "<p class=\"verdict %s\"><span class=\"mark\" aria-hidden=\"true\">%s</span> "
            + "<strong>%s</strong>: %s and %s in %s of %s.</p>\n",
        report.valid() ? "pass" : "fail", report.valid() ? "\u2714" : "\u2716", verdict, Html.count(report.errors(), "error"),
        Html.count(report.warnings(), "warning"), Html.count(report.rows(), "row"), Html.count(report.tables().size(), "table")));
    w.write("<dl class=\"facts\">\n");
    fact(w, "Extract", report.source());
    fact(w, "Judged against", report.specName() + " " + report.specVersion());
    fact(w, "Rows", String.format(Locale.ROOT, "%,d", report.rows()));
    fact(w, "Errors", String.format(Locale.ROOT, "%,d", report.errors()));
    fact(w, "Warnings", String.format(Locale.ROOT, "%,d", report.warnings()));
    long counted = report.errors() + report.warnings();
    fact(w, "Listed issues", String.format(Locale.ROOT, "%,d of %,d", report.issues().size(), counted)
        + (report.capped().isEmpty() ? "" : String.format(Locale.ROOT, " (at most %,d per table and rule; counts are complete)",
        report.maxIssuesPerRule())));
    w.write("</dl>\n");
    incomplete(report, w);
    w.write("<nav aria-label=\"Contents\"><ul><li><a href=\"#charts\">Where the issues are</a></li>"
        + "<li><a href=\"#tables\">Tables</a></li>"
        + (report.ruleSets().isEmpty() ? "" : "<li><a href=\"#rule-packs\">Rule packs</a></li>")
        + "<li><a href=\"#issues\">Issues by table</a></li>"
        + "<li><a href=\"#code-lists\">Code lists</a></li><li><a href=\"#notes\">Notes</a></li>"
        + "<li><a href=\"#rules\">Rule meanings</a></li></ul></nav>\n");
  }

  /**
   * Tables not completely read, said next to the verdict as the text and JSON reports say it: a
   * key missing from such a table may be on a lost row, so the counts below are not the whole story.
   */
  private static void incomplete(ValidationReport report, Writer w) throws IOException {
    List<TableSummary> partial = report.tables().stream().filter(t -> !t.complete()).toList();
    if (partial.isEmpty()) {
      return;
    }
    long unverifiable = report.tables().stream().mapToLong(TableSummary::unverifiableForeignKeys).sum();
    w.write("<div class=\"incomplete\" role=\"note\">\n<p><strong>" + Html.count(partial.size(), "table")
        + (partial.size() == 1 ? " was" : " were") + " not completely read</strong>, so what is in "
        + (partial.size() == 1 ? "it" : "them") + " was not all checked"
        + (unverifiable == 0 ? "" : String.format(Locale.ROOT, "; %s pointing into %s could not be checked "
            + "(not counted as errors)", Html.count(unverifiable, "foreign-key value"), partial.size() == 1 ? "it" : "them"))
        + ".</p>\n<ul>\n");
    for (TableSummary t : partial) {
      String name = t.errors() + t.warnings() > 0
          ? "<a href=\"#t-" + Html.id(t.table()) + "\">" + Html.text(t.table()) + "</a>" : Html.text(t.table());
      w.write("<li>" + name + ": " + Html.text(t.incompleteReason()) + "</li>\n");
    }
    w.write("</ul>\n</div>\n");
  }

  private static void fact(Writer w, String name, String value) throws IOException {
    w.write("<dt>" + Html.text(name) + "</dt><dd>" + Html.text(value) + "</dd>\n");
  }

  private static void charts(ValidationReport report, Map<String, String> ruleMeanings, Writer w) throws IOException {
    w.write("<h2 id=\"charts\">Where the issues are</h2>\n");
    List<SvgBarChart.Bar> perTable = new ArrayList<>();
    if (report.extract().errors() + report.extract().warnings() > 0) {
      perTable.add(new SvgBarChart.Bar("(the extract as a whole)", "t-", report.extract().errors(), report.extract().warnings(), 0));
    }
    for (TableSummary t : report.tables()) {
      if (t.errors() + t.warnings() > 0) {
        perTable.add(new SvgBarChart.Bar(t.table(), "t-" + Html.id(t.table()), t.errors(), t.warnings(), 0));
      }
    }
    if (perTable.isEmpty()) {
      w.write("<p>Nothing to chart: no table has an issue.</p>\n");
      return;
    }
    w.write("<h3>Per table</h3>\n<figure>\n");
    w.write(SvgBarChart.render("Errors and warnings per table", perTable));
    w.write("<figcaption>Errors solid, warnings hatched; each bar gives its counts.</figcaption>\n</figure>\n");
    Map<String, Long> rules = report.ruleCounts();
    Map<String, long[]> severities = listedSeverities(report);
    List<SvgBarChart.Bar> perRule = rules.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(CHART_RULES)
        .map(e -> ruleBar(e.getKey(), e.getValue(), severities.get(e.getKey()), ruleLink(report, ruleMeanings, e.getKey())))
        .toList();
    w.write(String.format(Locale.ROOT, "<h3>Per rule%s</h3>\n<figure>\n",
        rules.size() > CHART_RULES ? " (the " + CHART_RULES + " most frequent of " + rules.size() + ")" : ""));
    w.write(SvgBarChart.render("Issues per rule", perRule));
    w.write("<figcaption>A rule whose listed issues are all errors or all warnings is drawn as such; "
        + "a rule with both is drawn plain.</figcaption>\n</figure>\n");
  }

  /** Where a rule's bar links: a rule pack's rule to its row in the pack's section, a fixed rule to its meaning. */
  private static String ruleLink(ValidationReport report, Map<String, String> ruleMeanings, String rule) {
    String pack = RuleCounts.packOf(report, rule);
    if (!pack.isEmpty()) {
      return packRuleAnchor(pack, rule);
    }
    return ruleMeanings.containsKey(rule) ? "rule-" + Html.id(rule) : "";
  }

  private static String packRuleAnchor(String pack, String rule) {
    return "pr-" + Html.id(pack) + "-" + Html.id(rule);
  }

  /**
   * Each rule pack's figures, then a section per pack: its notes, every rule that found issues with
   * its complete and listed counts and a link that shows the listed issues of that rule alone, and
   * the pack's listed issues, which span tables and so name the table beside the column.
   */
  private static void rulePacks(ValidationReport report, Writer w) throws IOException {
    if (report.ruleSets().isEmpty()) {
      return;
    }
    w.write("<h2 id=\"rule-packs\">Rule packs</h2>\n<table class=\"overview\">\n<caption>Each rule pack run after the "
        + "tables' checks; the table counts above are of the spec's checks only</caption>\n<thead><tr>"
        + "<th scope=\"col\">Rule pack</th><th scope=\"col\" class=\"num\">Rules run</th>"
        + "<th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th></tr></thead>\n<tbody>\n");
    for (RuleSetSummary r : report.ruleSets()) {
      w.write(String.format(Locale.ROOT, "<tr><th scope=\"row\"><a href=\"#p-%s\">%s</a></th><td class=\"num\">%,d</td>"
              + "<td class=\"num%s\">%,d</td><td class=\"num%s\">%,d</td></tr>\n", Html.id(r.name()), Html.text(r.name()), r.rules(),
          r.errors() > 0 ? " err" : "", r.errors(), r.warnings() > 0 ? " warn" : "", r.warnings()));
    }
    w.write("</tbody>\n</table>\n");
    for (RuleSetSummary r : report.ruleSets()) {
      packSection(report, r, w);
    }
  }

  private static void packSection(ValidationReport report, RuleSetSummary pack, Writer w) throws IOException {
    String id = "p-" + Html.id(pack.name());
    w.write("<section id=\"" + id + "\" class=\"table-issues\">\n<h3>Rule pack " + Html.text(pack.name()) + "</h3>\n");
    w.write(String.format(Locale.ROOT, "<p>%s run: %s and %s.</p>\n", Html.count(pack.rules(), "rule"),
        Html.count(pack.errors(), "error"), Html.count(pack.warnings(), "warning")));
    for (String note : pack.notes()) {
      w.write("<p class=\"note\">" + Html.text(note) + "</p>\n");
    }
    if (pack.ruleCounts().isEmpty()) {
      w.write("<p>No rule of this pack found an issue.</p>\n</section>\n");
      return;
    }
    List<Issue> listed = report.issues().stream().filter(i -> pack.ruleCounts().containsKey(i.rule())).toList();
    Map<String, Long> listedPerRule = new TreeMap<>();
    listed.forEach(i -> listedPerRule.merge(i.rule(), 1L, Long::sum));
    String listId = "list-" + id;
    w.write("<table class=\"rules\">\n<caption>Rules of " + Html.text(pack.name()) + " that found issues, most first"
        + "</caption>\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">Issues</th>"
        + "<th scope=\"col\" class=\"num\">Listed</th><th scope=\"col\">Listed issues</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Long> e : RuleCounts.mostFrequent(pack.ruleCounts())) {
      String rule = e.getKey();
      String anchor = packRuleAnchor(pack.name(), rule);
      long shown = listedPerRule.getOrDefault(rule, 0L);
      String link = shown == 0 ? "none listed"
          : "<a href=\"#" + listId + "\" data-filter-rule=\"" + Html.text(rule) + "\">show only these</a>";
      w.write(String.format(Locale.ROOT, "<tr id=\"%s\" data-rule=\"%s\" data-anchor=\"%s\"><th scope=\"row\">%s</th>"
              + "<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td>%s</td></tr>\n", anchor, Html.text(rule), anchor,
          Html.text(rule), e.getValue(), shown, link));
    }
    w.write("</tbody>\n</table>\n");
    if (listed.isEmpty()) {
      w.write("<p>No issue of this pack is listed (--max-issues 0).</p>\n</section>\n");
      return;
    }
    issueList(new IssueList(listId, "Rule pack " + pack.name(), "Table.column", true), listed, w);
    w.write("</section>\n");
  }

  /** Per rule, how many listed issues were errors and warnings: a rule's severity is known from them. */
  private static Map<String, long[]> listedSeverities(ValidationReport report) {
    Map<String, long[]> out = new TreeMap<>();
    for (Issue i : report.issues()) {
      out.computeIfAbsent(i.rule(), k -> new long[2])[i.isError() ? 0 : 1]++;
    }
    return out;
  }

  /** A rule's bar, linked to its meaning when one meaning holds for every table. */
  private static SvgBarChart.Bar ruleBar(String rule, long count, long[] listed, String link) {
    if (listed != null && listed[1] == 0) {
      return new SvgBarChart.Bar(rule, link, count, 0, 0);
    }
    if (listed != null && listed[0] == 0) {
      return new SvgBarChart.Bar(rule, link, 0, count, 0);
    }
    return new SvgBarChart.Bar(rule, link, 0, 0, count);
  }

  private static void tablesOverview(ValidationReport report, Writer w) throws IOException {
    w.write("<h2 id=\"tables\">Tables</h2>\n<table class=\"overview\">\n<caption>Every table of the spec, "
        + "with its rows and issues</caption>\n<thead><tr><th scope=\"col\">Table</th><th scope=\"col\" class=\"num\">Rows</th>"
        + "<th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th>"
        + "<th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n");
    for (TableSummary t : report.tables()) {
      boolean issues = t.errors() + t.warnings() > 0;
      String name = issues ? "<a href=\"#t-" + Html.id(t.table()) + "\">" + Html.text(t.table()) + "</a>" : Html.text(t.table());
      String notes = Html.text(String.join(" ", t.notes()));
      if (!t.complete()) {
        notes = "<strong>Not completely read:</strong> " + Html.text(t.incompleteReason()) + (notes.isEmpty() ? "" : " " + notes);
      }
      w.write(String.format(Locale.ROOT, "<tr%s><th scope=\"row\">%s</th><td class=\"num\">%s</td><td class=\"num%s\">%,d</td>"
              + "<td class=\"num%s\">%,d</td><td>%s</td></tr>\n", t.complete() ? "" : " class=\"incomplete\"", name,
          t.present() ? String.format(Locale.ROOT, "%,d", t.rows()) : "absent", t.errors() > 0 ? " err" : "", t.errors(),
          t.warnings() > 0 ? " warn" : "", t.warnings(), notes));
    }
    w.write("</tbody>\n</table>\n");
  }

  private void tableSection(ValidationReport report, TableSummary t, String title, Set<String> packRules, Writer w)
      throws IOException {
    String id = "t-" + Html.id(t.table());
    w.write("<section id=\"" + id + "\" class=\"table-issues\">\n<h3>" + Html.text(title) + "</h3>\n");
    w.write(String.format(Locale.ROOT, "<p>%s and %s%s.</p>\n", Html.count(t.errors(), "error"), Html.count(t.warnings(), "warning"),
        t.table().isEmpty() ? "" : t.present() ? " in " + Html.count(t.rows(), "row") : " (no file: read as empty)"));
    if (!t.complete()) {
      w.write("<p class=\"incomplete\"><strong>Not completely read:</strong> " + Html.text(t.incompleteReason())
          + ". Keys missing from this table may be on rows that were not read, so references to them are not "
          + "reported as errors.</p>\n");
    }
    for (String note : t.notes()) {
      w.write("<p class=\"note\">" + Html.text(note) + "</p>\n");
    }
    // a rule pack's issues are listed in the pack's section, which names their tables
    List<Issue> listed = report.issues().stream()
        .filter(i -> i.table().equals(t.table()) && !packRules.contains(i.rule())).toList();
    Map<String, Long> listedPerRule = new TreeMap<>();
    listed.forEach(i -> listedPerRule.merge(i.rule(), 1L, Long::sum));
    w.write("<table class=\"rules\">\n<caption>Rules broken in " + Html.text(title) + "</caption>\n<thead><tr>"
        + "<th scope=\"col\">Rule</th><th scope=\"col\" class=\"num\">Issues</th><th scope=\"col\" class=\"num\">Listed</th>"
        + "<th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Long> e : new TreeMap<>(t.rules()).entrySet()) {
      String rule = e.getKey();
      String anchor = "rule-" + Html.id(RuleMeanings.key(t.table(), rule));
      w.write(String.format(Locale.ROOT, "<tr data-rule=\"%s\" data-anchor=\"%s\"><th scope=\"row\"><a href=\"#%s\">%s</a></th>"
              + "<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td>%s</td></tr>\n", Html.text(rule), anchor, anchor,
          Html.text(rule), e.getValue(), listedPerRule.getOrDefault(rule, 0L),
          Html.text(meanings.meaning(t.table(), rule).orElse(""))));
    }
    w.write("</tbody>\n</table>\n");
    if (listed.isEmpty()) {
      w.write("<p>No issue of this table is listed (--max-issues 0).</p>\n</section>\n");
      return;
    }
    issueList(new IssueList("list-t-" + Html.id(t.table().isEmpty() ? "extract" : t.table()), title, "Column", false),
        listed, w);
    w.write("</section>\n");
  }

  /**
   * Where a list of issues goes and how it names its column cell.
   *
   * @param id the list's element id, which links that filter it point at
   * @param title what the list is of, in its caption
   * @param columnLabel the label of the column filter
   * @param withTable whether the column cell also names the table ({@code table.column}), for lists that span tables
   */
  private record IssueList(String id, String title, String columnLabel, boolean withTable) {
    String column(Issue i) {
      return !withTable ? i.field() : i.field().isEmpty() ? i.table() : i.table() + "." + i.field();
    }
  }

  private static void issueList(IssueList list, List<Issue> listed, Writer w) throws IOException {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("severity", "Severity");
    filters.put("rule", "Rule");
    filters.put("field", list.columnLabel());
    w.write("<div class=\"issue-list\" id=\"" + list.id() + "\" data-count=\"" + listed.size()
        + "\">\n<div class=\"controls\">\n");
    for (Map.Entry<String, String> f : filters.entrySet()) {
      w.write("<label>" + f.getValue() + " <select class=\"f-" + f.getKey() + "\"><option value=\"\">all</option>");
      if (f.getKey().equals("severity")) {
        w.write("<option value=\"E\">errors</option><option value=\"W\">warnings</option>");
      } else {
        TreeSet<String> values = new TreeSet<>();
        listed.forEach(i -> values.add(f.getKey().equals("rule") ? i.rule() : list.column(i)));
        for (String v : values) {
          w.write("<option value=\"" + Html.text(v) + "\">" + Html.text(v.isEmpty() ? "(none)" : v) + "</option>");
        }
      }
      w.write("</select></label>\n");
    }
    w.write("<label>Text <input type=\"search\" class=\"f-text\" placeholder=\"key, value or message\"></label>\n</div>\n");
    w.write("<p class=\"status\" aria-live=\"polite\"></p>\n");
    w.write("<table class=\"issues\">\n<caption>Listed issues of " + Html.text(list.title())
        + "</caption>\n<thead><tr>");
    String[][] columns = {{"0", "Severity"}, {"2", "Row"}, {"3", "Key"}, {"4", list.columnLabel()}, {"1", "Rule"}, {"5", "Value"},
        {"6", "Message"}};
    for (String[] c : columns) {
      w.write("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"" + c[0] + "\">" + c[1] + "</button></th>");
    }
    w.write("</tr></thead>\n<tbody></tbody>\n</table>\n");
    w.write("<p><button type=\"button\" class=\"more\" hidden>Show more</button></p>\n");
    w.write("<noscript><p>This list needs scripts; the same issues are in the JSON and CSV reports "
        + "(ssd validate --format json or csv).</p></noscript>\n");
    w.write("<script type=\"application/json\" class=\"data\">[");
    boolean first = true;
    for (Issue i : listed) {
      w.write(first ? "\n[" : ",\n[");
      first = false;
      w.write(i.isError() ? "\"E\"," : "\"W\",");
      w.write(Html.jsonString(i.rule()));
      w.write(",");
      w.write(Long.toString(i.row()));
      for (String s : new String[] {i.key(), list.column(i), i.value(), i.message()}) {
        w.write(",");
        w.write(Html.jsonString(s));
      }
      w.write("]");
    }
    w.write("\n]</script>\n</div>\n");
  }

  private static void codeLists(ValidationReport report, Writer w) throws IOException {
    w.write("<h2 id=\"code-lists\">Code lists judged against</h2>\n");
    if (report.codeLists().isEmpty()) {
      w.write("<p>None.</p>\n");
      return;
    }
    w.write("<table class=\"code-lists\">\n<caption>The edition of each code list the codes were checked against</caption>\n"
        + "<thead><tr><th scope=\"col\">Code set</th><th scope=\"col\">Edition</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, String> e : new TreeMap<>(report.codeLists()).entrySet()) {
      w.write("<tr><th scope=\"row\">" + Html.text(e.getKey()) + "</th><td>" + Html.text(e.getValue()) + "</td></tr>\n");
    }
    w.write("</tbody>\n</table>\n");
  }

  private static void notes(ValidationReport report, Writer w) throws IOException {
    w.write("<h2 id=\"notes\">Notes</h2>\n");
    List<String> all = new ArrayList<>(report.notes());
    if (!report.capped().isEmpty()) {
      all.add(String.format(Locale.ROOT, "Listed issues were capped at %,d per table and rule (%,d more counted but not listed); "
          + "every count in this report is complete.", report.maxIssuesPerRule(),
          report.capped().values().stream().mapToLong(Long::longValue).sum()));
    }
    if (all.isEmpty()) {
      w.write("<p>None.</p>\n");
      return;
    }
    w.write("<ul>\n");
    for (String n : all) {
      w.write("<li>" + Html.text(n) + "</li>\n");
    }
    w.write("</ul>\n");
  }

  private static void ruleMeaningList(Map<String, String> meanings, Writer w) throws IOException {
    w.write("<h2 id=\"rules\">Rule meanings</h2>\n");
    if (meanings.isEmpty()) {
      w.write("<p>No rule was broken.</p>\n");
      return;
    }
    w.write("<dl class=\"meanings\">\n");
    for (Map.Entry<String, String> e : meanings.entrySet()) {
      String key = e.getKey();
      int slash = key.indexOf('/');
      String shown = slash < 0 ? key : key.substring(slash + 1) + " (" + key.substring(0, slash) + ")";
      w.write("<dt id=\"rule-" + Html.id(key) + "\">" + Html.text(shown) + "</dt><dd>"
          + Html.text(e.getValue().isEmpty() ? "A rule of this extract's spec; see the spec for its meaning." : e.getValue())
          + "</dd>\n");
    }
    w.write("</dl>\n");
  }
}
