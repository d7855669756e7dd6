package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes to a table's checks, matched by id. Every kind of check is classified through
 * {@link Check.Visitor}: a new kind does not compile until this class says what adding it, and
 * changing it, does to data.
 */
final class CheckChanges {

  /** What a change to one check does to the rows it accepts. */
  enum Direction {
    /** The same rule. */
    SAME,
    /** Every row accepted before still is. */
    LOOSENED,
    /** Rows accepted before can now fail. */
    TIGHTENED,
    /** Neither holds the other: treated as tightened. */
    CHANGED
  }

  private CheckChanges() {}

  static void compare(String table, List<Check> before, List<Check> after, UnaryOperator<String> rename,
      ChangeList out) {
    List<Check> added = new ArrayList<>(after);
    List<Check> removed = new ArrayList<>();
    for (Check a : before) {
      Optional<Check> b = after.stream().filter(c -> c.id().equals(a.id())).findFirst();
      if (b.isEmpty()) {
        removed.add(a);
        continue;
      }
      added.remove(b.get());
      changed("check " + table + "." + a.id(), a, b.get(), rename, out);
    }
    for (Check a : removed) {
      Optional<Check> same = added.stream().filter(b -> direction(a, b, rename) == Direction.SAME).findFirst();
      if (same.isPresent()) {
        added.remove(same.get());
        out.add(Impact.COMPATIBLE, "check.renamed", "check " + table + "." + same.get().id(), a.id(), same.get().id(),
            "the same rule under a new id; reports and rule filters name the new id");
        out.docs("check.description.changed", "check " + table + "." + same.get().id(), a.description(),
            same.get().description());
      } else {
        out.add(Impact.COMPATIBLE, "check.removed", "check " + table + "." + a.id(), a.kind(), null,
            "a rule fewer refuses no row that was accepted");
      }
    }
    for (Check b : added) {
      if (b.severity() == Severity.ERROR) {
        out.add(Impact.BREAKING_DATA, "check.added", "check " + table + "." + b.id(), null, b.kind(),
            b.accept(ADDED) + "; valid old data can fail it");
      } else {
        out.add(Impact.COMPATIBLE, "check.added", "check " + table + "." + b.id(), null, b.kind() + " (" + b.severity()
            + ")", "a query, not an error: no row that was valid is refused");
      }
    }
  }

  private static void changed(String subject, Check a, Check b, UnaryOperator<String> rename, ChangeList out) {
    switch (direction(a, b, rename)) {
      case SAME -> { }
      case LOOSENED -> out.add(Impact.COMPATIBLE, "check.loosened", subject, describe(a), describe(b),
          "every row accepted before still is");
      case TIGHTENED -> out.add(Impact.BREAKING_DATA, "check.tightened", subject, describe(a), describe(b),
          "rows accepted before can now fail");
      case CHANGED -> out.add(Impact.BREAKING_DATA, "check.changed", subject, describe(a), describe(b),
          "the rule reads other columns or means something else; rows accepted before can fail");
    }
    out.docs("check.description.changed", subject, a.description(), b.description());
    out.docs("check.notes.changed", subject, a.notes(), b.notes());
    if (a.severity() != b.severity()) {
      boolean raised = b.severity() == Severity.ERROR;
      out.add(raised ? Impact.BREAKING_DATA : Impact.COMPATIBLE, raised ? "check.severity.raised" : "check.severity.lowered",
          subject, a.severity(), b.severity(), raised ? "rows that were only queried are now errors"
              : "rows that were errors are now only queried");
    }
    if (a.getClass() == b.getClass()) {
      Unclassified.compare(subject, (Record) a, (Record) b, a.accept(COMPONENTS), out);
    }
  }

  private static String describe(Check c) {
    return c.kind() + " " + c.accept(SHAPE);
  }

