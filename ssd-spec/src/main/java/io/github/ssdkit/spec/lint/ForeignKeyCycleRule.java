package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Foreign keys between tables form no cycle ({@code a -> b -> a}), so that tables can be loaded,
 * generated and validated with every referenced table first (a table referring to itself, such as
 * a parent row, is fine). Each cycle is reported once, at the foreign key that closes it, naming
 * the whole path.
 */
final class ForeignKeyCycleRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    Set<Set<String>> reported = new HashSet<>();
    for (Table t : spec.tables()) {
      visit(spec, t, new LinkedHashMap<>(), done, reported, out);
    }
    return out;
  }

  /** Depth-first; {@code path} maps each table on the current path to the key that leaves it. */
  private static void visit(Spec spec, Table t, LinkedHashMap<String, Field> path, Set<String> done,
      Set<Set<String>> reported, List<SpecProblem> out) {
    if (done.contains(t.name())) {
      return;
    }
    for (Field f : t.foreignKeys()) {
      String target = f.references().table();
      if (target.equals(t.name())) {
        continue;
      }
      path.put(t.name(), f);
      if (path.containsKey(target)) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (Map.Entry<String, Field> e : path.entrySet()) {
          in |= e.getKey().equals(target);
          if (in) {
            cycle.add(e.getKey() + "." + e.getValue().name());
          }
        }
        Set<String> members = new HashSet<>(cycle);
        if (reported.add(members)) {
          out.add(SpecProblem.error("lint.foreign-key.cycle", f.location(), "foreign keys form a cycle: "
              + String.join(" -> ", cycle) + " -> " + target + "; no table of it can be loaded before the others"
              + " (drop or reverse one of these references)"));
        }
      } else {
        spec.table(target).ifPresent(next -> visit(spec, next, path, done, reported, out));
      }
      path.remove(t.name());
    }
    done.add(t.name());
  }
}
