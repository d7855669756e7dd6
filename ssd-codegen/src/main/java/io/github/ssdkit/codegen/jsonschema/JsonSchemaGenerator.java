package io.github.ssdkit.codegen.jsonschema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Schema (draft 2020-12) for one row of each table, keyed by SSD column name, and a bundle
 * with every table under {@code $defs}.
 *
 * <p>Choices: SSD date-times carry no zone, so they get an anchored pattern instead of
 * {@code format: date-time} (which demands an offset), which also takes a date alone; dates use
 * {@code format: date}. Coded
 * columns get an {@code enum} of the current and withdrawn codes (history holds both) with the
 * labels kept in an {@code x-ssd-labels} annotation, which validators ignore and editors show.
 * Optional columns may be null. Structured JSON columns are nested objects whose undeclared keys
 * are allowed, matching the validator, which only warns about them.
 */
public final class JsonSchemaGenerator implements Generator {

  /** Base of every schema's {@code $id}; an identifier only, nothing fetches it. */
  public static final String ID_BASE = "https://ssdkit.github.io/schema/";
  public static final String FOLDER = "json-schema/";
  public static final String BUNDLE = "ssd.bundle.schema.json";

  /**
   * Local date-time as extracts write it: {@code T} or a space, optional fraction, no zone; or a
   * date alone (midnight), which extracts often hold in date-time columns and the validator accepts.
   */
  public static final String DATETIME_PATTERN =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,7})?)?$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String id() {
    return "json-schema";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    List<GeneratedFile> files = new ArrayList<>();
    ObjectNode bundle = NODES.objectNode();
    bundle.put("$schema", "https://json-schema.org/draft/2020-12/schema");
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

  public static String fileName(String table) {
    return table + ".schema.json";
  }

  ObjectNode tableSchema(Spec spec, Table table) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", ID_BASE + spec.version() + "/" + fileName(table.name()));
    schema.put("title", table.name());
    schema.put("description", table.description());
    schema.put("type", "object");
    ObjectNode properties = NODES.objectNode();
    ArrayNode required = NODES.arrayNode();
    for (Field f : table.fields()) {
      properties.set(f.name(), column(spec, f));
      if (f.required()) {
        required.add(f.name());
      }
    }
    schema.set("required", required);
    schema.set("properties", properties);
    schema.put("additionalProperties", false);
    ConditionalPresence.addTo(schema, spec, table);
    return schema;
  }

  private ObjectNode column(Spec spec, Field f) {
    ObjectNode node = NODES.objectNode();
    String description = (f.item().isEmpty() ? "" : f.item() + ": ") + f.description();
    if (!description.isBlank()) {
      node.put("description", description);
    }
    Optional<CodeSet> codes = f.codeSet() == null ? Optional.empty() : spec.codeSet(f.codeSet());
    switch (f.type()) {
      case JSON_OBJECT -> {
        type(node, "object", f.required());
        ObjectNode props = node.putObject("properties");
        for (JsonKey k : f.jsonKeys()) {
          ObjectNode key = props.putObject(k.name());
          if (!k.description().isBlank()) {
            key.put("description", k.description());
          }
          scalar(key, k.type(), k.maxLength(), k.codeSet() == null ? Optional.empty() : spec.codeSet(k.codeSet()), true);
        }
        node.put("additionalProperties", true);
      }
      case JSON_ARRAY -> {
        type(node, "array", f.required());
        ObjectNode items = node.putObject("items");
        scalar(items, codes.isPresent() ? LogicalType.CODE : LogicalType.STRING, null, codes, false);
      }
      default -> {
        scalar(node, f.type(), f.maxLength(), codes, !f.required());
        LocalCodes.widen(node, codes);
        if (f.identifier() != null) {
          node.put("pattern", f.identifier().pattern());
        } else if (f.pattern() != null) {
          node.put("pattern", f.pattern());
        }
        if (f.range() != null && f.type().isNumeric()) {
          if (f.range().min() != null) {
            node.put("minimum", f.range().min());
          }
          if (f.range().max() != null) {
            node.put("maximum", f.range().max());
          }
        }
      }
    }
    return node;
  }

  private void scalar(ObjectNode node, LogicalType type, Integer maxLength, Optional<CodeSet> codes, boolean nullable) {
    boolean coded = codes.isPresent() && !codes.get().extensible();
    switch (type) {
      case INTEGER -> type(node, "integer", !nullable);
      case DECIMAL -> type(node, "number", !nullable);
      case BOOLEAN -> type(node, "boolean", !nullable);
      case DATE -> {
        type(node, "string", !nullable);
        node.put("format", "date");
      }
      case DATETIME -> {
        type(node, "string", !nullable);
        node.put("pattern", DATETIME_PATTERN);
      }
      default -> {
        type(node, "string", !nullable);
        if (maxLength != null) {
          node.put("maxLength", maxLength);
        }
      }
    }
    if (coded) {
      ArrayNode values = node.putArray("enum");
      ObjectNode labels = NODES.objectNode();
      for (CodeValue v : codes.get().values()) {
        if (type == LogicalType.INTEGER && v.code().matches("-?[0-9]{1,9}")) {
          values.add(Integer.parseInt(v.code()));
        } else {
          values.add(v.code());
        }
        labels.put(v.code(), v.label() + (v.isWithdrawn() ? " (withdrawn " + v.withdrawn() + ")" : ""));
      }
      if (nullable) {
        values.addNull();
      }
      node.put("x-ssd-code-set", codes.get().id());
      node.set("x-ssd-labels", labels);
    }
  }

  private static void type(ObjectNode node, String type, boolean required) {
    if (required) {
      node.put("type", type);
    } else {
      node.putArray("type").add(type).add("null");
    }
  }

  private static String print(ObjectNode node) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be printed", e);
    }
  }
}
