package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Puts at most one error into a row, choosing only changes a validator sees in isolation: no
 * change to a column another table points at, to a column other checks read, or to a key that
 * children use, so one injected error never hides or causes another.
 */
final class ErrorInjector {

  private record Change(int column, String kind, String value) {}

  private static final String[] UNKNOWN_CODES = {"ZZ", "Z9", "X", "Q", "ZZZ", "9", "0", "XX9"};

  private final Spec spec;
  private final SpecShape shape;
  private final Set<FieldRef> targets = new HashSet<>();
  /** Parent dates that cross-table checks of other tables read: changing one would break rows elsewhere. */
  private final Set<FieldRef> parentDates = new HashSet<>();

  ErrorInjector(SpecShape shape) {
    this.shape = shape;
    this.spec = shape.spec();
    for (Table t : spec.tables()) {
      t.foreignKeys().forEach(f -> targets.add(f.references()));
      for (Check c : t.checks()) {
        c.crossTable().ifPresent(cross -> t.field(cross.via()).map(Field::references).ifPresent(ref ->
            cross.parentFields().forEach(p -> parentDates.add(new FieldRef(ref.table(), p)))));
      }
    }
  }

  /**
   * Maybe changes one cell (or the key) of {@code cells}.
   *
   * @param previous the table's previous row when it is clean, for a duplicate key
   * @param previousPeriod the child's previous clean period in this table, for an overlap
   * @param bounds the bounds cross-table checks put on the row's dates, or null, for a breach of one
   */
  InjectedError inject(TableRules rules, long rowNumber, String[] cells, String[] previous,
      String[] previousPeriod, DatePlanner.Bounds bounds, long serial, SplittableRandom rng) {
    List<Change> options = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      cellOptions(rules, i, cells, serial, options);
    }
    checkOptions(rules, cells, previousPeriod, options);
    crossTableOptions(rules, cells, bounds, options);
    boolean keyOption = previous != null && keyCanRepeat(rules);
    int choices = options.size() + (keyOption ? 1 : 0);
    if (choices == 0) {
      return null;
    }
    int pick = rng.nextInt(choices);
    String table = rules.table.name();
    if (pick == options.size()) {
      List<String> before = new ArrayList<>();
      List<String> after = new ArrayList<>();
      for (int i = 0; i < cells.length; i++) {
        if (rules.inPrimaryKey[i]) {
          before.add(nz(cells[i]));
          after.add(nz(previous[i]));
          cells[i] = previous[i];
        }
      }
      return new InjectedError(table, rowNumber, String.join("|", rules.table.primaryKey()),
          RuleIds.PRIMARY_KEY, String.join("|", before), String.join("|", after));
    }
    Change c = options.get(pick);
    String original = cells[c.column()];
    cells[c.column()] = c.value();
    return new InjectedError(table, rowNumber, rules.fields.get(c.column()).name(), c.kind(),
        nz(original), nz(c.value()));
  }

  /** Whether the column can take an error without touching keys, references or checks. */
  private boolean isFree(TableRules rules, int i) {
    Field f = rules.fields.get(i);
    return !rules.inPrimaryKey[i] && !f.unique() && rules.checkUses[i] == 0
        && !targets.contains(new FieldRef(rules.table.name(), f.name()))
        && !parentDates.contains(new FieldRef(rules.table.name(), f.name()))
        && !(rules.table == shape.personTable() && f == shape.birthDate());
  }

  private void cellOptions(TableRules rules, int i, String[] cells, long serial, List<Change> out) {
    Field f = rules.fields.get(i);
    if (cells[i] == null || !isFree(rules, i)) {
      return;
    }
    if (f.references() != null) {
      // Only columns pointing at running-number keys: a leading 9 then cannot exist.
      Field target = spec.resolve(f.references()).orElse(null);
      if (target != null && (f.maxLength() == null || f.maxLength() >= 8)
          && RowMaker.isCountable(target)
          && (target.unique() || spec.table(f.references().table())
              .map(t -> t.primaryKey().equals(List.of(target.name()))).orElse(false))) {
        out.add(new Change(i, RuleIds.FOREIGN_KEY, Identifiers.danglingKey(serial)));
      }
      return;
    }
    LogicalType type = f.type();
    if (f.required()) {
      out.add(new Change(i, RuleIds.REQUIRED, null));
    }
    if (type == LogicalType.DATE) {
      out.add(new Change(i, RuleIds.TYPE, "2023-02-30"));
    } else if (type == LogicalType.DATETIME) {
      out.add(new Change(i, RuleIds.TYPE, "2023-02-30T10:00:00"));
    } else if (type.isNumeric()) {
      out.add(new Change(i, RuleIds.TYPE, "n/a"));
    }
    if (type == LogicalType.STRING && f.maxLength() != null && f.identifier() == null
        && f.pattern() == null && f.codeSet() == null) {
      out.add(new Change(i, RuleIds.LENGTH, cells[i] + "x".repeat(f.maxLength() + 1 - cells[i].length())));
    }
    if ((type == LogicalType.CODE || type == LogicalType.FLAG) && f.codeSet() != null) {
      CodeSet set = spec.codeSet(f.codeSet()).orElse(null);
      for (String code : UNKNOWN_CODES) {
        // an extensible code set takes local codes, so an unknown code there is no error
        if (set != null && !set.extensible() && set.find(code).isEmpty() && (f.maxLength() == null || code.length() <= f.maxLength())) {
          out.add(new Change(i, RuleIds.CODE, code));
          break;
        }
      }
    }
    if (f.identifier() != null) {
      out.add(new Change(i, RuleIds.PATTERN, Identifiers.breakCheck(f.identifier(), cells[i])));
    }
    if (type.isNumeric() && rules.ranges[i] != null && !rules.ranges[i].isUnbounded()) {
      BigDecimal bad = rules.ranges[i].min() != null
          ? rules.ranges[i].min().subtract(BigDecimal.ONE)
          : rules.ranges[i].max().add(BigDecimal.ONE);
      if (type == LogicalType.DECIMAL && f.scale() != null) {
        bad = bad.setScale(f.scale(), java.math.RoundingMode.DOWN);
      }
      out.add(new Change(i, RuleIds.RANGE, bad.toPlainString()));
    }
  }

  private void checkOptions(TableRules rules, String[] cells, String[] previousPeriod, List<Change> out) {
    for (TableRules.Order o : rules.orders) {
      int e = o.earlier();
      int l = o.later();
      if (cells[e] == null || cells[l] == null || !temporal(rules, e) || !temporal(rules, l)) {
        continue;
      }
      if (changeable(rules, l) || endCanMove(rules, o)) {
        out.add(new Change(l, RuleIds.CHECK, shiftDay(cells[l], day(cells[e]).minusDays(1))));
      } else if (changeable(rules, e)) {
        out.add(new Change(e, RuleIds.CHECK, shiftDay(cells[e], day(cells[l]).plusDays(1))));
      }
    }
    for (TableRules.Presence p : rules.presences) {
      if (cells[p.when()] == null || cells[p.then()] == null) {
        continue;
      }
      if (changeable(rules, p.then()) && !rules.fields.get(p.then()).required()) {
        out.add(new Change(p.then(), RuleIds.CHECK, null));
      } else if (p.bothWays() && changeable(rules, p.when()) && !rules.fields.get(p.when()).required()) {
        out.add(new Change(p.when(), RuleIds.CHECK, null));
      }
    }
    TableRules.Periods periods = rules.periods;
    if (periods != null && previousPeriod != null && cells[periods.start()] != null
        && previousPeriod[periods.start()] != null && startCanMove(rules)) {
      for (int g : periods.groupBy()) {
        if (!java.util.Objects.equals(cells[g], previousPeriod[g])) {
          return;
        }
      }
      String moved = shiftDay(cells[periods.start()], day(previousPeriod[periods.start()]));
      out.add(new Change(periods.start(), RuleIds.CHECK, moved));
    }
  }

  /**
   * A date moved a day past the parent's date an error-level cross-table check bounds it by (a
   * plan a day before its referral), when that check is the only one reading the column.
   */
  private void crossTableOptions(TableRules rules, String[] cells, DatePlanner.Bounds bounds, List<Change> out) {
    if (bounds == null) {
      return;
    }
    for (TableRules.ParentBound b : rules.parentBounds) {
      int c = b.column();
      java.time.LocalDate limit = b.upper() ? bounds.ceiling()[c] : bounds.floor()[c];
      if (b.error() && limit != null && cells[c] != null && temporal(rules, c) && changeable(rules, c)) {
        out.add(new Change(c, RuleIds.CHECK, shiftDay(cells[c], b.upper() ? limit.plusDays(1) : limit.minusDays(1))));
      }
    }
  }

  /** A check column read by exactly one check and nothing else that matters. */
  private boolean changeable(TableRules rules, int i) {
    Field f = rules.fields.get(i);
    return rules.checkUses[i] == 1 && !rules.inPrimaryKey[i] && !f.unique() && f.references() == null
        && !targets.contains(new FieldRef(rules.table.name(), f.name()))
        && !parentDates.contains(new FieldRef(rules.table.name(), f.name()))
        && !(rules.table == shape.personTable() && f == shape.birthDate());
  }

  /** Moving a period's start earlier breaks only the overlap rule when no rule bounds it below. */
  private boolean startCanMove(TableRules rules) {
    int s = rules.periods.start();
    long earlierUses = rules.orders.stream().filter(o -> o.earlier() == s).count();
    boolean bounded = rules.orders.stream().anyMatch(o -> o.later() == s);
    boolean inPresence = rules.presences.stream().anyMatch(p -> p.when() == s || p.then() == s);
    Field f = rules.fields.get(s);
    return !bounded && !inPresence && rules.checkUses[s] == 1 + earlierUses
        && !rules.inPrimaryKey[s] && !f.unique() && f.references() == null
        && !parentDates.contains(new FieldRef(rules.table.name(), f.name()));
  }

  /**
   * Moving a period's end to the day before its start breaks only the order of the two (the
   * statutory returns' "ends before it began": SSDA903 567 for a missing period, CIN 8925 for a
   * plan) when the end is otherwise read only by the overlap check, which leaves a reversed period
   * to the date order, and by presence checks, which it still satisfies.
   */
  private boolean endCanMove(TableRules rules, TableRules.Order order) {
    TableRules.Periods periods = rules.periods;
    if (periods == null || order.earlier() != periods.start() || order.later() != periods.end()) {
      return false;
    }
    int e = periods.end();
    long orders = rules.orders.stream().filter(o -> o.earlier() == e || o.later() == e).count();
    long presences = rules.presences.stream().filter(p -> p.when() == e || p.then() == e).count();
    Field f = rules.fields.get(e);
    return orders == 1 && rules.checkUses[e] == orders + presences + 1
        && !rules.inPrimaryKey[e] && !f.unique() && f.references() == null
        && !targets.contains(new FieldRef(rules.table.name(), f.name()))
        && !parentDates.contains(new FieldRef(rules.table.name(), f.name()));
  }

  private boolean keyCanRepeat(TableRules rules) {
    if (shape.isReferenced(rules.table) || rules.table.primaryKey().isEmpty()) {
      return false;
    }
    for (int i = 0; i < rules.fields.size(); i++) {
      // A column the spec also marks unique would be reported twice.
      if (rules.inPrimaryKey[i] && (rules.checkUses[i] > 0 || rules.fields.get(i).unique())) {
        return false;
      }
    }
    return true;
  }

  private static boolean temporal(TableRules rules, int i) {
    return rules.fields.get(i).type().isTemporal();
  }

  private static java.time.LocalDate day(String cell) {
    return java.time.LocalDate.parse(cell.substring(0, 10));
  }

  /** The cell with its day replaced, keeping any time of day. */
  private static String shiftDay(String cell, java.time.LocalDate day) {
    return day + cell.substring(10);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
