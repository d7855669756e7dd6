package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structure of a spec as the generator sees it: which table holds the children, which tables
 * hang off a child (directly or through a parent table) and through which column.
 */
final class SpecShape {

  private final Spec spec;
  private final Table personTable;
  private final Set<String> childTables = new LinkedHashSet<>();
  private final Map<String, Field> anchors = new LinkedHashMap<>();
  private final Set<String> referencedTables = new LinkedHashSet<>();
  // Asked for every row or child, so computed once: a stream or a dependency sort each time was a
  // visible share of a large sample's time.
  private final Field birthDate;
  private final List<Table> childTablesInOrder = new ArrayList<>();

  private SpecShape(Spec spec, Table personTable) {
    this.spec = spec;
    this.personTable = personTable;
    this.birthDate = personTable.fields().stream()
        .filter(f -> f.type().isTemporal())
        .findFirst().orElse(null);
    if (birthDate != null) {
      // the person table's date orders, read as the generator reads every table's checks
      TableRules rules = new TableRules(personTable);
      for (TableRules.Order o : rules.orders) {
        Field later = rules.fields.get(o.later());
        if (rules.fields.get(o.earlier()) == birthDate && later.type().isTemporal() && later != birthDate) {
          lifeEnds.add(later);
        }
      }
    }
  }

  private final Set<Field> lifeEnds = new LinkedHashSet<>();

  /**
   * Whether a person-table date ends the person's life: the later side of a date order whose
   * earlier side is the date of birth (a date of death, as in {@code birth-before-death}). It is
   * filled rarely, and none of the person's rows is dated after it.
   */
  boolean endsLife(Field f) {
    return lifeEnds.contains(f);
  }

  /** The shape of a spec, or empty when no table's key is referenced by another table. */
  static Optional<SpecShape> of(Spec spec) {
    Table person = null;
    int best = 0;
    for (Table t : spec.tables()) {
      if (t.primaryKey().size() != 1) {
        continue;
      }
      int count = 0;
      for (Table other : spec.tables()) {
        if (other != t && other.foreignKeys().stream()
            .anyMatch(f -> f.references().equals(new FieldRef(t.name(), t.primaryKey().get(0))))) {
          count++;
        }
      }
      if (count > best) {
        best = count;
        person = t;
      }
    }
    if (person == null) {
      return Optional.empty();
    }
    SpecShape shape = new SpecShape(spec, person);
    shape.link();
    shape.linkSteps();
    return Optional.of(shape);
  }

  private void link() {
    childTables.add(personTable.name());
    for (Table t : spec.tables()) {
      t.foreignKeys().forEach(f -> referencedTables.add(f.references().table()));
    }
    // Dependency order means a table's parents are classified before it is.
    for (Table t : spec.tablesInDependencyOrder()) {
      if (t == personTable) {
        continue;
      }
      Field direct = null;
      Field viaParent = null;
      for (Field f : t.foreignKeys()) {
        String target = f.references().table();
        if (target.equals(personTable.name()) && direct == null) {
          direct = f;
        } else if (!target.equals(t.name()) && childTables.contains(target) && viaParent == null) {
          viaParent = f;
        }
      }
      Field anchor = direct != null ? direct : viaParent;
      if (anchor != null) {
        childTables.add(t.name());
        anchors.put(t.name(), anchor);
      }
    }
  }

  private final Map<String, List<String>> earlierSteps = new LinkedHashMap<>();
  private final Set<String> steps = new LinkedHashSet<>();

  /** Finds, for each child table, the child tables of its own domain it points at (not its anchor). */
  private void linkSteps() {
    Set<String> pointedAt = new LinkedHashSet<>();
    for (Table t : spec.tables()) {
      if (t == personTable || !childTables.contains(t.name())) {
        continue;
      }
      List<String> earlier = new ArrayList<>();
      for (Field f : t.foreignKeys()) {
        String target = f.references().table();
        Table other = spec.table(target).orElse(null);
        if (f != anchors.get(t.name()) && other != null && other != t && other != personTable
            && childTables.contains(target) && other.domain().equals(t.domain())
            && !earlier.contains(target)) {
          earlier.add(target);
        }
      }
      if (!earlier.isEmpty()) {
        earlierSteps.put(t.name(), earlier);
        pointedAt.addAll(earlier);
      }
    }
    for (String t : earlierSteps.keySet()) {
      if (pointedAt.contains(t)) {
        steps.add(t);
      }
    }
  }

  /** The child tables of the same domain a child table points at other than through its anchor. */
  List<String> earlierSteps(Table t) {
    return earlierSteps.getOrDefault(t.name(), List.of());
  }

  /**
   * Whether a table is a step of its domain's funnel: it points at another table of its domain
   * and a further table of the domain points at it (an initial conference follows an enquiry and
   * leads to a plan). A table nothing of its domain points at (visits, reviews) records what
   * follows its step and is not thinned.
   */
  boolean isStep(Table t) {
    return steps.contains(t.name());
  }

  Spec spec() {
    return spec;
  }

  Table personTable() {
    return personTable;
  }

  /** Whether rows of the table belong to one child. */
  boolean isChildTable(Table t) {
    return childTables.contains(t.name());
  }

  /** The column tying a child table's rows to the child or to a parent row; null for the person table. */
  Field anchor(Table t) {
    return anchors.get(t.name());
  }

  /** Whether any table points at this one, so its keys must never be disturbed. */
  boolean isReferenced(Table t) {
    return referencedTables.contains(t.name());
  }

  /** Tables not tied to a child, in dependency order (generated first, once). */
  List<Table> sharedTables() {
    List<Table> out = new ArrayList<>();
    for (Table t : spec.tablesInDependencyOrder()) {
      if (!childTables.contains(t.name())) {
        out.add(t);
      }
    }
    return out;
  }

  /** Child tables in dependency order, the person table first. */
  List<Table> childTablesInOrder() {
    if (childTablesInOrder.isEmpty()) {
      childTablesInOrder.add(personTable);
      for (Table t : spec.tablesInDependencyOrder()) {
        if (t != personTable && childTables.contains(t.name())) {
          childTablesInOrder.add(t);
        }
      }
    }
    return java.util.Collections.unmodifiableList(childTablesInOrder);
  }

  /**
   * The first date or datetime column of the person table, taken as the date of birth; null when
   * none. Datetimes count: the bundled spec's date of birth is a datetime, as SQL Server holds it.
   */
  Field birthDate() {
    return birthDate;
  }
}
