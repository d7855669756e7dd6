package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.Issue;
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

  Issues(int cap) {
    this.cap = cap;
  }

  synchronized void add(Severity severity, String rule, String table, long row, String key, String field, String value, String message) {
    long[] n = perTableRule.computeIfAbsent(table + "/" + rule, k -> new long[1]);
    n[0]++;
    if (n[0] <= cap) {
      listed.add(new Issue(severity, rule, table, row, key, field, value, message));
    } else {
      capped.merge(table + "/" + rule, 1L, Long::sum);
    }
  }

  List<Issue> listed() {
    return listed;
  }

  Map<String, Long> capped() {
    return capped;
  }
}
