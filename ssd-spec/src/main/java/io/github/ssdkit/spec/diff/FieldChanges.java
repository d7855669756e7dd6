package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Changes to one column that kept its identity (its name, or its item reference under a new name). */
final class FieldChanges {

  static final Set<String> FIELD_COMPONENTS = Set.of("name", "item", "type", "maxLength", "precision", "scale",
      "required", "unique", "codeSet", "references", "returns", "cms", "status", "since", "description", "guidance",
      "identifier", "pattern", "range", "jsonKeys", "notes", "location");
  static final Set<String> JSON_KEY_COMPONENTS = Set.of("name", "type", "codeSet", "maxLength", "required",
      "description", "location");

  /**
   * Type changes every old value survives: it still parses under the new type. They still change
   * the generated Java type, so they break code.
   */
  private static final Map<LogicalType, Set<LogicalType>> WIDER = Map.of(
      LogicalType.INTEGER, Set.of(LogicalType.DECIMAL, LogicalType.STRING),
      LogicalType.DECIMAL, Set.of(LogicalType.STRING),
      LogicalType.CODE, Set.of(LogicalType.STRING),
      LogicalType.FLAG, Set.of(LogicalType.CODE, LogicalType.STRING));

  private FieldChanges() {}

  static void compare(String subject, Field a, Field b, Renames renames, ChangeList out) {
    type(subject, a.type(), b.type(), out);
    bound(subject, "max-length", a.maxLength(), b.maxLength(), "longer text", out);
    bound(subject, "precision", a.precision(), b.precision(), "more digits", out);
    bound(subject, "scale", a.scale(), b.scale(), "more decimal places", out);
    flag(subject, "required", a.required(), b.required(), "rows without a value are now errors", out);
    flag(subject, "unique", a.unique(), b.unique(), "repeated values are now errors", out);
    codeSet(subject, a, b, renames, out);
    references(subject, renames.ref(a.references()), b.references(), out);
    constraint(subject, "identifier", a.identifier(), b.identifier(), out);
    constraint(subject, "pattern", a.pattern(), b.pattern(), out);
    range(subject, "column.range", a.range(), b.range(), out);
    TableChanges.status(subject, "column", a.status(), b.status(), b.required(), out);
    jsonKeys(subject, a.jsonKeys(), b.jsonKeys(), out);
    if (!a.item().equals(b.item())) {
      out.add(Impact.DOCS_ONLY, "column.item.changed", subject, a.item(), b.item(),
          "the item reference is documentation for data and code, but it is how the next diff finds renames");
    }
    out.docs("column.returns.changed", subject, String.join(", ", a.returns()), String.join(", ", b.returns()));
    out.docs("column.cms.changed", subject, String.join(", ", a.cms()), String.join(", ", b.cms()));
    out.docs("column.since.changed", subject, a.since(), b.since());
    out.docs("column.description.changed", subject, a.description(), b.description());
    out.docs("column.guidance.changed", subject, a.guidance(), b.guidance());
    out.docs("column.notes.changed", subject, a.notes(), b.notes());
    Unclassified.compare(subject, a.toBuilder().name(b.name()).build(), b, FIELD_COMPONENTS, out);
  }

  private static void type(String subject, LogicalType a, LogicalType b, ChangeList out) {
    if (a == b) {
      return;
    }
    if (WIDER.getOrDefault(a, Set.of()).contains(b)) {
      out.add(Impact.BREAKING_CODE, "column.type.widened", subject, a.specName(), b.specName(),
          "every old value is still valid, but the generated Java type changes");
    } else {
      out.add(Impact.BREAKING_DATA, "column.type.changed", subject, a.specName(), b.specName(),
          "old values need not be valid " + b.specName() + " values");
    }
  }

  /** An upper bound (null for none): lowering or adding one breaks data, raising or dropping one does not. */
  private static void bound(String subject, String what, Integer a, Integer b, String allows, ChangeList out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (b == null || (a != null && b > a)) {
      out.add(Impact.COMPATIBLE, "column." + what + ".widened", subject, a, b == null ? "none" : b, "it allows " + allows);
    } else {
      out.add(Impact.BREAKING_DATA, "column." + what + ".reduced", subject, a == null ? "none" : a, b,
          "old values beyond the new limit are now errors");
    }
  }

