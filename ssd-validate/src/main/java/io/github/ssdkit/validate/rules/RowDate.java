package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Table;
import java.util.List;

/**
 * Which column gives a row its own date, against which withdrawn codes are judged: the start of
 * the table's first period check, else the earlier date of its first date-order check, else its
 * first required date column, else its first date column. Tables without dates have none.
 */
public final class RowDate {

  private RowDate() {}

  /**
   * The column that dates a row: the start of its no-overlap period, when it has one.
   *
   * @param table the table
   * @return the index in {@code table.fields()} of the row-date column, or -1
   */
  public static int columnOf(Table table) {
    for (Check c : table.checks()) {
      if (c instanceof Check.NoOverlap o) {
        return indexOf(table, o.start());
      }
    }
    for (Check c : table.checks()) {
      if (c instanceof Check.DateOrder d) {
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

  private static int indexOf(Table table, String name) {
    return table.fieldNames().indexOf(name);
  }
}
