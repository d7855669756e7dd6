package io.github.ssdkit.sample;

import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One table's conventions from {@link Conventions}, by column position. Every array entry is
 * neutral (false, null, -1) for a column no convention names.
 */
final class TableConventions {

  static final TableConventions NONE = new TableConventions(0);

  /**
   * Codes drawn only for a child aged {@code from} to {@code to} (whole years) on the row's date
   * ({@code date} -1: on the extract date).
   */
  record AgeCodes(int column, int date, int from, int to, Set<String> codes) {}

  /** The column stays empty when {@code when} holds one of the codes. */
  record EmptyWhen(int column, int when, Set<String> codes) {}

  final boolean[] empty;
  final boolean[] filled;
  final boolean[] openLast;
  final boolean[] distinct;
  final Unlike[] unlike;
  final int[] oneOf;
  final BigDecimal[] atMost;
  final Integer[] fromAge;
  final List<String>[] only;
  final List<String>[] never;
  /** The column holds {@code code} only when ({@code only}) or never when {@code other} holds one of the codes. */
  record CodeWith(int column, String code, int other, Set<String> otherCodes, boolean only) {}

  /** The date falls within one of the child's rows of {@code table} (between its start and end). */
  record Within(int column, String table, int start, int end) {}

  /** A reference points only at rows that {@code column} of {@code table} points at too. */
  record FollowedBy(String table, int column) {}

  /** The date is the day of the row {@code via} points at ({@code parentColumn} of that row). */
  record SameDay(int column, int via, int parentColumn) {}

  /**
   * Periods of this table ({@code start}..{@code end}) take over from the child's periods of
   * {@code table} ({@code otherStart}..{@code otherEnd}, its end of type {@code otherEndType}).
   */
  record TakesOver(int start, int end, String table, int otherStart, int otherEnd, LogicalType otherEndType) {}

  /** {@code code} is never drawn for a child with a row of {@code table} whose {@code otherColumn} holds one of the codes. */
  record NeverFor(int column, String code, String table, int otherColumn, Set<String> otherCodes) {}

  /**
   * The period {@code start}..{@code end} ends by the day {@code otherEnd} of a row of {@code table}
   * whose {@code otherVia} names what this row's {@code via} names.
   */
  record DoneBy(int start, int end, int via, String table, int otherEnd, int otherVia) {}

  /** A text never one the child's rows of {@code table} hold in {@code column}, spaces and case aside. */
  record Unlike(String table, int column) {}

  /** Rows only for a child with rows in this table (whatever the domain's chances); null for none. */
  String rowsFor;
  Within within;
  TakesOver takesOver;
  DoneBy doneBy;
  final Integer[] sinceDays;
  final Integer[] untilAge;
  final boolean[] atStart;
  final boolean[] afterStart;
  final boolean[] latestWhenOpen;
  final FollowedBy[] followedBy;
  final List<CodeWith> codeWith = new ArrayList<>();
  final List<SameDay> sameDays = new ArrayList<>();
  /** Dates after (never on) the day of the row a reference points at. */
  final List<SameDay> daysAfter = new ArrayList<>();
  final List<NeverFor> neverFor = new ArrayList<>();
  final List<AgeCodes> ages = new ArrayList<>();
  final List<EmptyWhen> emptyWhen = new ArrayList<>();

  TableConventions(Table t) {
    this(t.fields().size());
  }

  @SuppressWarnings("unchecked")
  private TableConventions(int n) {
    empty = new boolean[n];
    filled = new boolean[n];
    openLast = new boolean[n];
    distinct = new boolean[n];
    unlike = new Unlike[n];
    oneOf = new int[n];
    Arrays.fill(oneOf, -1);
    atMost = new BigDecimal[n];
    fromAge = new Integer[n];
    sinceDays = new Integer[n];
    untilAge = new Integer[n];
    atStart = new boolean[n];
    afterStart = new boolean[n];
    latestWhenOpen = new boolean[n];
    followedBy = new FollowedBy[n];
    only = new List[n];
    never = new List[n];
  }

  boolean isEmpty() {
    return empty.length == 0;
  }

  /**
   * Whether a code may be written in a column: allowed by its only/never lists and, for codes tied
   * to ages, fitting the child's age on the row's date (the extract date for an undated row).
   */
  boolean allows(int column, String code, ChildState child, LocalDate[] days, String[] cells) {
    if (isEmpty()) {
      return true;
    }
    if (only[column] != null && !only[column].contains(code)
        || never[column] != null && never[column].contains(code)) {
      return false;
    }
    for (CodeWith w : codeWith) {
      if (w.column() == column && w.code().equals(code)) {
        boolean with = cells[w.other()] != null && w.otherCodes().contains(cells[w.other()]);
        if (with != w.only()) {
          return false;
        }
      }
    }
    for (NeverFor nf : neverFor) {
      if (nf.column() == column && nf.code().equals(code) && child != null && heldBy(child, nf)) {
        return false;
      }
    }
    for (AgeCodes a : ages) {
      if (a.column() == column && a.codes().contains(code)) {
        if (child == null) {
          return false;
        }
        LocalDate day = a.date() < 0 || days[a.date()] == null ? child.extractDate : days[a.date()];
        int age = child.birth.until(day).getYears();
        if (age < a.from() || age > a.to()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a column has a convention on its codes, so each drawn code is checked. */
  boolean restrictsCodes(int column) {
    if (isEmpty()) {
      return false;
    }
    return only[column] != null || never[column] != null
        || ages.stream().anyMatch(a -> a.column() == column)
        || codeWith.stream().anyMatch(w -> w.column() == column)
        || neverFor.stream().anyMatch(nf -> nf.column() == column);
  }

  private static boolean heldBy(ChildState child, NeverFor nf) {
    for (Row r : child.rows(nf.table())) {
      if (nf.otherCodes().contains(r.values()[nf.otherColumn()])) {
        return true;
      }
    }
    return false;
  }
}