  private static void flag(String subject, String what, boolean a, boolean b, String tightened, ChangeList out) {
    if (a == b) {
      return;
    }
    if (b) {
      out.add(Impact.BREAKING_DATA, "column." + what + ".added", subject, "not " + what, what, tightened);
    } else {
      out.add(Impact.COMPATIBLE, "column." + what + ".removed", subject, what, "not " + what,
          "every row valid before still is");
    }
  }

  private static void codeSet(String subject, Field a, Field b, Renames renames, ChangeList out) {
    String before = renames.codeSet(a.codeSet());
    String after = b.codeSet();
    if (Objects.equals(before, after)) {
      return;
    }
    if (after == null) {
      out.add(Impact.BREAKING_CODE, "column.code-set.removed", subject, a.codeSet(), null,
          "any value is allowed now, but the generated Java type of a coded column changes");
    } else {
      out.add(Impact.BREAKING_DATA, "column.code-set.changed", subject, a.codeSet(), after,
          "old values need not be codes of " + after);
    }
  }

  private static void references(String subject, FieldRef a, FieldRef b, ChangeList out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (b == null) {
      out.add(Impact.COMPATIBLE, "column.references.removed", subject, a, null, "values need not match another table");
    } else {
      out.add(Impact.BREAKING_DATA, a == null ? "column.references.added" : "column.references.changed", subject, a, b,
          "values must now match a row of " + b.table());
    }
  }

  /** A constraint on values (an identifier scheme, a pattern): any new or changed one can refuse old values. */
  private static void constraint(String subject, String what, Object a, Object b, ChangeList out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (b == null) {
      out.add(Impact.COMPATIBLE, "column." + what + ".removed", subject, a, null, "every value valid before still is");
    } else {
      out.add(Impact.BREAKING_DATA, "column." + what + (a == null ? ".added" : ".changed"), subject, a, b,
          "old values need not satisfy it");
    }
  }

  /** Inclusive bounds: the change is compatible when the new range holds the whole old one. */
  static void range(String subject, String kind, Range a, Range b, ChangeList out) {
    Range before = a == null ? new Range(null, null) : a;
    Range after = b == null ? new Range(null, null) : b;
    if (same(before.min(), after.min()) && same(before.max(), after.max())) {
      return;
    }
    if (holds(after, before)) {
      out.add(Impact.COMPATIBLE, kind + ".widened", subject, before, after, "every value valid before still is");
    } else {
      out.add(Impact.BREAKING_DATA, kind + ".narrowed", subject, before, after,
          "old values outside the new bounds are now errors");
    }
  }

  /** Whether every value within {@code inner} lies within {@code outer}. */
  static boolean holds(Range outer, Range inner) {
    boolean low = outer.min() == null || (inner.min() != null && inner.min().compareTo(outer.min()) >= 0);
    boolean high = outer.max() == null || (inner.max() != null && inner.max().compareTo(outer.max()) <= 0);
    return low && high;
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static void jsonKeys(String subject, List<JsonKey> a, List<JsonKey> b, ChangeList out) {
    for (JsonKey old : a) {
      String key = subject + " key " + old.name();
      Optional<JsonKey> now = b.stream().filter(k -> k.name().equals(old.name())).findFirst();
      if (now.isEmpty()) {
        out.add(Impact.BREAKING_DATA, "json-key.removed", key, old.name(), null,
            "objects holding it no longer match, and its record component is gone");
        continue;
      }
      JsonKey k = now.get();
      type(key, old.type(), k.type(), out);
      bound(key, "max-length", old.maxLength(), k.maxLength(), "longer text", out);
      flag(key, "required", old.required(), k.required(), "objects without it are now errors", out);
      if (!Objects.equals(old.codeSet(), k.codeSet())) {
        out.add(k.codeSet() == null ? Impact.BREAKING_CODE : Impact.BREAKING_DATA, "json-key.code-set.changed", key,
            old.codeSet(), k.codeSet(), k.codeSet() == null ? "any value is allowed now, but its Java type changes"
                : "old values need not be codes of " + k.codeSet());
      }
      out.docs("json-key.description.changed", key, old.description(), k.description());
      Unclassified.compare(key, old, k, JSON_KEY_COMPONENTS, out);
    }
    for (JsonKey k : b) {
      if (a.stream().noneMatch(o -> o.name().equals(k.name()))) {
        out.add(k.required() ? Impact.BREAKING_DATA : Impact.COMPATIBLE, "json-key.added", subject + " key " + k.name(),
            null, k.name(), k.required() ? "old objects lack a required key" : "old objects without it stay valid");
      }
    }
  }
}
