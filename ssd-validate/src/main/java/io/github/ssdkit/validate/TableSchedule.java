package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * When each table may be validated: as soon as every table it points at is done, since then its
 * parents' key sets and dates are complete. No table waits for unrelated ones (as a level of tables
 * waiting for the slowest of the level before would). Among tables ready together, those that more
 * tables wait on (directly or not) come first, then spec order, so the order is the same on every
 * run. Not thread-safe: one thread hands the tables out.
 */
final class TableSchedule {

  private final Map<String, Table> byName = new LinkedHashMap<>();
  private final Map<String, Set<String>> waitingOn = new HashMap<>();
  private final Map<String, List<String>> dependents = new HashMap<>();
  private final Map<String, Integer> rank = new HashMap<>();

  /**
   * The schedule of the tables a run validates.
   *
   * @param spec the spec, whose foreign keys say which table waits for which
   * @param validated which tables are validated; the others are taken as done from the start
   */
  TableSchedule(Spec spec, Predicate<Table> validated) {
    List<Table> ordered = spec.tablesInDependencyOrder();
    for (Table t : ordered) {
      if (validated.test(t)) {
        byName.put(t.name(), t);
      }
    }
    Map<String, Integer> order = new HashMap<>();
    ordered.forEach(t -> order.put(t.name(), order.size()));
    for (Table t : byName.values()) {
      Set<String> parents = new HashSet<>();
      for (Field f : t.foreignKeys()) {
        String target = f.references().table();
        // only tables earlier in dependency order: a cycle of references cannot make tables wait forever
        if (byName.containsKey(target) && order.get(target) < order.get(t.name())) {
          parents.add(target);
          dependents.computeIfAbsent(target, k -> new ArrayList<>()).add(t.name());
        }
      }
      waitingOn.put(t.name(), parents);
    }
    for (String name : byName.keySet()) {
      rank.put(name, order.get(name) - ordered.size() * waitedOnBy(name));
    }
  }

  /** How many tables wait for this one, directly or through others. */
  private int waitedOnBy(String table) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(dependents.getOrDefault(table, List.of()));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(dependents.getOrDefault(next, List.of()));
      }
    }
    return seen.size();
  }

  /**
   * The tables that wait for nothing, to start with.
   *
   * @return in the order to start them
   */
  List<Table> first() {
    return sorted(byName.keySet().stream().filter(n -> waitingOn.get(n).isEmpty()).toList());
  }

  /**
   * Notes that a table is done.
   *
   * @param table the table's name
   * @return the tables it was the last to wait for, in the order to start them
   */
  List<Table> finished(String table) {
    List<String> ready = new ArrayList<>();
    for (String d : dependents.getOrDefault(table, List.of())) {
      Set<String> parents = waitingOn.get(d);
      if (parents.remove(table) && parents.isEmpty()) {
        ready.add(d);
      }
    }
    return sorted(ready);
  }

  private List<Table> sorted(List<String> names) {
    return names.stream().sorted(Comparator.comparingInt(rank::get)).map(byName::get).toList();
  }
}