  /** What changing {@code a} (in old column names) into {@code b} does. */
  static Direction direction(Check a, Check b, UnaryOperator<String> rename) {
    return a.accept(new Check.Visitor<Direction>() {
      @Override
      public Direction dateOrder(Check.DateOrder o) {
        if (!(b instanceof Check.DateOrder n)
            || !rename.apply(o.earlier()).equals(n.earlier()) || !rename.apply(o.later()).equals(n.later())) {
          return Direction.CHANGED;
        }
        return flag(o.allowEqual(), n.allowEqual());
      }

      @Override
      public Direction presence(Check.Presence o) {
        if (!(b instanceof Check.Presence n)
            || !rename.apply(o.when()).equals(n.when()) || !rename.apply(o.then()).equals(n.then())) {
          return Direction.CHANGED;
        }
        return flag(!o.bothWays(), !n.bothWays());
      }

      @Override
      public Direction valueRange(Check.ValueRange o) {
        if (!(b instanceof Check.ValueRange n) || !rename.apply(o.field()).equals(n.field())) {
          return Direction.CHANGED;
        }
        return bounds(o.range(), n.range());
      }

      @Override
      public Direction noOverlap(Check.NoOverlap o) {
        if (!(b instanceof Check.NoOverlap n)
            || !rename.apply(o.start()).equals(n.start()) || !rename.apply(o.end()).equals(n.end())) {
          return Direction.CHANGED;
        }
        List<String> groups = o.groupBy().stream().map(rename).toList();
        if (groups.equals(n.groupBy())) {
          return Direction.SAME;
        }
        // Finer groups (more columns) compare fewer periods with each other.
        if (n.groupBy().containsAll(groups)) {
          return Direction.LOOSENED;
        }
        return groups.containsAll(n.groupBy()) ? Direction.TIGHTENED : Direction.CHANGED;
      }

      @Override
      public Direction presenceWhenCode(Check.PresenceWhenCode o) {
        if (!(b instanceof Check.PresenceWhenCode n)
            || !rename.apply(o.when()).equals(n.when()) || !rename.apply(o.then()).equals(n.then())) {
          return Direction.CHANGED;
        }
        // More codes that demand the other column: tighter; fewer: looser.
        return sets(n.codes(), o.codes());
      }

      @Override
      public Direction anyPresent(Check.AnyPresent o) {
        if (!(b instanceof Check.AnyPresent n)) {
          return Direction.CHANGED;
        }
        // More columns of which one must be present: looser.
        return sets(o.fields().stream().map(rename).toList(), n.fields());
      }

      @Override
      public Direction textPattern(Check.TextPattern o) {
        if (!(b instanceof Check.TextPattern n) || !rename.apply(o.field()).equals(n.field())) {
          return Direction.CHANGED;
        }
        return o.pattern().equals(n.pattern()) ? Direction.SAME : Direction.CHANGED;
      }

      // Parent columns are compared as named: a renamed parent column counts as another rule.
      @Override
      public Direction parentDate(Check.ParentDate o) {
        boolean same = b instanceof Check.ParentDate n && rename.apply(o.via()).equals(n.via())
            && rename.apply(o.field()).equals(n.field()) && o.bound() == n.bound() && o.parentField().equals(n.parentField());
        return same ? Direction.SAME : Direction.CHANGED;
      }

      @Override
      public Direction withinParent(Check.WithinParent o) {
        boolean same = b instanceof Check.WithinParent n && rename.apply(o.via()).equals(n.via())
            && rename.apply(o.start()).equals(n.start()) && rename.apply(o.end()).equals(n.end())
            && o.parentStart().equals(n.parentStart()) && o.parentEnd().equals(n.parentEnd());
        return same ? Direction.SAME : Direction.CHANGED;
      }
    });
  }

  /** SAME, LOOSENED when {@code wider} holds all of {@code narrower} and more, TIGHTENED the other way round. */
  private static Direction sets(List<String> narrower, List<String> wider) {
    if (new java.util.HashSet<>(narrower).equals(new java.util.HashSet<>(wider))) {
      return Direction.SAME;
    }
    if (wider.containsAll(narrower)) {
      return Direction.LOOSENED;
    }
    return narrower.containsAll(wider) ? Direction.TIGHTENED : Direction.CHANGED;
  }

  /** A permission that can be granted (loosened) or withdrawn (tightened). */
  private static Direction flag(boolean before, boolean after) {
    if (before == after) {
      return Direction.SAME;
    }
    return after ? Direction.LOOSENED : Direction.TIGHTENED;
  }

  private static Direction bounds(Range a, Range b) {
    boolean wider = FieldChanges.holds(b, a);
    boolean narrower = FieldChanges.holds(a, b);
    if (wider && narrower) {
      return Direction.SAME;
    }
    return wider ? Direction.LOOSENED : narrower ? Direction.TIGHTENED : Direction.CHANGED;
  }

