package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Item references (such as {@code PERS001A}) are present and name exactly one column. */
final class ItemReferenceRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    Map<String, String> owner = new HashMap<>();
    for (Table table : spec.tables()) {
      for (Field f : table.fields()) {
        String column = table.name() + "." + f.name();
        if (f.item().isBlank()) {
          out.add(SpecProblem.warning("lint.item.missing", f.location(), "column " + column + " has no item reference"));
          continue;
        }
        String previous = owner.putIfAbsent(f.item(), column);
        if (previous != null) {
          out.add(SpecProblem.error("lint.item.duplicate", f.location(),
              "item reference " + f.item() + " of " + column + " is already used by " + previous));
        }
      }
    }
    return out;
  }
}
