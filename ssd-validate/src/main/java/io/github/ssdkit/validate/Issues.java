package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts every issue and keeps up to a cap of them per table and rule; tables may report from several threads. */
final class Issues {

  private final int cap;
  private final List<Issue> listed = new ArrayList<>();
  private final Map<String, long[]> perTableRule = new HashMap<>();
  private final Map<String, Long> capped = new TreeMap<>();
  /** Issues of the whole extract (no table) are in no table summary, so they are counted here, uncapped. */
  private final Map<String, Long> extractRules = new TreeMap<>();
  private long extractErrors;
  private long extractWarnings;

  Issues(int cap) {
    this.cap = cap;
  }

  synchronized void add(Severity severity, String rule, String table, long row, String key, String field, String value, String message) {
    if (count(severity, rule, table)) {
      listed.add(new Issue(severity, rule, table, row, key, field, value, message));
    }
  }

  /** Counts an issue; true when it is within the cap and so is to be listed (through {@link #list}). */
  synchronized boolean count(Severity severity, String rule, String table) {
    long[] n = perTableRule.computeIfAbsent(table + "/" + rule, k -> new long[1]);
    n[0]++;
    if (table == null || table.isEmpty()) {
      extractRules.merge(rule, 1L, Long::sum);
      if (severity == Severity.ERROR) {
        extractErrors++;
      } else {
        extractWarnings++;
      }
    }
    if (n[0] <= cap) {
      return true;
    }
    capped.merge(table + "/" + rule, 1L, Long::sum);
    return false;
  }

  /** Lists an issue already counted, when {@link #count} said it is within the cap. */
  synchronized void list(Issue issue) {
    listed.add(issue);
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
}
