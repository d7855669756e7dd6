package io.github.ssdkit.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Orders tables so referenced tables come first; see {@link Spec#tablesInDependencyOrder()}. */
final class DependencyOrder {

  private DependencyOrder() {}

  static List<Table> of(Spec spec) {
    Set<String> done = new LinkedHashSet<>();
    Set<String> visiting = new LinkedHashSet<>();
    List<Table> out = new ArrayList<>();
    for (Table t : spec.tables()) {
      visit(spec, t, done, visiting, out);
    }
    return List.copyOf(out);
  }

  private static void visit(Spec spec, Table t, Set<String> done, Set<String> visiting, List<Table> out) {
    if (done.contains(t.name()) || !visiting.add(t.name())) {
      return;
    }
    for (Field f : t.fields()) {
      if (f.references() != null && !f.references().table().equals(t.name())) {
        spec.table(f.references().table()).ifPresent(dep -> visit(spec, dep, done, visiting, out));
      }
    }
    visiting.remove(t.name());
    done.add(t.name());
    out.add(t);
  }
}
