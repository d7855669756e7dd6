package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Makes one clean row of a table: decides which optional cells are filled, fills keys and
 * references, dates the row within the child's history, then fills the rest. A row that cannot be
 * made consistent is dropped (null) rather than written wrong.
 */
final class RowMaker {

  /**
   * What the row hangs off.
   *
   * @param child the child, or null for a shared table
   * @param parent the parent row the anchor column points at, or null
   * @param lastInGroup whether this is the child's last period in a table with sequential periods
   * @param cursor the first day the next period may start, or null
   * @param rowsLeft periods still to come for this child, this one included
   */
  record Request(ChildState child, Row parent, boolean lastInGroup, LocalDate cursor, int rowsLeft) {}

  private final SpecShape shape;
  private final ValueMaker values;
  private final ConventionValues conventionValues;
  private final DatePlanner dates;
  private final Map<String, Long> counters = new HashMap<>();
  private final Map<String, List<Row>> sharedRows = new HashMap<>();
  private final Map<String, Set<List<String>>> sharedKeys = new HashMap<>();
  private final String[] recentPeople = new String[64];
  private long people;
  private final Map<String, Long> dropped = new java.util.TreeMap<>();

  RowMaker(SpecShape shape, ValueMaker values, LocalDate extractDate) {
    this.shape = shape;
    this.values = values;
    this.conventionValues = new ConventionValues(values);
    this.dates = new DatePlanner(extractDate);
  }

  /** Remembers a shared row so later rows can point at it. */
  void keepShared(String table, Row row) {
    sharedRows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
  }

  /** Remembers a child so other children's rows can point at them. */
  void keepPerson(String id) {
    recentPeople[(int) (people++ % recentPeople.length)] = id;
  }

  Row make(TableRules rules, Request req, SplittableRandom rng) {
    Table table = rules.table;
    List<Field> fields = rules.fields;
    int n = fields.size();
    long number = counters.merge(table.name(), 1L, Long::sum) - 1;
    boolean[] present = Presence.decide(rules, req, shape, rng);
    String[] cells = new String[n];
    LocalDate[] days = new LocalDate[n];
    Row[] pointedAt = new Row[n];

    for (int i = 0; i < n; i++) {
      Field f = fields.get(i);
      if (!present[i]) {
        continue;
      }
      if (f.references() != null) {
        cells[i] = reference(rules, f, req, rng, pointedAt, i, present);
        if (cells[i] == null && (f.required() || rules.inPrimaryKey[i])) {
          return drop(table, "no row of " + f.references().table() + " for required " + f.name());
        }
      } else if (f.identifier() != null) {
        cells[i] = Identifiers.identifier(f.identifier(), number);
      } else if ((rules.inPrimaryKey[i] || f.unique()) && isCountable(f)) {
        cells[i] = Identifiers.key(number);
      }
    }
    DatePlanner.Bounds bounds = bounds(rules, pointedAt);
    DatePlanner.Bounds planned = ConventionValues.dateBounds(rules, req, present, bounds, pointedAt, cells, rng);
    if (!dates.plan(rules, req, present, days, shape, planned, rng)) {
      // Expected now and then: a child's history can be too short for another period.
      return null;
    }
    for (int i = 0; i < n; i++) {
      Field f = fields.get(i);
      if (!present[i] || cells[i] != null || f.references() != null) {
        continue;
      }
      if (f.type().isTemporal() && table == shape.personTable() && f == shape.birthDate()) {
        // A date of birth has no time of day, even in a datetime column.
        cells[i] = f.type() == LogicalType.DATETIME ? days[i] + "T00:00:00" : days[i].toString();
      } else if (f.type().isTemporal()) {
        cells[i] = DatePlanner.format(days[i], f.type(), rng);
      } else {
        cells[i] = conventionValues.make(rules, i, req.child(), days, cells, rng);
        if (cells[i] == null && conventionValues.repeated()) {
          return null;
        }
        if (cells[i] == null && (f.required() || rules.inPrimaryKey[i])) {
          return drop(table, "cannot make a valid value for required " + f.name());
        }
      }
    }
    ConventionValues.clearWhen(rules, cells);
    if (!claimKey(rules, req, cells) || !claimUnique(rules, cells)) {
      return null;
    }
    TableConventions.TakesOver takesOver = rules.conventions.takesOver;
    if (takesOver != null && req.child() != null && !TakeOver.fit(takesOver, req.child(), cells, days,
        fields.get(takesOver.end()).type(), bounds == null ? null : bounds.ceiling()[takesOver.end()], rng)) {
      return null;
    }
    return new Row(cells, days, bounds);
  }

