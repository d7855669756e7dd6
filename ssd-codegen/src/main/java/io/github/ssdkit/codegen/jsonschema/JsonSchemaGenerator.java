package io.github.ssdkit.codegen.jsonschema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.ColumnBounds;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.codegen.PrettyJson;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Origin;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.format.ExtractFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JSON Schema (draft 2020-12) for one row of each table, keyed by SSD column name, and a bundle
 * with every table under {@code $defs}. Only standard keywords: the schemas compile in Ajv's
 * default strict mode, networknt with unknown keywords refused, and Python {@code jsonschema}.
 *
 * <p>Row-level rules agree with the validator's (a differential test holds them together; the
 * rules no schema can state are listed in README): dates and date-times follow
 * {@link ExtractFormat}'s patterns (no {@code format}, which demands an offset for date-times and
 * is only an annotation by default); each code set used by the table is stated once under
 * {@code $defs}, its codes as {@code oneOf} of {@code const} with the label as {@code title},
 * aliases and withdrawn codes marked {@code deprecated} (history holds them, and the validator
 * judges a withdrawn code by the record's date, which a schema cannot); an optional column may be
 * null or an empty string (both mean "no value" to the validator), a required text column may not
 * be empty (an optional number or boolean column may be null but not {@code ""}: the validator
 * wants JSON Lines values of the column's JSON type); a JSON column is its nested value or a string holding it (how SQL Server exports JSON
 * columns), and undeclared keys inside it are allowed, as the validator only warns about them.
 * Numeric bounds are {@link ColumnBounds}: the column's range and its table's range checks; a
 * table's pattern checks that are errors are the column's {@code pattern} (warnings are left out).
 */
public final class JsonSchemaGenerator implements Generator {

  /** Base of every schema's {@code $id}; an identifier only, nothing fetches it. */
  public static final String ID_BASE = "https://ssdkit.github.io/schema/";
  /** Folder of the generated schemas among the generated files. */
  public static final String FOLDER = "json-schema/";
  /** File name of the bundle with every table under {@code $defs}. */
  public static final String BUNDLE = "ssd.bundle.schema.json";

  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public String id() {
    return "json-schema";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    List<GeneratedFile> files = new ArrayList<>();
    ObjectNode bundle = NODES.objectNode();
    bundle.put("$schema", DRAFT);
    bundle.put("$id", ID_BASE + spec.version() + "/" + BUNDLE);
    bundle.put("title", spec.manifest().name() + " " + spec.version());
    bundle.put("description", "Every table of the SSD spec " + spec.version() + ", one row each, under $defs.");
    ObjectNode defs = bundle.putObject("$defs");
    for (Table table : spec.tables()) {
      ObjectNode schema = tableSchema(spec, table);
      files.add(new GeneratedFile(FOLDER + fileName(table.name()), print(schema)));
      ObjectNode def = schema.deepCopy();
      def.remove("$schema");
      defs.set(table.name(), def);
    }
    files.add(new GeneratedFile(FOLDER + BUNDLE, print(bundle)));
    return files;
  }

  /**
   * The file name of a table's schema.
   *
   * @param table the table name
   * @return {@code <table>.schema.json}
   */
  public static String fileName(String table) {
    return table + ".schema.json";
  }

  ObjectNode tableSchema(Spec spec, Table table) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DRAFT);
    schema.put("$id", ID_BASE + spec.version() + "/" + fileName(table.name()));
    schema.put("title", table.name());
    Origin origin = spec.origins().table(table.name());
    schema.put("description", origin.describe(table.description()));
    if (!origin.isCore()) {
      schema.put("$comment", ORIGIN + origin.label());
    }
    schema.put("type", "object");
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    Map<String, ObjectNode> codeSets = new LinkedHashMap<>();
    for (Field f : table.fields()) {
      properties.set(f.name(), column(spec, table, f, codeSets));
      if (f.required()) {
        required.add(f.name());
      }
    }
    schema.set("required", required);
    schema.set("properties", properties);
    schema.put("additionalProperties", false);
    ConditionalPresence.addTo(schema, spec, table);
    if (!codeSets.isEmpty()) {
      ObjectNode defs = schema.putObject("$defs");
      codeSets.forEach((name, def) -> defs.set(name, markLocalCodes(spec, name, def)));
    }
    return schema;
  }

  /** The start of the {@code $comment} that names the overlay a local table, column or code comes from. */
  static final String ORIGIN = "origin: ";

  /** A column's schema; a column an overlay added says so in its description and a {@code $comment}. */
  private ObjectNode column(Spec spec, Table table, Field f, Map<String, ObjectNode> codeSets) {
    Origin origin = spec.origins().column(table.name(), f.name());
    ObjectNode node = column(spec, table, f, codeSets, origin);
    if (!origin.isCore()) {
      node.put("$comment", ORIGIN + origin.label());
    }
    return node;
  }

  /** The codes an overlay added to a set, marked as for a local column. */
  private static ObjectNode markLocalCodes(Spec spec, String name, ObjectNode def) {
    String set = name.endsWith("_integer") ? name.substring(0, name.length() - "_integer".length()) : name;
    if (def.get("oneOf") instanceof ArrayNode codes) {
      for (var code : codes) {
        Origin origin = spec.origins().code(set, code.path("const").asText());
        if (!origin.isCore() && code instanceof ObjectNode c && !c.has("deprecated")) {
          c.put("description", origin.localNote()).put("$comment", ORIGIN + origin.label());
        }
      }
    }
    return def;
  }

  private ObjectNode column(Spec spec, Table table, Field f, Map<String, ObjectNode> codeSets, Origin origin) {
    String description = origin.describe((f.item().isEmpty() ? "" : f.item() + ": ") + f.description());
    Optional<CodeSet> codes = f.codeSet() == null ? Optional.empty() : spec.codeSet(f.codeSet());
    ObjectNode value = switch (f.type()) {
      case JSON_OBJECT -> {
        ObjectNode object = NODES.objectNode().put("type", "object");
        ObjectNode props = object.putObject("properties");
        for (JsonKey k : f.jsonKeys()) {
          props.set(k.name(), optional(
              scalar(k.type(), k.maxLength(), keyCodes(spec, k), false, codeSets), k.description()));
        }
        object.put("additionalProperties", true);
        yield jsonOrText(object);
      }
      case JSON_ARRAY -> {
        ObjectNode array = NODES.objectNode().put("type", "array");
        array.set("items", scalar(codes.isPresent() ? LogicalType.CODE : LogicalType.STRING, null, codes, false, codeSets));
        yield jsonOrText(array);
      }
      default -> {
        ObjectNode node = scalar(f.type(), f.maxLength(), codes, f.required(), codeSets);
        if (f.identifier() != null) {
          node.put("pattern", f.identifier().pattern());
        } else if (f.pattern() != null) {
          node.put("pattern", f.pattern());
        }
        patternChecks(table, f, node);
        ColumnBounds.write(table, f, node);
        yield node;
      }
    };
    if (f.required()) {
      ObjectNode node = NODES.objectNode();
      if (!description.isBlank()) {
        node.put("description", description);
      }
      node.setAll(value);
      return node;
    }
    // a number or boolean column's value in JSON Lines must be of its JSON type: "" is refused there
    return f.type().isNumeric() || f.type() == LogicalType.BOOLEAN ? nullable(value, description)
        : optional(value, description);
  }

  /**
   * The table's pattern checks on the column that are errors, as {@code pattern}: the first one
   * alone when the column has no pattern of its own, the others each in an {@code allOf} entry.
   * A check that is only a warning is left out, as a schema has no way to say "valid, but note".
   */
  private static void patternChecks(Table table, Field f, ObjectNode node) {
    for (Check c : table.checks()) {
      if (c instanceof Check.TextPattern p && p.field().equals(f.name()) && p.severity() == Severity.ERROR) {
        if (!node.has("pattern")) {
          node.put("pattern", p.pattern());
        } else {
          ArrayNode all = node.has("allOf") ? (ArrayNode) node.get("allOf") : node.putArray("allOf");
          all.add(NODES.objectNode().put("type", "string").put("pattern", p.pattern()));
        }
      }
    }
  }

  private static Optional<CodeSet> keyCodes(Spec spec, JsonKey k) {
    return k.codeSet() == null ? Optional.empty() : spec.codeSet(k.codeSet());
  }

  /** A number or boolean, or null (no value). */
  private static ObjectNode nullable(ObjectNode value, String description) {
    ObjectNode node = NODES.objectNode();
    if (!description.isBlank()) {
      node.put("description", description);
    }
    node.putArray("anyOf").add(value).add(NODES.objectNode().put("type", "null"));
    return node;
  }

  /** A value or nothing: null or an empty string, which the validator reads as no value. */
  private static ObjectNode optional(ObjectNode value, String description) {
    ObjectNode node = NODES.objectNode();
    if (!description.isBlank()) {
      node.put("description", description);
    }
    node.putArray("anyOf").add(value).add(NODES.objectNode().set("enum", NODES.arrayNode().addNull().add("")));
    return node;
  }

  /** A JSON column's value, or a string holding it (its content is not checked by the schema). */
  private static ObjectNode jsonOrText(ObjectNode value) {
    ObjectNode node = NODES.objectNode();
    ObjectNode text = NODES.objectNode().put("type", "string").put("minLength", 1)
        .put("contentMediaType", "application/json");
    text.set("contentSchema", value.deepCopy());
    node.putArray("anyOf").add(value).add(text);
    return node;
  }

  private ObjectNode scalar(LogicalType type, Integer maxLength, Optional<CodeSet> codes, boolean required,
      Map<String, ObjectNode> codeSets) {
    ObjectNode node = NODES.objectNode();
    switch (type) {
      case INTEGER -> node.put("type", "integer");
      case DECIMAL -> node.put("type", "number");
      case BOOLEAN -> node.put("type", "boolean");
      case DATE -> node.put("type", "string").put("pattern", ExtractFormat.DATE_PATTERN);
      case DATETIME -> node.put("type", "string").put("pattern", ExtractFormat.DATETIME_PATTERN);
      default -> {
        node.put("type", "string");
        if (required) {
          node.put("minLength", 1);
        }
        if (maxLength != null) {
          node.put("maxLength", maxLength);
        }
      }
    }
    if (codes.isPresent() && !codes.get().extensible()) {
      boolean numeric = type == LogicalType.INTEGER;
      String name = codes.get().id() + (numeric ? "_integer" : "");
      codeSets.computeIfAbsent(name, n -> codeSet(codes.get(), numeric));
      node.put("$ref", "#/$defs/" + name);
    }
    return node;
  }

  /** A code set as {@code oneOf} its codes, each a {@code const} titled with its label. */
  private static ObjectNode codeSet(CodeSet set, boolean numeric) {
    ObjectNode def = NODES.objectNode();
    def.put("title", set.title().isBlank() ? set.id() : set.title());
    String description = "Code set " + set.id() + (set.version().isEmpty() ? "" : " (" + set.version() + ")")
        + (set.description().isBlank() ? "" : ": " + set.description());
    def.put("description", description);
    ArrayNode oneOf = def.putArray("oneOf");
    for (CodeValue v : set.values()) {
      ObjectNode code = constant(v.code(), numeric).put("title", v.label());
      if (v.isWithdrawn()) {
        code.put("description", "Withdrawn on " + v.withdrawn() + "; valid only on " + switch (set.basisOf(v)) {
          case START -> "records dated before then.";
          case END -> "records that ended before then, or are still open and dated before then.";
          case OPEN_OR_ENDING_AFTER -> "records that ended before then (not on open ones).";
        });
        code.put("deprecated", true);
      }
      oneOf.add(code);
      for (String alias : v.aliases()) {
        oneOf.add(constant(alias, numeric).put("title", v.label())
            .put("description", "Another spelling of " + v.code() + "; write " + v.code() + ".")
            .put("deprecated", true));
      }
    }
    if (set.status() == Lifecycle.DEPRECATED) {
      def.put("deprecated", true);
    }
    LocalCodes.widen(def, set);
    return def;
  }

  private static ObjectNode constant(String code, boolean numeric) {
    ObjectNode node = NODES.objectNode();
    if (numeric && code.matches("-?[0-9]{1,9}")) {
      node.put("const", Integer.parseInt(code));
    } else {
      node.put("const", code);
    }
    return node;
  }

  private static String print(ObjectNode node) {
    return PrettyJson.print(node);
  }

}
