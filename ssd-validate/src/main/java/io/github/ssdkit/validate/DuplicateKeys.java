package io.github.ssdkit.validate;

import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Duplicate primary keys, listed after the table's pass with the row each key first appeared on.
 * The key set holds hashes, not rows, so the first rows are found by the {@link KeyLookup} phase,
 * only for the duplicates that are listed and only when there are any; should the table not read
 * again, the issues say "an earlier row" without its number.
 */
final class DuplicateKeys {

  private record Found(long row, String key) {}

  private final Table table;
  private final TableIssues issues;
  private final List<Found> listed = new ArrayList<>();

  DuplicateKeys(Table table, TableIssues issues) {
    this.table = table;
    this.issues = issues;
  }

  /** A row whose key an earlier row has; counted at once, listed by {@link #list}. */
  void found(long row, String key) {
    if (issues.count(Severity.ERROR, RuleIds.PRIMARY_KEY_DUPLICATE)) {
      listed.add(new Found(row, key));
    }
  }

  /** The keys whose first row the lookup phase is to find. */
  Set<String> wantedKeys() {
    Set<String> keys = new LinkedHashSet<>();
    listed.forEach(f -> keys.add(f.key()));
    return keys;
  }

  /** Lists the duplicates found, each naming the first row of its key when it is known. */
  void list(Map<String, Long> firstRows) {
    String columns = String.join(", ", table.primaryKey());
    for (Found f : listed) {
      long at = firstRows.getOrDefault(f.key(), 0L);
      String where = at > 0 && at < f.row() ? " (first on row " + at + ")" : "";
      issues.keep(Issue.error(RuleIds.PRIMARY_KEY_DUPLICATE).inTable(table.name()).atRow(f.row()).withKey(f.key())
          .onField(table.primaryKey().get(0)).withValue(f.key())
          .saying("primary key " + columns + " '" + f.key() + "' appears on an earlier row too" + where));
    }
    listed.clear();
  }
}
