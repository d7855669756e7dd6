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
 * @param extract complete counts of the issues about the extract as a whole (no table), which no
 *     table summary holds and which the capped {@code issues} may not all list
 * @param ruleSets one summary per rule set run after the tables (statutory rule packs), in the
 *     order given; their issues are in {@code issues} and their counts in {@link #errors()}
 */
public record ValidationReport(String specName, String specVersion, String source, List<TableSummary> tables,
    List<Issue> issues, Map<String, Long> capped, int maxIssuesPerRule, Map<String, String> codeLists, List<String> notes,
    TableSummary extract, List<RuleSetSummary> ruleSets) {

  /**
   * Copies the lists and maps, so a report never changes.
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
   * @param extract complete counts of the issues about the extract as a whole (no table), which no table summary holds and which the capped {@code issues} may not all list
   * @param ruleSets one summary per rule set run after the tables
   */
  public ValidationReport {
    java.util.Objects.requireNonNull(extract, "extract");
    ruleSets = List.copyOf(ruleSets);
    tables = List.copyOf(tables);
    issues = List.copyOf(issues);
    capped = Map.copyOf(capped);
    codeLists = Map.copyOf(codeLists);
    notes = List.copyOf(notes);
  }

  /**
   * A report whose extract-level counts come from its listed issues, complete only when none was capped.
   *
   * @param specName the spec's name
   * @param specVersion the spec's version
   * @param source what was validated
   * @param tables a summary per table of the spec
   * @param issues the listed issues
   * @param capped per {@code table/rule}, how many issues were counted but not listed
   * @param maxIssuesPerRule the cap on listed issues per table and rule
   * @param codeLists the edition of each code list used, by code set id
   * @param notes remarks about the whole extract
   */
  public ValidationReport(String specName, String specVersion, String source, List<TableSummary> tables,
      List<Issue> issues, Map<String, Long> capped, int maxIssuesPerRule, Map<String, String> codeLists, List<String> notes) {
    this(specName, specVersion, source, tables, issues, capped, maxIssuesPerRule, codeLists, notes, countExtractLevel(issues));
  }

  /**
   * A report of a run without rule sets.
   *
   * @param specName the spec's name
   * @param specVersion the spec's version
   * @param source what was validated
   * @param tables a summary per table of the spec
   * @param issues the listed issues
   * @param capped per {@code table/rule}, how many issues were counted but not listed
   * @param maxIssuesPerRule the cap on listed issues per table and rule
   * @param codeLists the edition of each code list used, by code set id
   * @param notes remarks about the whole extract
   * @param extract complete counts of the issues about the extract as a whole
   */
  public ValidationReport(String specName, String specVersion, String source, List<TableSummary> tables,
      List<Issue> issues, Map<String, Long> capped, int maxIssuesPerRule, Map<String, String> codeLists, List<String> notes,
      TableSummary extract) {
    this(specName, specVersion, source, tables, issues, capped, maxIssuesPerRule, codeLists, notes, extract, List.of());
  }

  private static TableSummary countExtractLevel(List<Issue> issues) {
    Map<String, Long> rules = new java.util.TreeMap<>();
    long errors = 0;
    for (Issue i : issues) {
      if (i.table().isEmpty()) {
        rules.merge(i.rule(), 1L, Long::sum);
        errors += i.isError() ? 1 : 0;
      }
    }
    long all = rules.values().stream().mapToLong(Long::longValue).sum();
    return new TableSummary("", true, 0, errors, all - errors, rules, List.of());
  }

  /**
   * Rows read in every table.
   *
   * @return the total
   */
  public long rows() {
    return tables.stream().mapToLong(TableSummary::rows).sum();
  }

  /**
   * Errors found in every table and in the extract as a whole.
   *
   * @return the total, complete even when the listed issues were capped
   */
  public long errors() {
    return tables.stream().mapToLong(TableSummary::errors).sum() + extract.errors()
        + ruleSets.stream().mapToLong(RuleSetSummary::errors).sum();
  }

  /**
   * Warnings found in every table and in the extract as a whole.
   *
   * @return the total, complete even when the listed issues were capped
   */
  public long warnings() {
    return tables.stream().mapToLong(TableSummary::warnings).sum() + extract.warnings()
        + ruleSets.stream().mapToLong(RuleSetSummary::warnings).sum();
  }

  /**
   * True when no error was found (warnings allowed).
   *
   * @return whether the extract is valid
   */
  public boolean valid() {
    return errors() == 0;
  }

  /**
   * Issue count per rule id across all tables.
   *
   * @return counts by rule id, sorted by id
   */
  public Map<String, Long> ruleCounts() {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (TableSummary t : tables) {
      t.rules().forEach((rule, n) -> out.merge(rule, n, Long::sum));
    }
    extract.rules().forEach((rule, n) -> out.merge(rule, n, Long::sum));
    ruleSets.forEach(r -> r.ruleCounts().forEach((rule, n) -> out.merge(rule, n, Long::sum)));
    return out;
  }
}
