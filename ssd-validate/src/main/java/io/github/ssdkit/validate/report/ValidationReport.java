package io.github.ssdkit.validate.report;

import java.util.List;
import java.util.Map;

/**
 * The outcome of validating one extract. Counts are complete; the {@link #issues()} list may be
 * capped per table and rule, and {@link #capped()} says where.
 *
 * @param specName the spec's name
 * @param specVersion the spec version the extract was judged against
 * @param source what was validated: a directory, a database URL without credentials...
 * @param tables one summary per spec table, in spec order
 * @param issues the listed issues, sorted by table (spec order), row, field and rule
 * @param capped per {@code table/rule}, how many issues were counted but not listed
 * @param maxIssuesPerRule the cap on listed issues per table and rule
 * @param codeLists the edition of each code list used, by code set id
 * @param notes remarks about the whole extract (unknown files, declared spec version...)
 */
public record ValidationReport(String specName, String specVersion, String source, List<TableSummary> tables,
    List<Issue> issues, Map<String, Long> capped, int maxIssuesPerRule, Map<String, String> codeLists, List<String> notes) {

  public ValidationReport {
    tables = List.copyOf(tables);
    issues = List.copyOf(issues);
    capped = Map.copyOf(capped);
    codeLists = Map.copyOf(codeLists);
    notes = List.copyOf(notes);
  }

  public long rows() {
    return tables.stream().mapToLong(TableSummary::rows).sum();
  }

  public long errors() {
    return tables.stream().mapToLong(TableSummary::errors).sum() + extractLevel(true);
  }

  public long warnings() {
    return tables.stream().mapToLong(TableSummary::warnings).sum() + extractLevel(false);
  }

  /** True when no error was found (warnings allowed). */
  public boolean valid() {
    return errors() == 0;
  }

  /** Issues about the extract as a whole (no table), which no table summary counts. */
  private long extractLevel(boolean errors) {
    return issues.stream().filter(i -> i.table().isEmpty() && i.isError() == errors).count();
  }

  /** Issue count per rule id across all tables. */
  public Map<String, Long> ruleCounts() {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (TableSummary t : tables) {
      t.rules().forEach((rule, n) -> out.merge(rule, n, Long::sum));
    }
    issues.stream().filter(i -> i.table().isEmpty()).forEach(i -> out.merge(i.rule(), 1L, Long::sum));
    return out;
  }
}
