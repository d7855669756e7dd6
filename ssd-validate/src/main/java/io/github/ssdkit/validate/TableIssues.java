package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.Issue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where one table's issues go. Each issue is counted here once, by rule and severity, for the
 * table's summary; up to the cap per rule it is also kept for the report, the rest only counted.
 * Issues found before their row's key can be known (overlapping periods, found after the last
 * row) wait in {@link #awaitingKeys} until the key lookup phase fills them in. One table is read by
 * one thread, so nothing here is synchronized; {@link #finish} hands everything to the shared
 * {@link Issues} at once.
 */
final class TableIssues {

  private final String table;
  private final Issues all;
  private final int cap;
  private final Map<String, Long> ruleCounts = new TreeMap<>();
  private final Map<String, long[]> perRule = new HashMap<>();
  private final List<Issue> kept = new ArrayList<>();
  private final List<Issue> awaitingKeys = new ArrayList<>();
  private long errors;
  private long warnings;

  TableIssues(String table, Issues all) {
    this.table = table;
    this.all = all;
    this.cap = all.cap();
  }

  String table() {
    return table;
  }

  /**
   * Counts an issue of this table.
   *
   * @return whether it is within the cap of its rule, so is to be listed
   */
  boolean count(Severity severity, String rule) {
    long[] n = perRule.get(rule);
    if (n == null) {
      n = new long[1];
      perRule.put(rule, n);
    }
    n[0]++;
    if (severity == Severity.ERROR) {
      errors++;
    } else {
      warnings++;
    }
    return n[0] <= cap;
  }

  /** Counts an issue and keeps it when within the cap. */
  void add(Issue issue) {
    if (count(issue.severity(), issue.rule())) {
      kept.add(issue);
    }
  }

  /** Counts an issue whose row key is not known yet; the key lookup phase completes it. */
  void addAwaitingKey(Issue issue) {
    if (count(issue.severity(), issue.rule())) {
      awaitingKeys.add(issue);
    }
  }

  /** Keeps an issue already counted (by {@link #count}) within the cap. */
  void keep(Issue issue) {
    kept.add(issue);
  }

  /** The issues waiting for their row's key; the caller replaces them through {@link #keyed}. */
  List<Issue> awaitingKeys() {
    return awaitingKeys;
  }

  /** Keeps the awaiting issues with the keys found (or as they were, when a key was not). */
  void keyed(List<Issue> withKeys) {
    kept.addAll(withKeys);
    awaitingKeys.clear();
  }

  long errors() {
    return errors;
  }

  long warnings() {
    return warnings;
  }

  /** Issues per rule, complete (not capped), in rule order. */
  Map<String, Long> ruleCounts() {
    ruleCounts.clear();
    perRule.forEach((rule, n) -> ruleCounts.put(rule, n[0]));
    return ruleCounts;
  }

  /** Hands the kept issues and the counts beyond the cap to the whole validation's issues. */
  void finish() {
    kept.addAll(awaitingKeys);
    awaitingKeys.clear();
    all.list(kept);
    kept.clear();
    for (Map.Entry<String, long[]> e : new TreeMap<>(perRule).entrySet()) {
      if (e.getValue()[0] > cap) {
        all.capped(table, e.getKey(), e.getValue()[0] - cap);
      }
    }
  }
}
