package io.github.ssdkit.validate.report;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-rule counts as the report writers show them, so every format ranks rules alike and splits
 * the spec's checks from the rule packs' rules in one place.
 */
final class RuleCounts {

  private RuleCounts() {}

  /** Counts ranked most frequent first, ties by rule id, so the order never depends on a map's. */
  static List<Map.Entry<String, Long>> mostFrequent(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  /** Counts of the spec's checks only (every table and the extract as a whole), without the rule packs' rules. */
  static Map<String, Long> ofSpecChecks(ValidationReport report) {
    Map<String, Long> out = new TreeMap<>();
    report.tables().forEach(t -> t.rules().forEach((rule, n) -> out.merge(rule, n, Long::sum)));
    report.extract().rules().forEach((rule, n) -> out.merge(rule, n, Long::sum));
    return out;
  }

  /** The ids of the rules the report's rule packs counted issues under. */
  static Set<String> ofRulePacks(ValidationReport report) {
    Set<String> out = new HashSet<>();
    report.ruleSets().forEach(r -> out.addAll(r.ruleCounts().keySet()));
    return out;
  }

  /** The rule pack that counted issues under a rule, or empty when a spec check did. */
  static String packOf(ValidationReport report, String rule) {
    return report.ruleSets().stream().filter(r -> r.ruleCounts().containsKey(rule)).map(RuleSetSummary::name)
        .findFirst().orElse("");
  }
}
