package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.SourceTables;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.RuleSetSummary;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.ExtractSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the rule sets of {@link ValidationOptions#rules()} after the table pass, one after the
 * other, counting every issue and listing up to the cap per rule, as the table pass does.
 */
final class RuleSetRunner {

  private final int cap;
  private final List<Issue> listed = new ArrayList<>();
  private final Map<String, Long> capped = new TreeMap<>();
  private final List<RuleSetSummary> summaries = new ArrayList<>();

  RuleSetRunner(int cap) {
    this.cap = cap;
  }

  /**
   * Runs every rule set; a rule set that fails is noted in its summary, and the others still run.
   * The rule sets read dates through {@code dates}, the parser the table pass used.
   */
  void runAll(Spec spec, ExtractSource source, Temporal dates, List<ExtractRuleSet> ruleSets) throws IOException {
    SourceTables tables = new SourceTables(spec, source, dates);
    for (ExtractRuleSet set : ruleSets) {
      Map<String, Long> counts = new TreeMap<>();
      long[] bySeverity = new long[2];
      List<String> notes = new ArrayList<>(set.notes());
      Set<String> known = new HashSet<>(set.ruleIds());
      try {
        set.check(tables, issue -> {
          if (!known.contains(issue.rule())) {
            throw new IllegalStateException(set.name() + " reported " + issue.rule() + ", which is not one of its rules");
          }
          long n = counts.merge(issue.rule(), 1L, Long::sum);
          bySeverity[issue.severity() == Severity.ERROR ? 0 : 1]++;
          if (n <= cap) {
            listed.add(issue);
          } else {
            capped.merge(issue.table() + "/" + issue.rule(), 1L, Long::sum);
          }
        });
      } catch (RuntimeException e) {
        // a fault in a rule must not hide the table pass's findings; the summary says the set stopped
        notes.add(set.name() + " stopped early: " + e);
      }
      summaries.add(new RuleSetSummary(set.name(), set.ruleIds().size(), bySeverity[0], bySeverity[1], counts, notes));
    }
  }

  List<Issue> listed() {
    return listed;
  }

  Map<String, Long> capped() {
    return capped;
  }

  List<RuleSetSummary> summaries() {
    return summaries;
  }
}