  /** Why a new check of each kind can refuse old data. */
  private static final Check.Visitor<String> ADDED = new Check.Visitor<>() {
    @Override
    public String dateOrder(Check.DateOrder c) {
      return "rows with " + c.later() + " before " + c.earlier() + " are now errors";
    }

    @Override
    public String presence(Check.Presence c) {
      return "rows with " + c.when() + " but no " + c.then() + " are now errors";
    }

    @Override
    public String valueRange(Check.ValueRange c) {
      return "values of " + c.field() + " outside " + c.range() + " are now errors";
    }

    @Override
    public String noOverlap(Check.NoOverlap c) {
      return "overlapping periods " + c.start() + ".." + c.end() + " within a group are now errors";
    }

    @Override
    public String presenceWhenCode(Check.PresenceWhenCode c) {
      return "rows with " + c.when() + " in " + String.join(", ", c.codes()) + " but no " + c.then() + " are now errors";
    }

    @Override
    public String anyPresent(Check.AnyPresent c) {
      return "rows with none of " + String.join(", ", c.fields()) + " are now errors";
    }

    @Override
    public String textPattern(Check.TextPattern c) {
      return "values of " + c.field() + " not matching " + c.pattern() + " are now errors";
    }

    @Override
    public String parentDate(Check.ParentDate c) {
      return "rows with " + c.field() + " not " + c.bound().words() + " " + c.parentField() + " of the row " + c.via()
          + " points at are now errors";
    }

    @Override
    public String withinParent(Check.WithinParent c) {
      return "rows whose period " + c.start() + ".." + c.end() + " is not within " + c.parentStart() + ".."
          + c.parentEnd() + " of the row " + c.via() + " points at are now errors";
    }
  };

  /** The record components {@link #direction} compares, per kind; a change to any other is unclassified. */
  static final Check.Visitor<Set<String>> COMPONENTS = new Check.Visitor<>() {
    @Override
    public Set<String> dateOrder(Check.DateOrder c) {
      return Set.of("info", "earlier", "later", "allowEqual");
    }

    @Override
    public Set<String> presence(Check.Presence c) {
      return Set.of("info", "when", "then", "bothWays");
    }

    @Override
    public Set<String> presenceWhenCode(Check.PresenceWhenCode c) {
      return Set.of("info", "when", "codes", "then");
    }

    @Override
    public Set<String> anyPresent(Check.AnyPresent c) {
      return Set.of("info", "fields");
    }

    @Override
    public Set<String> valueRange(Check.ValueRange c) {
      return Set.of("info", "field", "range");
    }

    @Override
    public Set<String> noOverlap(Check.NoOverlap c) {
      return Set.of("info", "groupBy", "start", "end");
    }

    @Override
    public Set<String> textPattern(Check.TextPattern c) {
      return Set.of("info", "field", "pattern");
    }

    @Override
    public Set<String> parentDate(Check.ParentDate c) {
      return Set.of("info", "via", "field", "bound", "parentField");
    }

    @Override
    public Set<String> withinParent(Check.WithinParent c) {
      return Set.of("info", "via", "start", "end", "parentStart", "parentEnd");
    }
  };

  /** The parts of a check that decide what it accepts, in words. */
  private static final Check.Visitor<String> SHAPE = new Check.Visitor<>() {
    @Override
    public String dateOrder(Check.DateOrder c) {
      return c.earlier() + (c.allowEqual() ? " <= " : " < ") + c.later();
    }

    @Override
    public String presence(Check.Presence c) {
      return c.when() + (c.bothWays() ? " <=> " : " => ") + c.then();
    }

    @Override
    public String valueRange(Check.ValueRange c) {
      return c.field() + " in " + c.range();
    }

    @Override
    public String noOverlap(Check.NoOverlap c) {
      return c.start() + ".." + c.end() + " by " + String.join(", ", c.groupBy());
    }

    @Override
    public String presenceWhenCode(Check.PresenceWhenCode c) {
      return c.when() + " in " + String.join(", ", c.codes()) + " => " + c.then();
    }

    @Override
    public String anyPresent(Check.AnyPresent c) {
      return "one of " + String.join(", ", c.fields());
    }

    @Override
    public String textPattern(Check.TextPattern c) {
      return c.field() + " ~ " + c.pattern();
    }

    @Override
    public String parentDate(Check.ParentDate c) {
      return c.field() + " " + c.bound().words() + " " + c.via() + "->" + c.parentField();
    }

    @Override
    public String withinParent(Check.WithinParent c) {
      return c.start() + ".." + c.end() + " within " + c.via() + "->" + c.parentStart() + ".." + c.parentEnd();
    }
  };
}
