package io.github.ssdkit.codegen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The inclusive bounds a numeric column's values must keep: its own {@code range} and every
 * {@code range} check of its table on it, the tightest of each end. Both are rules on one cell,
 * so every schema language states them; the validator applies both too.
 */
public final class ColumnBounds {

  private ColumnBounds() {}

  /**
   * The bounds of a column.
   *
   * @param table the column's table, for its range checks
   * @param field the column
   * @return the bounds (either end may be null), or empty for a column that is not numeric or has none
   */
  public static Optional<Range> of(Table table, Field field) {
    if (!field.type().isNumeric()) {
      return Optional.empty();
    }
    BigDecimal min = field.range() == null ? null : field.range().min();
    BigDecimal max = field.range() == null ? null : field.range().max();
    for (Check c : table.checks()) {
      if (c instanceof Check.ValueRange r && r.field().equals(field.name())) {
        min = tighter(min, r.range().min(), 1);
        max = tighter(max, r.range().max(), -1);
      }
    }
    return min == null && max == null ? Optional.empty() : Optional.of(new Range(min, max));
  }

  /**
   * Writes a column's bounds as {@code minimum} and {@code maximum}, the keywords JSON Schema and
   * Frictionless Table Schema share.
   *
   * @param table the column's table
   * @param field the column
   * @param target the object to write into; untouched when the column has no bounds
   */
  public static void write(Table table, Field field, ObjectNode target) {
    of(table, field).ifPresent(r -> {
      if (r.min() != null) {
        target.put("minimum", r.min());
      }
      if (r.max() != null) {
        target.put("maximum", r.max());
      }
    });
  }

  private static BigDecimal tighter(BigDecimal a, BigDecimal b, int sign) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.compareTo(b) * sign >= 0 ? a : b;
  }
}
