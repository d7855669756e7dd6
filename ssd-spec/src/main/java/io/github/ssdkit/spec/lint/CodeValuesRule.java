package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
      Set<String> seen = new HashSet<>();
      for (CodeValue v : set.values()) {
        if (v.code().isBlank() || !v.code().equals(v.code().strip())) {
          out.add(SpecProblem.error("lint.code-set.code", v.location(),
              "code '" + v.code() + "' in '" + set.id() + "' is blank or has surrounding spaces"));
        }
        if (!seen.add(v.code())) {
          out.add(SpecProblem.error("lint.code-set.duplicate", v.location(), "code '" + v.code() + "' appears twice in code set '" + set.id() + "'"));
        }
        for (String alias : v.aliases()) {
          if (!seen.add(alias)) {
            out.add(SpecProblem.error("lint.code-set.duplicate", v.location(),
                "alias '" + alias + "' of code '" + v.code() + "' clashes with another code in '" + set.id() + "'"));
          }
        }
        if (v.label().isBlank()) {
          out.add(SpecProblem.warning("lint.code-set.label", v.location(), "code '" + v.code() + "' in '" + set.id() + "' has no label"));
        }
      }
    }
    return out;
  }
}
