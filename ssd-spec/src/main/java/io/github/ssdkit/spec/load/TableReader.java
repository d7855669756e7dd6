package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.AnchoredPattern;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.IdentifierScheme;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one {@code tables/<name>.yaml} file into a {@link Table}. */
final class TableReader {

  static final Set<String> TABLE_KEYS = Set.of(
      "table", "row_name", "description", "domain", "status", "since", "primary_key", "fields", "checks", "notes");
  static final Set<String> FIELD_KEYS = Set.of(
      "name", "item", "type", "max_length", "precision", "scale", "required", "unique", "code_set",
      "references", "identifier", "pattern", "min", "max", "returns", "cms", "status", "since",
      "description", "guidance", "notes", "json");
  static final Set<String> JSON_KEYS = Set.of("keys");
  static final Set<String> JSON_KEY_KEYS = Set.of("name", "type", "code_set", "max_length", "required", "description");
  static final Set<String> CHECK_KEYS = Set.of(
      "id", "kind", "description", "severity", "notes", "earlier", "later", "allow_equal", "when", "then",
      "both_ways", "codes", "fields", "field", "pattern", "min", "max", "group_by", "start", "end",
      "via", "not_before", "not_after", "parent_start", "parent_end");

  private TableReader() {}

  static Table read(YamlFile file, Node root, Problems problems) {
    MapReader map = MapReader.of(file, root, problems, "a table", TABLE_KEYS);
    if (map == null) {
      return null;
    }
    String name = map.requiredString("table");
    if (name == null) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (Node f : map.items("fields")) {
      Field field = readField(file, f, problems, name);
      if (field != null) {
        fields.add(field);
      }
    }
    if (!map.has("fields")) {
      problems.error("spec.key.missing", map.at(), "table '" + name + "' is missing required key 'fields'");
    }
    if (!(map.value("fields") instanceof SequenceNode)) {
      problems.incompleteTable(name);
    }
    List<Check> checks = new ArrayList<>();
    for (Node c : map.items("checks")) {
      Check check = readCheck(file, c, problems, name);
      if (check != null) {
        checks.add(check);
      }
    }
    String since = map.string("since");
    if (since != null) {
      // a column without its own 'since' appeared with its table
      fields.replaceAll(f -> f.since().isEmpty() ? f.toBuilder().since(since).build() : f);
    }
    return new Table(
        name,
        map.string("row_name"),
        map.string("description"),
        map.string("domain"),
        lifecycle(map, "status"),
        since,
        map.strings("primary_key"),
        fields,
        checks,
        map.string("notes"),
        map.at());
  }

  static Field readField(YamlFile file, Node node, Problems problems, String table) {
    MapReader map = MapReader.of(file, node, problems, "a field of " + table, FIELD_KEYS);
    if (map == null) {
      problems.incompleteTable(table);
      return null;
    }
    String name = map.requiredString("name");
    String what = "field '" + (name == null ? "?" : name) + "'";
    LogicalType type = logicalType(map, "type", what, true);
    if (name == null) {
      problems.incompleteTable(table);
      return null;
    }
    if (type == null) {
      problems.unreadableColumn(table, name);
      return null;
    }
    Field.Builder b = Field.builder(name, type)
        .item(map.string("item"))
        .maxLength(map.integer("max_length"))
        .precision(map.integer("precision"))
        .scale(map.integer("scale"))
        .required(map.bool("required", false))
        .unique(map.bool("unique", false))
        .codeSet(map.string("code_set"))
        .returns(map.strings("returns"))
        .cms(map.strings("cms"))
        .status(lifecycle(map, "status"))
        .since(map.string("since"))
        .description(map.string("description"))
        .guidance(map.string("guidance"))
        .pattern(map.string("pattern"))
        .range(range(map))
        .notes(map.string("notes"))
        .location(map.at());
    String ref = map.string("references");
    if (ref != null) {
      FieldRef.parse(ref).ifPresentOrElse(b::references, () -> problems.error("spec.value.reference",
          map.at("references"), what + " references '" + ref + "'; expected table.field"));
    }
    String identifier = map.string("identifier");
    if (identifier != null) {
      IdentifierScheme.fromSpecName(identifier).ifPresentOrElse(b::identifier, () -> problems.error(
          "spec.value.identifier", map.at("identifier"),
          what + " has unknown identifier scheme '" + identifier + "'; expected nhs_number or upn"));
    }
    Node json = map.value("json");
    if (json != null) {
      b.jsonKeys(readJsonKeys(file, json, problems, what));
    }
    return b.build();
  }

  private static List<JsonKey> readJsonKeys(YamlFile file, Node node, Problems problems, String owner) {
    MapReader json = MapReader.of(file, node, problems, "the json shape of " + owner, JSON_KEYS);
    if (json == null) {
      return List.of();
    }
    List<JsonKey> keys = new ArrayList<>();
    for (Node k : json.items("keys")) {
      MapReader key = MapReader.of(file, k, problems, "a json key of " + owner, JSON_KEY_KEYS);
      if (key == null) {
        continue;
      }
      String name = key.requiredString("name");
      LogicalType type = logicalType(key, "type", "json key '" + name + "'", true);
      if (name != null && type != null) {
        keys.add(new JsonKey(name, type, key.string("code_set"), key.integer("max_length"),
            key.bool("required", false), key.string("description"), key.at()));
      }
    }
    return keys;
  }

