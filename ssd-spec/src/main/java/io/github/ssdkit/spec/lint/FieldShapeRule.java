package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.AnchoredPattern;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Each column's attributes fit its type: lengths on text, bounds on numbers, keys on JSON objects. */
final class FieldShapeRule implements LintRule {

  private static final Set<LogicalType> TEXT = Set.of(LogicalType.STRING, LogicalType.CODE, LogicalType.FLAG);

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (Table table : spec.tables()) {
      Set<String> names = new HashSet<>();
      if (table.fields().isEmpty() && !spec.isIncomplete(table.name())) {
        out.add(SpecProblem.error("lint.field.none", table.location(), "table " + table.name() + " has no columns"));
      }
      for (Field f : table.fields()) {
        String what = "column " + table.name() + "." + f.name();
        if (!names.add(f.name())) {
          out.add(SpecProblem.error("lint.field.duplicate", f.location(), what + " is declared twice"));
        }
        if (f.maxLength() != null && !TEXT.contains(f.type())) {
          out.add(SpecProblem.error("lint.field.max-length", f.location(),
              what + " has max_length but is of type " + f.type().specName() + "; only text types have a length"));
        }
        if (f.maxLength() != null && f.maxLength() == 0) {
          out.add(SpecProblem.error("lint.field.max-length", f.location(), what + " has max_length 0"));
        }
        if ((f.precision() != null || f.scale() != null) && f.type() != LogicalType.DECIMAL) {
          out.add(SpecProblem.error("lint.field.precision", f.location(), what + " has precision or scale but is not a decimal"));
        }
        if (f.range() != null && !f.type().isNumeric()) {
          out.add(SpecProblem.error("lint.field.range", f.location(), what + " has min or max but is not a number"));
        }
        if (f.identifier() != null && f.type() != LogicalType.STRING) {
          out.add(SpecProblem.error("lint.field.identifier", f.location(), what + " has an identifier scheme but is not a string"));
        }
        if (f.pattern() != null) {
          checkPattern(f, what, out);
        }
        if (f.type() == LogicalType.JSON_OBJECT && f.jsonKeys().isEmpty()) {
          out.add(SpecProblem.error("lint.field.json-keys", f.location(), what + " is a json_object but declares no keys under json"));
        }
        if (f.type() != LogicalType.JSON_OBJECT && !f.jsonKeys().isEmpty()) {
          out.add(SpecProblem.error("lint.field.json-keys", f.location(), what + " declares json keys but is not a json_object"));
        }
        checkJsonKeys(f, what, out);
        if (f.status() == Lifecycle.PROPOSED && f.required()) {
          out.add(SpecProblem.error("lint.field.proposed-required", f.location(),
              what + " is proposed and so cannot be required; extracts need not hold it yet"));
        }
        if (f.description().isBlank()) {
          out.add(SpecProblem.warning("lint.field.description", f.location(), what + " has no description"));
        }
      }
    }
    return out;
  }

  private static void checkPattern(Field f, String what, List<SpecProblem> out) {
    String problem = AnchoredPattern.problem(f.pattern());
    if (problem != null) {
      out.add(SpecProblem.error("lint.field.pattern", f.location(), what + " " + problem));
    }
  }

  private static void checkJsonKeys(Field f, String what, List<SpecProblem> out) {
    Set<String> keys = new HashSet<>();
    for (JsonKey k : f.jsonKeys()) {
      if (!keys.add(k.name())) {
        out.add(SpecProblem.error("lint.field.json-keys", k.location(), what + " declares json key '" + k.name() + "' twice"));
      }
      if (k.type().isJson()) {
        out.add(SpecProblem.error("lint.field.json-keys", k.location(), what + " json key '" + k.name() + "' must have a scalar type"));
      }
    }
  }
}
