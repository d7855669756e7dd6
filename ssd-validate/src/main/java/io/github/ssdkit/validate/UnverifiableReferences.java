package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.validate.report.TableSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Foreign-key values of one table that were not found in a table that was not completely read.
 * Such a value may be on a row that was lost, so it is neither an error nor confirmed: it is
 * counted, and the report says how many there are and which tables they point into.
 */
final class UnverifiableReferences {

  private final Map<String, Long> byTarget = new TreeMap<>();

  void count(String targetTable) {
    byTarget.merge(targetTable, 1L, Long::sum);
  }

  long total() {
    return byTarget.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The table's note, one per table pointed into; none when every reference could be checked. */
  List<String> notes() {
    return byTarget.entrySet().stream().map(e -> String.format("%,d foreign-key %s into %s, which was not completely "
        + "read, could not be checked", e.getValue(), e.getValue() == 1 ? "value" : "values", e.getKey())).toList();
  }

  /** The report's note on the unverifiable references of all tables, if there are any. */
  static Optional<String> reportNote(Spec spec, List<TableSummary> tables) {
    long total = 0;
    Set<String> incomplete = new TreeSet<>();
    tables.stream().filter(t -> !t.complete()).forEach(t -> incomplete.add(t.table()));
    Set<String> targets = new TreeSet<>();
    for (TableSummary t : tables) {
      if (t.unverifiableForeignKeys() == 0) {
        continue;
      }
      total += t.unverifiableForeignKeys();
      spec.table(t.table()).ifPresent(table -> table.foreignKeys().stream().map(Field::references)
          .map(ref -> ref.table()).filter(incomplete::contains).forEach(targets::add));
    }
    if (total == 0) {
      return Optional.empty();
    }
    boolean one = total == 1;
    return Optional.of(String.format("%,d foreign-key %s could not be checked, as %s into %s not completely read (%s)",
        total, one ? "value" : "values", one ? "it points" : "they point",
        targets.size() == 1 ? "a table that was" : "tables that were", String.join(", ", targets)));
  }
}
