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

  /**
   * The column that dates a row: the start of its no-overlap period, when it has one.
   *
   * @param table the table
   * @return the index in {@code table.fields()} of the row-date column, or -1
   */
  public static int columnOf(Table table) {
    Span span = span(table);
    if (span != null) {
      return indexOf(table, span.start());
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

  /**
   * The row's end-date column.
   *
   * @param table the table
   * @return the index in {@code table.fields()} of the row's end-date column, or -1
   */
  public static int endColumnOf(Table table) {
    Span span = span(table);
    return span == null ? -1 : indexOf(table, span.end());
  }

  /** A pair of columns a check reads as a row's start and end; periods rank before date orders. */
  private record Span(String start, String end, int rank) {}

  /** The table's first period, else its first date order whose earlier column is released; null when neither. */
  private static Span span(Table table) {
    Span best = null;
    SpanOf spanOf = new SpanOf(table);
    for (Check c : table.checks()) {
      Span s = c.accept(spanOf);
      if (s != null && (best == null || s.rank() < best.rank())) {
        best = s;
      }
    }
    return best;
  }

  /** The span each kind of check gives a row, if any. */
  private record SpanOf(Table table) implements Check.Visitor<Span> {
    @Override
    public Span noOverlap(Check.NoOverlap c) {
      return new Span(c.start(), c.end(), 0);
    }

    @Override
    public Span dateOrder(Check.DateOrder c) {
      return released(table, c.earlier()) ? new Span(c.earlier(), c.later(), 1) : null;
    }

    @Override
    public Span presence(Check.Presence c) {
      return null;
    }

    @Override
    public Span presenceWhenCode(Check.PresenceWhenCode c) {
      return null;
    }

    @Override
    public Span anyPresent(Check.AnyPresent c) {
      return null;
    }

    @Override
    public Span valueRange(Check.ValueRange c) {
      return null;
    }

    @Override
    public Span textPattern(Check.TextPattern c) {
      return null;
    }

    @Override
    public Span parentDate(Check.ParentDate c) {
      return null;
    }

    @Override
    public Span withinParent(Check.WithinParent c) {
      return null;
    }
  }

  /** A proposed column is seldom in an extract, so it does not date the row (ssd_care_leavers' pathway plan start). */
  private static boolean released(Table table, String column) {
    return table.field(column).map(f -> f.status() != Lifecycle.PROPOSED).orElse(false);
  }

  private static int indexOf(Table table, String name) {
    return table.fieldNames().indexOf(name);
  }
}
