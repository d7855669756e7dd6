package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.rules.ParentDates;
import io.github.ssdkit.validate.rules.ParentRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parent dates the cross-table checks of one validation read: which columns each parent
 * keeps (only those some check of a validated table reads), the stores parents publish after
 * their pass, and when each store is dropped (once the last validated table reading it is done).
 * Parents are read before their children (a check's path is a foreign key, which orders tables),
 * so a child finds its parents' stores complete. Thread-safe: tables run in parallel.
 */
final class CrossTableDates implements ParentRows {

  /** Per parent key column ({@code table.column}), the parent's date columns to keep, in first-use order. */
  private final Map<FieldRef, List<String>> columns = new LinkedHashMap<>();
  /** Per parent table, the validated tables that still have to read its dates. */
  private final Map<String, Set<String>> readers = new HashMap<>();
  private final Map<FieldRef, ParentDates> kept = new ConcurrentHashMap<>();

  private CrossTableDates() {}

  /**
   * Plans what to keep for the tables to be validated.
   *
   * @param spec the spec
   * @param validated the names of the tables this validation reads
   * @return the plan; empty when no validated table has a cross-table check into another validated table
   */
  static CrossTableDates plan(Spec spec, Set<String> validated) {
    CrossTableDates plan = new CrossTableDates();
    for (Table table : spec.tables()) {
      if (!validated.contains(table.name())) {
        continue;
      }
      for (Check check : table.checks()) {
        check.crossTable().ifPresent(c -> {
          FieldRef target = table.field(c.via()).map(Field::references).orElse(null);
          if (target == null || !validated.contains(target.table())) {
            return;
          }
          List<String> keep = plan.columns.computeIfAbsent(target, t -> new ArrayList<>());
          c.parentFields().stream().filter(f -> !keep.contains(f)).forEach(keep::add);
          plan.readers.computeIfAbsent(target.table(), t -> new HashSet<>()).add(table.name());
        });
      }
    }
    return plan;
  }

  /** What a table must keep while it is read: per key column of it that children point at, the date columns. */
  Map<FieldRef, List<String>> toKeep(Table table) {
    Map<FieldRef, List<String>> out = new LinkedHashMap<>();
    columns.forEach((target, cols) -> {
      if (target.table().equals(table.name())) {
        out.put(target, cols);
      }
    });
    return out;
  }

  /** A parent's dates, complete after its pass. */
  void publish(FieldRef target, ParentDates dates) {
    kept.put(target, dates);
  }

  @Override
  public ParentDates dates(FieldRef target) {
    return kept.get(target);
  }

  /** A table is done: the stores no table left to read needs are dropped. */
  synchronized void finished(String table) {
    for (Map.Entry<String, Set<String>> e : readers.entrySet()) {
      if (e.getValue().remove(table) && e.getValue().isEmpty()) {
        kept.keySet().removeIf(target -> target.table().equals(e.getKey()));
      }
    }
  }

  /** How many parent stores are held now; for tests of the memory promise. */
  int held() {
    return kept.size();
  }
}
