package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Applies a table's {@link TableConventions} to the values of a row: codes drawn from the allowed
 * ones, texts from a listed set, a value a child has already used drawn again, cells cleared where
 * a code says they take none, and dates kept from before a minimum age.
 */
final class ConventionValues {

  /**
   * Draws tried before a value repeating one of the child's (or, by {@code unlike}, one of the
   * child's rows elsewhere) is given up (the row is not written).
   */
  private static final int DISTINCT_TRIES = 8;

  private final ValueMaker values;
  private boolean repeated;

  ConventionValues(ValueMaker values) {
    this.values = values;
  }

  /** A value for a plain column, within its conventions; null when none can be made. */
  String make(TableRules rules, int i, ChildState child, LocalDate[] days, String[] cells, SplittableRandom rng) {
    TableConventions conv = rules.conventions;
    Field f = rules.fields.get(i);
    if (conv.isEmpty()) {
      return values.make(f, rules.ranges[i], rng);
    }
    repeated = false;
    for (int attempt = 0; attempt < DISTINCT_TRIES; attempt++) {
      String v = one(rules, conv, i, f, child, days, cells, rng);
      if (v == null || child == null) {
        return v;
      }
      if (conv.unlike[i] != null && heldElsewhere(child, conv.unlike[i], v)) {
        continue;
      }
      if (!conv.distinct[i] || child.claimValue(rules.table.name() + "." + f.name(), v)) {
        return v;
      }
    }
    repeated = true;
    return null;
  }

