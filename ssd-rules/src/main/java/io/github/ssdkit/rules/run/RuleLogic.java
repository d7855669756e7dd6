package io.github.ssdkit.rules.run;

/**
 * The code of one statutory rule (or one member of a family of near-identical rules). It reads
 * only the columns its catalogue entry lists under {@code reads}, and never throws for bad data:
 * an empty or unreadable value is skipped unless the rule is about its absence.
 */
@FunctionalInterface
public interface RuleLogic {

  /**
   * Checks the extract.
   *
   * @param in the tables, the period and the reference date
   * @param out where breaches go
   */
  void check(RuleInput in, Findings out);
}
