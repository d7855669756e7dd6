package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.source.ExtractSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Duplicate primary keys, listed after the table's pass with the row each key first appeared on.
 * The key set holds hashes, not rows, so the first rows are found by reading the table again, only
 * for the duplicates that are listed and only when there are any; should the table not read again,
 * the issues say "an earlier row" without its number.
 */
final class DuplicateKeys {

  static final String RULE = "primary-key.duplicate";

  private record Found(long row, String key) {}

  private final Table table;
  private final Issues issues;
  private final List<Found> listed = new ArrayList<>();

  DuplicateKeys(Table table, Issues issues) {
    this.table = table;
    this.issues = issues;
  }

  /** A row whose key an earlier row has; counted at once, listed by {@link #list}. */
  void found(long row, String key) {
    if (issues.count(Severity.ERROR, RULE, table.name())) {
      listed.add(new Found(row, key));
    }
  }

  /** Lists the duplicates found, each naming the first row of its key. */
  void list(ExtractSource source) {
    if (listed.isEmpty()) {
      return;
    }
    Map<String, Long> first = new HashMap<>();
    listed.forEach(f -> first.put(f.key(), 0L));
    try {
      RowKeys.firstRows(source, table, first);
    } catch (IOException | RuntimeException e) {
      first.replaceAll((k, v) -> 0L); // the rows were read once already; the issues stand without the number
    }
    String columns = String.join(", ", table.primaryKey());
    for (Found f : listed) {
      long at = first.get(f.key());
      String where = at > 0 && at < f.row() ? " (first on row " + at + ")" : "";
      issues.list(new Issue(Severity.ERROR, RULE, table.name(), f.row(), f.key(), table.primaryKey().get(0), f.key(),
          "primary key " + columns + " '" + f.key() + "' appears on an earlier row too" + where));
    }
    listed.clear();
  }
}