  /** Whether a child's row of another table holds the text, spaces and case aside (convention unlike). */
  private static boolean heldElsewhere(ChildState child, TableConventions.Unlike u, String v) {
    String text = plain(v);
    for (Row r : child.rows(u.table())) {
      String other = r.values()[u.column()];
      if (other != null && plain(other).equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static String plain(String text) {
    return text.replace(" ", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the last {@link #make} gave null only because every value drawn repeated one the
   * child already has (here, or by {@code unlike} elsewhere): the row is left out as expected.
   */
  boolean repeated() {
    return repeated;
  }

  private String one(TableRules rules, TableConventions conv, int i, Field f, ChildState child,
      LocalDate[] days, String[] cells, SplittableRandom rng) {
    if (conv.only[i] != null && f.codeSet() == null && f.type() == LogicalType.STRING) {
      return conv.only[i].get(rng.nextInt(conv.only[i].size()));
    }
    if (conv.restrictsCodes(i)) {
      return values.make(f, rules.ranges[i], rng, code -> conv.allows(i, code, child, days, cells));
    }
    return values.make(f, rules.ranges[i], rng);
  }

  /**
   * Whether a reference of a period still open (its end left empty) points at the child's latest
   * row of its table, by the convention {@code latest-when-open}.
   */
  static boolean pointsAtLatest(TableRules rules, int column, boolean[] present) {
    TableConventions conv = rules.conventions;
    return !conv.isEmpty() && conv.latestWhenOpen[column] && rules.periods != null && !present[rules.periods.end()];
  }

  /**
   * The rows a reference may point at: by the convention {@code followed-by}, only those the
   * child's rows of another table already point at (an enquiry's referral has an assessment).
   */
  static List<Row> followed(TableRules rules, int column, ChildState child, List<Row> rows, int key) {
    TableConventions.FollowedBy by = rules.conventions.isEmpty() ? null : rules.conventions.followedBy[column];
    if (by == null) {
      return rows;
    }
    Set<String> named = new HashSet<>();
    for (Row r : child.rows(by.table())) {
      named.add(r.values()[by.column()]);
    }
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (named.contains(r.values()[key])) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Leaves a child's latest period open, by the convention {@code open-last}, when it was ended
   * only for periods meant to follow it that could not be dated: its end is cleared, with the
   * cells that need an end (a reason for the change), unless the domain's age window has closed.
   */
  static void reopen(TableRules rules, Row row, ChildState child) {
    TableConventions conv = rules.conventions;
    int end = rules.periods.end();
    if (conv.isEmpty() || !conv.openLast[end] || conv.filled[end]
        || child.windowEnd(rules.profile).isBefore(child.extractDate)) {
      return;
    }
    for (TableRules.Presence p : rules.presences) {
      int needs = p.then() == end ? p.when() : p.bothWays() && p.when() == end ? p.then() : -1;
      if (needs >= 0 && (rules.fields.get(needs).required() || rules.inPrimaryKey[needs] || conv.filled[needs])) {
        return;
      }
    }
    for (TableRules.Presence p : rules.presences) {
      if (p.then() == end) {
        row.values()[p.when()] = null;
        row.days()[p.when()] = null;
      } else if (p.bothWays() && p.when() == end) {
        row.values()[p.then()] = null;
        row.days()[p.then()] = null;
      }
    }
    row.values()[end] = null;
    row.days()[end] = null;
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

  /**
   * The bounds to date a row by: the spec's (unchanged, as the error injector reads them) and the
   * conventions': from the child's birthday of a minimum age, within the last days before the
   * extract date, on the child's first day for the child's first row, on the day of the row a
   * reference points at, and within one of the child's rows of another table (none: bounds no day
   * satisfies, so the row is not written).
   */
  static DatePlanner.Bounds dateBounds(TableRules rules, RowMaker.Request req, boolean[] present,
      DatePlanner.Bounds spec, Row[] pointedAt, String[] cells, SplittableRandom rng) {
    TableConventions conv = rules.conventions;
    ChildState child = req.child();
    if (conv.isEmpty() || child == null) {
      return spec;
    }
    DatePlanner.Bounds out = DatePlanner.Bounds.of(present.length);
    for (int i = 0; i < present.length; i++) {
      if (spec != null) {
        out.floor()[i] = spec.floor()[i];
        out.ceiling()[i] = spec.ceiling()[i];
      }
      if (!present[i]) {
        continue;
      }
      if (conv.fromAge[i] != null) {
        out.raiseFloor(i, child.birth.plusYears(conv.fromAge[i]));
      }
      if (conv.untilAge[i] != null) {
        out.lowerCeiling(i, child.birth.plusYears(conv.untilAge[i]).minusDays(1));
      }
      if (conv.sinceDays[i] != null) {
        out.raiseFloor(i, child.extractDate.minusDays(conv.sinceDays[i]));
      }
      if (conv.afterStart[i]) {
        out.raiseFloor(i, child.historyStart.plusDays(1));
      }
      if (conv.atStart[i] && child.rows(rules.table.name()).isEmpty()) {
        LocalDate first = child.windowStart(rules.profile);
        out.raiseFloor(i, first);
        out.lowerCeiling(i, first);
      }
    }
    for (TableConventions.SameDay d : conv.sameDays) {
      Row parent = pointedAt[d.via()];
      LocalDate day = parent == null ? null : parent.days()[d.parentColumn()];
      if (day != null && present[d.column()]) {
        out.raiseFloor(d.column(), day);
        out.lowerCeiling(d.column(), day);
      }
    }
    for (TableConventions.SameDay d : conv.daysAfter) {
      Row parent = pointedAt[d.via()];
      LocalDate day = parent == null ? null : parent.days()[d.parentColumn()];
      if (day != null && present[d.column()]) {
        out.raiseFloor(d.column(), day.plusDays(1));
      }
    }
    if (conv.doneBy != null) {
      doneBy(conv.doneBy, child, present, cells, out);
    }
    TableConventions.Within w = conv.within;
    if (w != null && present[w.column()]) {
      Row host = host(child.rows(w.table()), w, req.cursor(), rng);
      if (host == null) {
        out.raiseFloor(w.column(), child.extractDate.plusDays(1));
        out.lowerCeiling(w.column(), child.extractDate);
      } else {
        out.raiseFloor(w.column(), host.days()[w.start()]);
        if (host.days()[w.end()] != null) {
          out.lowerCeiling(w.column(), host.days()[w.end()]);
        }
      }
    }
    return out;
  }

  /**
   * Ends a period by a date of one of the child's rows of another table naming the same row (an
   * enquiry by the authorisation of an assessment of its referral); none: bounds no day satisfies,
   * so the row is not written.
   */
  private static void doneBy(TableConventions.DoneBy d, ChildState child, boolean[] present, String[] cells,
      DatePlanner.Bounds out) {
    boolean hosted = false;
    boolean undated = false;
    LocalDate latest = null;
    for (Row r : child.rows(d.table())) {
      if (cells[d.via()] != null && cells[d.via()].equals(r.values()[d.otherVia()])) {
        // the latest such row leaves the most room; one without the date bounds nothing
        LocalDate day = r.days()[d.otherEnd()];
        hosted = true;
        undated |= day == null;
        latest = day != null && (latest == null || day.isAfter(latest)) ? day : latest;
      }
    }
    LocalDate last = undated ? null : latest;
    if (!hosted || last != null && !present[d.end()]) {
      out.raiseFloor(d.start(), child.extractDate.plusDays(1));
      out.lowerCeiling(d.start(), child.extractDate);
    } else if (last != null) {
      out.lowerCeiling(d.start(), last);
      out.lowerCeiling(d.end(), last);
    }
  }

  /** One of the rows a date may fall within: dated, and not ended before the cursor; null when none. */
  private static Row host(List<Row> rows, TableConventions.Within w, LocalDate cursor, SplittableRandom rng) {
    List<Row> open = new ArrayList<>();
    for (Row r : rows) {
      LocalDate end = r.days()[w.end()];
      if (r.days()[w.start()] != null && (cursor == null || end == null || !end.isBefore(cursor))) {
        open.add(r);
      }
    }
    return open.isEmpty() ? null : open.get(rng.nextInt(open.size()));
  }
}
