package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Code-set references resolve, coded types carry one, and only types that hold codes name one.
 * A code set no column uses is reported as a warning.
 */
final class CodeSetReferenceRule implements LintRule {

  private static final Set<LogicalType> CODED = EnumSet.of(LogicalType.CODE, LogicalType.FLAG);
  private static final Set<LogicalType> MAY_BE_CODED =
      EnumSet.of(LogicalType.CODE, LogicalType.FLAG, LogicalType.STRING, LogicalType.JSON_ARRAY, LogicalType.INTEGER);

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Table table : spec.tables()) {
      for (Field f : table.fields()) {
        check(spec, table.name() + "." + f.name(), f.type(), f.codeSet(), f.location(), used, out);
        for (JsonKey k : f.jsonKeys()) {
          check(spec, table.name() + "." + f.name() + " key " + k.name(), k.type(), k.codeSet(), k.location(), used, out);
        }
      }
    }
    for (CodeSet set : spec.codeSets()) {
      // with a table or column unreadable, which code sets are used cannot be known
      if (!used.contains(set.id()) && !spec.isPartial()) {
        out.add(SpecProblem.warning("lint.code-set.unused", set.location(), "code set '" + set.id() + "' is not used by any column"));
      }
    }
    return out;
  }

  private static void check(Spec spec, String what, LogicalType type, String codeSet, SourceLocation at,
      Set<String> used, List<SpecProblem> out) {
    if (codeSet == null) {
      if (CODED.contains(type)) {
        out.add(SpecProblem.error("lint.code-set.missing", at, what + " is of type " + type.specName() + " and needs a code_set"));
      }
      return;
    }
    used.add(codeSet);
    if (spec.codeSet(codeSet).isEmpty() && !spec.isUnreadableCodeSet(codeSet)) {
      out.add(SpecProblem.error("lint.code-set.unresolved", at, what + " refers to unknown code set '" + codeSet + "'"));
    }
    if (!MAY_BE_CODED.contains(type)) {
      out.add(SpecProblem.error("lint.code-set.type", at, what + " is of type " + type.specName() + ", which cannot hold codes"));
    }
  }
}
