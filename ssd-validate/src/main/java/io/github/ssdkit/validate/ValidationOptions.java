package io.github.ssdkit.validate;

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
 */
public record ValidationOptions(int maxIssuesPerRule, Set<String> tables, List<String> extraDatePatterns, int threads) {

  public static final int DEFAULT_MAX_ISSUES = 1000;

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
  }

  public static ValidationOptions defaults() {
    return new ValidationOptions(DEFAULT_MAX_ISSUES, Set.of(), List.of(), Runtime.getRuntime().availableProcessors());
  }

  public ValidationOptions withMaxIssuesPerRule(int max) {
    return new ValidationOptions(max, tables, extraDatePatterns, threads);
  }

  public ValidationOptions withTables(Set<String> only) {
    return new ValidationOptions(maxIssuesPerRule, only, extraDatePatterns, threads);
  }

  public ValidationOptions withExtraDatePatterns(List<String> patterns) {
    return new ValidationOptions(maxIssuesPerRule, tables, patterns, threads);
  }

  public ValidationOptions withThreads(int n) {
    return new ValidationOptions(maxIssuesPerRule, tables, extraDatePatterns, n);
  }
}
