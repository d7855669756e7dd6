package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Codes (and their aliases) are unique within a set, non-blank, labelled, and a set has values. */
final class CodeValuesRule implements LintRule {

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (CodeSet set : spec.codeSets()) {
      if (set.values().isEmpty()) {
        out.add(SpecProblem.error("lint.code-set.empty", set.location(), "code set '" + set.id() + "' has no values"));
      }
      // codes first, so that an alias that clashes with a code later in the file is named as the alias
      Map<String, CodeValue> codes = new HashMap<>();
      for (CodeValue v : set.values()) {
        if (v.code().isBlank() || !v.code().equals(v.code().strip())) {
          out.add(SpecProblem.error("lint.code-set.code", v.location(),
              "code '" + v.code() + "' in '" + set.id() + "' is blank or has surrounding spaces"));
        }
        if (codes.putIfAbsent(v.code(), v) != null) {
          out.add(SpecProblem.error("lint.code-set.duplicate", v.location(), "code '" + v.code() + "' appears twice in code set '" + set.id() + "'"));
        }
      }
      Map<String, String> aliasOf = new HashMap<>();
      for (CodeValue v : set.values()) {
        Set<String> own = new HashSet<>();
        for (String alias : v.aliases()) {
          String clash = !own.add(alias) ? "is listed twice for that code"
              : codes.containsKey(alias) ? "is itself a code of '" + set.id() + "'"
              : aliasOf.containsKey(alias) && !aliasOf.get(alias).equals(v.code())
                  ? "is also an alias of code '" + aliasOf.get(alias) + "'" : null;
          if (clash != null) {
            out.add(SpecProblem.error("lint.code-set.duplicate", v.location(),
                "alias '" + alias + "' of code '" + v.code() + "' " + clash + "; an alias must stand for one code"));
          }
          aliasOf.putIfAbsent(alias, v.code());
        }
      }
      for (CodeValue v : set.values()) {
        if (v.label().isBlank()) {
          out.add(SpecProblem.warning("lint.code-set.label", v.location(), "code '" + v.code() + "' in '" + set.id() + "' has no label"));
        }
      }
    }
    return out;
  }
}
