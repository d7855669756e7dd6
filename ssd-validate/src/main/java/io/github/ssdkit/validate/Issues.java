package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The issues of a whole validation: those each table's {@link TableIssues} lists (they are counted
 * and capped there, once), how many each table and rule left unlisted, and the issues of the whole
 * extract (no table), which it counts and caps itself. Tables report from several threads.
 */
final class Issues {

  private final int cap;
  private final List<Issue> listed = new ArrayList<>();
  private final Map<String, Long> capped = new TreeMap<>();
  /** Issues of the whole extract (no table) are in no table summary, so they are counted here. */
  private final Map<String, Long> extractRules = new TreeMap<>();
  private final Map<String, long[]> extractPerRule = new HashMap<>();
  private long extractErrors;
  private long extractWarnings;

  Issues(int cap) {
    this.cap = cap;
  }

  /** How many issues are listed per table and rule; the rest are only counted. */
  int cap() {
    return cap;
  }

  /** Counts an issue of the whole extract, and lists it within the cap. */
  synchronized void addExtractIssue(Issue issue) {
    extractRules.merge(issue.rule(), 1L, Long::sum);
    if (issue.isError()) {
      extractErrors++;
    } else {
      extractWarnings++;
    }
    long[] n = extractPerRule.computeIfAbsent(issue.rule(), k -> new long[1]);
    if (++n[0] <= cap) {
      listed.add(issue);
    } else {
      capped.merge("/" + issue.rule(), 1L, Long::sum);
    }
  }

  /** Lists issues a table counted and found within the cap. */
  synchronized void list(List<Issue> issues) {
    listed.addAll(issues);
  }

  /** Records how many issues of a table and rule were counted but not listed. */
  synchronized void capped(String table, String rule, long count) {
    capped.merge(table + "/" + rule, count, Long::sum);
  }

  List<Issue> listed() {
    return listed;
  }

  Map<String, Long> capped() {
    return capped;
  }

  /** Complete counts of the issues about the extract as a whole. */
  synchronized TableSummary extractLevel() {
    return new TableSummary("", true, 0, extractErrors, extractWarnings, extractRules, List.of());
  }

  /** Severity of a reader's problem. */
  static Severity severity(boolean error) {
    return error ? Severity.ERROR : Severity.WARNING;
  }
}