  /**
   * The bounds the table's cross-table checks put on its dates, from the rows its foreign keys
   * point at; an empty date's too, as a later row may fill it (see {@link TakeOver}).
   */
  private DatePlanner.Bounds bounds(TableRules rules, Row[] pointedAt) {
    DatePlanner.Bounds bounds = null;
    for (TableRules.ParentBound b : rules.parentBounds) {
      Row parent = pointedAt[b.via()];
      Table target = shape.spec().table(rules.fields.get(b.via()).references().table()).orElse(null);
      int at = target == null ? -1 : target.fieldNames().indexOf(b.parentColumn());
      LocalDate day = parent == null || at < 0 ? null : parent.days()[at];
      if (day == null) {
        continue;
      }
      bounds = bounds == null ? DatePlanner.Bounds.of(rules.fields.size()) : bounds;
      if (b.upper()) {
        bounds.lowerCeiling(b.column(), day);
      } else {
        bounds.raiseFloor(b.column(), day);
      }
    }
    return bounds;
  }

  private final java.util.Map<String, java.util.Set<String>> uniqueValues = new java.util.HashMap<>();

  private Row drop(Table table, String reason) {
    dropped.merge(table.name() + ": " + reason, 1L, Long::sum);
    return null;
  }

  /** Why rows were left out, other than running out of dates, with how many; sorted. */
  List<String> droppedRows() {
    List<String> out = new ArrayList<>();
    dropped.forEach((reason, n) -> out.add(reason + " (" + n + " rows left out)"));
    return out;
  }

  /** A value for a foreign key; the row it names goes to {@code pointedAt[column]} when known. */
  private String reference(TableRules rules, Field f, Request req, SplittableRandom rng, Row[] pointedAt, int column,
      boolean[] present) {
    FieldRef ref = f.references();
    Table target = shape.spec().table(ref.table()).orElse(null);
    if (target == null) {
      return null;
    }
    int col = target.fieldNames().indexOf(ref.field());
    boolean anchor = f == shape.anchor(rules.table);
    if (target == shape.personTable() && req.child() != null
        && target.primaryKey().get(0).equals(ref.field())) {
      if (anchor || people == 0 || rng.nextInt(3) > 0) {
        List<Row> self = req.child().rows(target.name());
        pointedAt[column] = self.isEmpty() ? null : self.get(0);
        return req.child().personId;
      }
      return recentPeople[rng.nextInt((int) Math.min(people, recentPeople.length))];
    }
    if (anchor && req.parent() != null) {
      pointedAt[column] = req.parent();
      return req.parent().values()[col];
    }
    List<Row> candidates = req.child() != null && shape.isChildTable(target)
        ? ConventionValues.followed(rules, column, req.child(), req.child().rows(target.name()), col)
        : sharedRows.getOrDefault(target.name(), List.of());
    if (candidates.isEmpty()) {
      return null;
    }
    Row picked = ConventionValues.pointsAtLatest(rules, column, present)
        ? candidates.get(candidates.size() - 1) : candidates.get(rng.nextInt(candidates.size()));
    pointedAt[column] = picked;
    return picked.values()[col];
  }

  /** Keys built from a running number are unique already; other keys are checked. */
  private boolean claimKey(TableRules rules, Request req, String[] cells) {
    boolean byChild = false;
    List<String> key = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      if (!rules.inPrimaryKey[i]) {
        continue;
      }
      Field f = rules.fields.get(i);
      if (f.references() == null && (f.identifier() != null || isCountable(f))) {
        return true;
      }
      if (f == shape.anchor(rules.table)) {
        byChild = true;
      }
      key.add(cells[i]);
    }
    if (byChild && req.child() != null) {
      return req.child().claimKey(rules.table.name(), key);
    }
    return sharedKeys.computeIfAbsent(rules.table.name(), t -> new HashSet<>()).add(key);
  }

  /**
   * Unique columns whose values cannot come from a running number (such as a child's id, which
   * may name one mother only) are checked; a row that would repeat a value is not written.
   */
  private boolean claimUnique(TableRules rules, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      Field f = rules.fields.get(i);
      if (f.unique() && !rules.inPrimaryKey[i] && cells[i] != null && !(f.references() == null && isCountable(f))
          && !uniqueValues.computeIfAbsent(rules.table.name() + "." + f.name(), k -> new HashSet<>()).add(cells[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether unique values can come from a running number. */
  static boolean isCountable(Field f) {
    return f.codeSet() == null && f.pattern() == null
        && (f.maxLength() == null || f.maxLength() >= 11)
        && (f.type() == LogicalType.INTEGER || f.type() == LogicalType.STRING);
  }
}