  static Check readCheck(YamlFile file, Node node, Problems problems, String table) {
    MapReader map = MapReader.of(file, node, problems, "a check of " + table, CHECK_KEYS);
    if (map == null) {
      return null;
    }
    String id = map.requiredString("id");
    String kind = map.requiredString("kind");
    if (id == null || kind == null) {
      return null;
    }
    CheckInfo info = new CheckInfo(id, map.string("description"), severity(map), map.string("notes"), map.at());
    return switch (kind) {
      case Check.DateOrder.KIND -> {
        String earlier = map.requiredString("earlier");
        String later = map.requiredString("later");
        yield earlier == null || later == null ? null
            : new Check.DateOrder(info, earlier, later, map.bool("allow_equal", true));
      }
      case Check.Presence.KIND -> {
        String when = map.requiredString("when");
        String then = map.requiredString("then");
        yield when == null || then == null ? null
            : new Check.Presence(info, when, then, map.bool("both_ways", false));
      }
      case Check.PresenceWhenCode.KIND -> {
        String when = map.requiredString("when");
        String then = map.requiredString("then");
        List<String> codes = nonEmptyList(map, "codes", kind, id);
        yield when == null || then == null || codes.isEmpty() ? null
            : new Check.PresenceWhenCode(info, when, codes, then);
      }
      case Check.AnyPresent.KIND -> {
        List<String> fields = nonEmptyList(map, "fields", kind, id);
        yield fields.isEmpty() ? null : new Check.AnyPresent(info, fields);
      }
      case Check.ValueRange.KIND -> {
        String field = map.requiredString("field");
        Range range = range(map);
        if (range == null) {
          problems.error("spec.key.missing", info.location(), "range check '" + id + "' needs 'min', 'max' or both");
        }
        yield field == null || range == null ? null : new Check.ValueRange(info, field, range);
      }
      case Check.NoOverlap.KIND -> {
        List<String> groupBy = nonEmptyList(map, "group_by", kind, id);
        String start = map.requiredString("start");
        String end = map.requiredString("end");
        yield groupBy.isEmpty() || start == null || end == null ? null
            : new Check.NoOverlap(info, groupBy, start, end);
      }
      case Check.TextPattern.KIND -> {
        String field = map.requiredString("field");
        String pattern = map.requiredString("pattern");
        String problem = pattern == null ? null : AnchoredPattern.problem(pattern);
        if (problem != null) {
          problems.error("spec.value.pattern", map.at("pattern"), "pattern check '" + id + "': " + problem);
        }
        yield field == null || pattern == null || problem != null ? null : new Check.TextPattern(info, field, pattern);
      }
      case Check.ParentDate.KIND -> {
        String via = map.requiredString("via");
        String field = map.requiredString("field");
        String notBefore = map.string("not_before");
        String notAfter = map.string("not_after");
        if ((notBefore == null) == (notAfter == null)) {
          problems.error("spec.key.missing", info.location(), "parent_date check '" + id
              + "' needs exactly one of 'not_before' and 'not_after', naming a date of the parent row");
        }
        yield via == null || field == null || (notBefore == null) == (notAfter == null) ? null
            : notBefore != null ? new Check.ParentDate(info, via, field, Check.Bound.NOT_BEFORE, notBefore)
            : new Check.ParentDate(info, via, field, Check.Bound.NOT_AFTER, notAfter);
      }
      case Check.WithinParent.KIND -> {
        String via = map.requiredString("via");
        String start = map.requiredString("start");
        String end = map.requiredString("end");
        String parentStart = map.requiredString("parent_start");
        String parentEnd = map.requiredString("parent_end");
        yield via == null || start == null || end == null || parentStart == null || parentEnd == null ? null
            : new Check.WithinParent(info, via, start, end, parentStart, parentEnd);
      }
      default -> {
        problems.error("spec.check.kind", map.at("kind"), "check '" + id + "' has unknown kind '" + kind
            + "'; expected one of: " + String.join(", ", Check.kinds()));
        yield null;
      }
    };
  }

  private static List<String> nonEmptyList(MapReader map, String key, String kind, String id) {
    List<String> values = map.strings(key);
    if (values.isEmpty()) {
      map.problems().error("spec.key.missing", map.at(), kind + " check '" + id + "' needs '" + key
          + "' with at least one value");
    }
    return values;
  }

  private static Severity severity(MapReader map) {
    String text = map.string("severity");
    if (text == null || text.equals("error")) {
      return Severity.ERROR;
    }
    if (text.equals("warning")) {
      return Severity.WARNING;
    }
    map.problems().error("spec.value.severity", map.at("severity"), "unknown severity '" + text
        + "'; expected error or warning");
    return Severity.ERROR;
  }

  static Range range(MapReader map) {
    BigDecimal min = map.decimal("min");
    BigDecimal max = map.decimal("max");
    if (min == null && max == null) {
      return null;
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      map.problems().error("spec.value.range", map.at("min"), "min " + min + " is greater than max " + max);
    }
    return new Range(min, max);
  }

  static LogicalType logicalType(MapReader map, String key, String what, boolean required) {
    String text = required ? map.requiredString(key) : map.string(key);
    if (text == null) {
      return null;
    }
    return LogicalType.fromSpecName(text).orElseGet(() -> {
      map.problems().error("spec.type.unknown", map.at(key),
          what + " has unknown type '" + text + "'; expected one of: " + LogicalType.allSpecNames());
      return null;
    });
  }

  static Lifecycle lifecycle(MapReader map, String key) {
    String text = map.string(key);
    if (text == null) {
      return Lifecycle.RELEASED;
    }
    return Lifecycle.fromSpecName(text).orElseGet(() -> {
      map.problems().error("spec.value.status", map.at(key),
          "unknown status '" + text + "'; expected released, proposed or deprecated");
      return Lifecycle.RELEASED;
    });
  }
}
