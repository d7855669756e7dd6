package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One table's columns and checks, indexed by column position for fast row building. */
final class TableRules {

  /** {@code earlier <= later}, by column position. */
  record Order(int earlier, int later) {}

  /** When {@code when} is filled, {@code then} is too (and back, when {@code bothWays}). */
  record Presence(int when, int then, boolean bothWays) {}

  /** Sequential periods within a group. */
  record Periods(int[] groupBy, int start, int end) {}

  /** At least one of the columns is filled. */
  record AnyOf(int[] columns) {}

  /**
   * A date column bounded by a date of the row a foreign key points at (a cross-table check):
   * {@code column} is on or before ({@code upper}) or on or after that row's {@code parentColumn}.
   */
  record ParentBound(int via, int column, boolean upper, String parentColumn, boolean error) {}

  final Table table;
  final DomainProfile profile;
  final List<Field> fields;
  final Range[] ranges;
  final boolean[] inPrimaryKey;
  final int[] checkUses;
  final List<Order> orders = new ArrayList<>();
  /** The date orders plus the order implied by sequential periods; drives dating only. */
  final List<Order> dateEdges = new ArrayList<>();
  final List<Presence> presences = new ArrayList<>();
  final List<AnyOf> anyOf = new ArrayList<>();
  final List<ParentBound> parentBounds = new ArrayList<>();
  final Periods periods;
  /** The returns' conventions for this table (see {@link Conventions}). */
  final TableConventions conventions;
  private final boolean[] laterDate;

  TableRules(Table table) {
    this(table, TableConventions.NONE);
  }

  TableRules(Table table, TableConventions conventions) {
    this.table = table;
    this.conventions = conventions;
    this.profile = DomainProfile.of(table.domain());
    this.fields = table.fields();
    int n = fields.size();
    ranges = new Range[n];
    inPrimaryKey = new boolean[n];
    checkUses = new int[n];
    for (int i = 0; i < n; i++) {
      ranges[i] = fields.get(i).range();
      inPrimaryKey[i] = table.primaryKey().contains(fields.get(i).name());
    }
    Collector collector = new Collector();
    for (Check c : table.checks()) {
      // Range checks are reported as range errors, so they do not make a column a check column.
      if (RuleIds.kindOfCheck(c).equals(RuleIds.CHECK)) {
        for (String f : c.fields()) {
          int i = index(f);
          if (i >= 0) {
            checkUses[i]++;
          }
        }
      }
      c.accept(collector);
    }
    for (int i = 0; i < n && !conventions.isEmpty(); i++) {
      if (conventions.atMost[i] != null) {
        ranges[i] = intersect(ranges[i], new Range(null, conventions.atMost[i]));
      }
    }
    Periods found = collector.periods;
    periods = found;
    // Precomputed: asked for every column of every row.
    laterDate = new boolean[n];
    orders.forEach(o -> laterDate[o.later()] = true);
    dateEdges.addAll(orders);
    // A period ends after it starts even where the spec states no separate date order.
    if (periods != null && orders.stream()
        .noneMatch(o -> o.earlier() == periods.start() && o.later() == periods.end())) {
      dateEdges.add(new Order(periods.start(), periods.end()));
    }
  }

  /**
   * What each kind of check asks of the rows the generator makes. A presence on given codes is
   * made a plain one-way presence (cells are chosen before codes are), which satisfies it for
   * every code; a pattern check asks nothing more, as the generator's ids and texts are plain.
   */
  private final class Collector implements Check.Visitor<Void> {
    private Periods periods;

    @Override
    public Void dateOrder(Check.DateOrder d) {
      if (index(d.earlier()) >= 0 && index(d.later()) >= 0) {
        orders.add(new Order(index(d.earlier()), index(d.later())));
      }
      return null;
    }

    @Override
    public Void presence(Check.Presence p) {
      if (index(p.when()) >= 0 && index(p.then()) >= 0) {
        presences.add(new Presence(index(p.when()), index(p.then()), p.bothWays()));
      }
      return null;
    }

    @Override
    public Void presenceWhenCode(Check.PresenceWhenCode p) {
      if (index(p.when()) >= 0 && index(p.then()) >= 0) {
        presences.add(new Presence(index(p.when()), index(p.then()), false));
      }
      return null;
    }

    @Override
    public Void anyPresent(Check.AnyPresent a) {
      int[] columns = a.fields().stream().mapToInt(TableRules.this::index).filter(i -> i >= 0).toArray();
      if (columns.length > 0) {
        anyOf.add(new AnyOf(columns));
      }
      return null;
    }

    @Override
    public Void valueRange(Check.ValueRange r) {
      int i = index(r.field());
      if (i >= 0) {
        ranges[i] = intersect(ranges[i], r.range());
      }
      return null;
    }

    @Override
    public Void noOverlap(Check.NoOverlap o) {
      if (periods == null && index(o.start()) >= 0 && index(o.end()) >= 0) {
        int[] group = o.groupBy().stream().mapToInt(TableRules.this::index).toArray();
        if (Arrays.stream(group).allMatch(g -> g >= 0)) {
          periods = new Periods(group, index(o.start()), index(o.end()));
        }
      }
      return null;
    }

    @Override
    public Void textPattern(Check.TextPattern p) {
      return null;
    }

    @Override
    public Void parentDate(Check.ParentDate c) {
      bound(c, c.field(), c.bound() == Check.Bound.NOT_AFTER, c.parentField());
      return null;
    }

    @Override
    public Void withinParent(Check.WithinParent c) {
      bound(c, c.start(), false, c.parentStart());
      bound(c, c.start(), true, c.parentEnd());
      bound(c, c.end(), true, c.parentEnd());
      return null;
    }

    private void bound(Check.CrossTable c, String column, boolean upper, String parentColumn) {
      if (index(c.via()) >= 0 && index(column) >= 0) {
        parentBounds.add(new ParentBound(index(c.via()), index(column), upper, parentColumn,
            c.severity() == Severity.ERROR));
      }
    }
  }

  int index(String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the column is the later side of some date order (an end date, usually optional). */
  boolean isLaterDate(int i) {
    return laterDate[i];
  }

  private static Range intersect(Range a, Range b) {
    if (a == null) {
      return b;
    }
    return new Range(max(a.min(), b.min()), min(a.max(), b.max()));
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }
}
