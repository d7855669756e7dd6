package io.github.ssdkit.validate.pack;

import io.github.ssdkit.validate.report.Issue;

/** Where an {@link ExtractRuleSet} reports; the validator counts every issue and lists up to its cap per rule. */
@FunctionalInterface
public interface IssueSink {

  /**
   * Reports one breach.
   *
   * @param issue the issue, whose rule id is one of the rule set's
   */
  void report(Issue issue);
}
