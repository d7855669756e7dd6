package io.github.ssdkit.validate;

import java.util.List;
import java.util.Set;

/**
 * How to validate.
 *
 * @param maxIssuesPerRule how many issues to list per table and rule (counts stay complete)
 * @param tables the tables to validate, or empty for all; foreign keys into other tables are then
 *     not checked, and the report says so
 * @param extraDatePatterns date patterns accepted besides ISO, such as {@code dd/MM/yyyy}
 */
public record ValidationOptions(int maxIssuesPerRule, Set<String> tables, List<String> extraDatePatterns) {

  public static final int DEFAULT_MAX_ISSUES = 1000;

  public ValidationOptions {
    if (maxIssuesPerRule < 0) {
      throw new IllegalArgumentException("maxIssuesPerRule must not be negative");
    }
    tables = Set.copyOf(tables);
    extraDatePatterns = List.copyOf(extraDatePatterns);
  }

  public static ValidationOptions defaults() {
    return new ValidationOptions(DEFAULT_MAX_ISSUES, Set.of(), List.of());
  }

  public ValidationOptions withMaxIssuesPerRule(int max) {
    return new ValidationOptions(max, tables, extraDatePatterns);
  }

  public ValidationOptions withTables(Set<String> only) {
    return new ValidationOptions(maxIssuesPerRule, only, extraDatePatterns);
  }

  public ValidationOptions withExtraDatePatterns(List<String> patterns) {
    return new ValidationOptions(maxIssuesPerRule, tables, patterns);
  }
}
