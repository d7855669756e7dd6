package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Applies a table's {@link TableConventions} to the values of a row: codes drawn from the allowed
 * ones, texts from a listed set, a value a child has already used drawn again, cells cleared where
 * a code says they take none, and dates kept from before a minimum age.
 */
final class ConventionValues {

  /** Draws tried before a value repeating one of the child's is given up (the row is not written). */
  private static final int DISTINCT_TRIES = 8;

  private final ValueMaker values;

  ConventionValues(ValueMaker values) {
    this.values = values;
  }

  /** A value for a plain column, within its conventions; null when none can be made. */
  String make(TableRules rules, int i, ChildState child, LocalDate[] days, SplittableRandom rng) {
    TableConventions conv = rules.conventions;
    Field f = rules.fields.get(i);
    if (conv.isEmpty()) {
      return values.make(f, rules.ranges[i], rng);
    }
    for (int attempt = 0; attempt < DISTINCT_TRIES; attempt++) {
      String v = one(rules, conv, i, f, child, days, rng);
      if (v == null || !conv.distinct[i] || child == null
          || child.claimValue(rules.table.name() + "." + f.name(), v)) {
        return v;
      }
    }
    return null;
  }

  private String one(TableRules rules, TableConventions conv, int i, Field f, ChildState child,
      LocalDate[] days, SplittableRandom rng) {
    if (conv.only[i] != null && f.codeSet() == null && f.type() == LogicalType.STRING) {
      return conv.only[i].get(rng.nextInt(conv.only[i].size()));
    }
    if (conv.restrictsCodes(i)) {
      return values.make(f, rules.ranges[i], rng, code -> conv.allows(i, code, child, days));
    }
    return values.make(f, rules.ranges[i], rng);
  }

  /** Clears the cells a convention keeps empty for the code in another cell of the row. */
  static void clearWhen(TableRules rules, String[] cells) {
    for (TableConventions.EmptyWhen e : rules.conventions.emptyWhen) {
      String code = cells[e.when()];
      if (code != null && e.codes().contains(code)) {
        cells[e.column()] = null;
      }
    }
  }

  /** Raises each date column's floor to the child's birthday of the column's minimum age. */
  static DatePlanner.Bounds ageFloors(TableRules rules, ChildState child, boolean[] present,
      DatePlanner.Bounds bounds) {
    TableConventions conv = rules.conventions;
    if (conv.isEmpty() || child == null) {
      return bounds;
    }
    DatePlanner.Bounds out = bounds;
    for (int i = 0; i < present.length; i++) {
      if (present[i] && conv.fromAge[i] != null) {
        out = out == null ? DatePlanner.Bounds.of(present.length) : out;
        out.raiseFloor(i, child.birth.plusYears(conv.fromAge[i]));
      }
    }
    return out;
  }
}
