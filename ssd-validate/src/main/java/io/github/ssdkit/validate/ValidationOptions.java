package io.github.ssdkit.validate;

import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.rules.Temporal;
import java.util.List;
import java.util.Set;

/**
 * How to validate.
 *
 * @param maxIssuesPerRule how many issues to list per table and rule (counts stay complete)
 * @param tables the tables to validate, or empty for all; foreign keys into other tables are then
 *     not checked, and the report says so
 * @param extraDatePatterns date patterns accepted besides ISO, such as {@code dd/MM/yyyy}; an invalid
 *     pattern throws {@link IllegalArgumentException} naming it
 * @param threads how many tables may be validated at once (at most one per core)
 * @param rules rule sets run over the whole extract after the tables, such as statutory rule packs
 */
public record ValidationOptions(int maxIssuesPerRule, Set<String> tables, List<String> extraDatePatterns, int threads,
    List<ExtractRuleSet> rules) {

  /** Issues listed per table and rule unless set otherwise; counts are always complete. */
  public static final int DEFAULT_MAX_ISSUES = 1000;

  /**
   * Checks the values: no negative cap, at least one thread, valid date patterns.
   *
   * @param maxIssuesPerRule how many issues to list per table and rule (counts stay complete)
   * @param tables the tables to validate, or empty for all; foreign keys into other tables are then not checked, and the report says so
   * @param extraDatePatterns date patterns accepted besides ISO, such as {@code dd/MM/yyyy}; an invalid pattern throws {@link IllegalArgumentException} naming it
   * @param threads how many tables may be validated at once (at most one per core)
   * @param rules rule sets run over the whole extract after the tables
   * @throws IllegalArgumentException naming the value that is wrong
   */
  public ValidationOptions {
    if (maxIssuesPerRule < 0) {
      throw new IllegalArgumentException("maxIssuesPerRule must not be negative");
    }
    tables = Set.copyOf(tables);
    extraDatePatterns = List.copyOf(extraDatePatterns);
    extraDatePatterns.forEach(Temporal::formatter); // a bad pattern fails here, not in the middle of a run
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    rules = List.copyOf(rules);
  }

  /**
   * The defaults: 1,000 issues per rule, every table, no extra date pattern, one thread per core.
   *
   * @return the default options
   */
  public static ValidationOptions defaults() {
    return new ValidationOptions(DEFAULT_MAX_ISSUES, Set.of(), List.of(), Runtime.getRuntime().availableProcessors(), List.of());
  }

  /**
   * A copy with another cap on listed issues.
   *
   * @param max issues listed per table and rule, 0 or more
   * @return the changed copy
   */
  public ValidationOptions withMaxIssuesPerRule(int max) {
    return new ValidationOptions(max, tables, extraDatePatterns, threads, rules);
  }

  /**
   * A copy validating only some tables (foreign keys into the others are then not checked).
   *
   * @param only table names, matched without regard to case; empty for every table
   * @return the changed copy
   */
  public ValidationOptions withTables(Set<String> only) {
    return new ValidationOptions(maxIssuesPerRule, only, extraDatePatterns, threads, rules);
  }

  /**
   * A copy that also reads dates written in other patterns.
   *
   * @param patterns {@code java.time} patterns such as {@code dd/MM/yyyy}
   * @return the changed copy
   */
  public ValidationOptions withExtraDatePatterns(List<String> patterns) {
    return new ValidationOptions(maxIssuesPerRule, tables, patterns, threads, rules);
  }

  /**
   * A copy validating at most {@code n} tables at once.
   *
   * @param n threads, 1 or more (more than the cores are not used)
   * @return the changed copy
   */
  public ValidationOptions withThreads(int n) {
    return new ValidationOptions(maxIssuesPerRule, tables, extraDatePatterns, n, rules);
  }

  /**
   * A copy that also runs these rule sets over the whole extract after the tables, such as the
   * statutory rule packs of ssd-rules ({@code RulePacks.select("cin-2025-26", period)}).
   *
   * @param ruleSets the rule sets, run in this order; empty for none
   * @return the changed copy
   */
  public ValidationOptions withRules(List<? extends ExtractRuleSet> ruleSets) {
    return new ValidationOptions(maxIssuesPerRule, tables, extraDatePatterns, threads, List.copyOf(ruleSets));
  }
}
