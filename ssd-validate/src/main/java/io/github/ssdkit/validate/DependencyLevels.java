package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables grouped so that each group only points at tables of earlier groups: the tables of one
 * group can be validated at the same time, once the keys of the earlier groups are known.
 */
final class DependencyLevels {

  private DependencyLevels() {}

  static List<List<Table>> of(Spec spec) {
    Map<String, Integer> level = new HashMap<>();
    List<List<Table>> levels = new ArrayList<>();
    for (Table t : spec.tablesInDependencyOrder()) {
      int l = 0;
      for (Field f : t.foreignKeys()) {
        String target = f.references().table();
        if (!target.equals(t.name()) && level.containsKey(target)) {
          l = Math.max(l, level.get(target) + 1);
        }
      }
      level.put(t.name(), l);
      while (levels.size() <= l) {
        levels.add(new ArrayList<>());
      }
      levels.get(l).add(t);
    }
    return levels;
  }
}
