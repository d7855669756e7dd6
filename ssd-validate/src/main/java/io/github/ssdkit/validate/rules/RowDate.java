package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.Table;
import java.util.List;

/**
 * Which columns give a row its own dates, against which withdrawn codes are judged (see {@link
 * io.github.ssdkit.spec.WithdrawalBasis}). The start: the start of the table's first period
 * check, else the earlier date of its first date-order check, else its first required date
 * column, else its first date column. The end: the end of that period check, else the later date
 * of that date-order check. Tables without dates have neither.
 */
public final class RowDate {

  private RowDate() {}

  /** The index in {@code table.fields()} of the row-date column, or -1. */
  public static int columnOf(Table table) {
    for (Check c : table.checks()) {
      if (c instanceof Check.NoOverlap o) {
        return indexOf(table, o.start());
      }
    }
    for (Check c : table.checks()) {
      if (c instanceof Check.DateOrder d && released(table, d.earlier())) {
        return indexOf(table, d.earlier());
      }
    }
    List<Field> fields = table.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).type().isTemporal() && fields.get(i).required()) {
        return i;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).type().isTemporal()) {
        return i;
      }
    }
    return -1;
  }

  /** The index in {@code table.fields()} of the row's end-date column, or -1. */
  public static int endColumnOf(Table table) {
    for (Check c : table.checks()) {
      if (c instanceof Check.NoOverlap o) {
        return indexOf(table, o.end());
      }
    }
    for (Check c : table.checks()) {
      if (c instanceof Check.DateOrder d && released(table, d.earlier())) {
        return indexOf(table, d.later());
      }
    }
    return -1;
  }

  /** A proposed column is seldom in an extract, so it does not date the row (ssd_care_leavers' pathway plan start). */
  private static boolean released(Table table, String column) {
    return table.field(column).map(f -> f.status() != Lifecycle.PROPOSED).orElse(false);
  }

  private static int indexOf(Table table, String name) {
    return table.fieldNames().indexOf(name);
  }
}
