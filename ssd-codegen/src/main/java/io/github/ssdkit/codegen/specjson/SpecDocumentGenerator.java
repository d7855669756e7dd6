package io.github.ssdkit.codegen.specjson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.codegen.PrettyJson;
import io.github.ssdkit.codegen.jsonschema.JsonSchemaGenerator;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Origin;
import io.github.ssdkit.spec.Origins;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.format.ExtractFormat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The whole spec as one JSON document ({@code spec/ssd-spec.json}: the manifest, every table with
 * its columns, keys and checks, every code set) and the JSON Schema of that document
 * ({@code spec/ssd-spec.schema.json}), so tools in any language can read the rules the Java
 * validator applies without a YAML parser or this library.
 *
 * <p>Both are written from the spec model's records by reflection, names in snake_case as in the
 * spec's YAML files, so a component added to the model appears in the document and its schema at
 * once; source locations are left out. Every component is written, {@code null} when unset. A check
 * carries its {@code kind} (the spec-file name) before its own components.
 *
 * <p>A spec merged with overlays also lists the overlays ({@code overlays}, in the order applied)
 * and marks each table, column, check, code set and code an overlay added with the overlay's id
 * ({@code origin}); a core item carries no mark, so the core document is the same with or without
 * this feature.
 */
public final class SpecDocumentGenerator implements Generator {

  /** The document among the generated files. */
  public static final String DOCUMENT = "spec/ssd-spec.json";
  /** Its JSON Schema among the generated files. */
  public static final String SCHEMA = "spec/ssd-spec.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String LEFT_OUT = "location";
  private static final String ORIGIN = "origin";

  @Override
  public String id() {
    return "spec-json";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    ObjectNode document = NODES.objectNode();
    document.put("$schema", JsonSchemaGenerator.ID_BASE + spec.version() + "/" + "ssd-spec.schema.json");
    document.set("spec", value(spec.manifest()));
    Origins origins = spec.origins();
    if (!origins.overlays().isEmpty()) {
      ArrayNode overlays = document.putArray("overlays");
      origins.overlays().forEach(o -> overlays.add(value(o)));
    }
    ArrayNode tables = document.putArray("tables");
    for (Table t : spec.tables()) {
      ObjectNode table = (ObjectNode) value(t);
      mark(table, origins.table(t.name()));
      for (int i = 0; i < t.fields().size(); i++) {
        mark((ObjectNode) table.get("fields").get(i), origins.column(t.name(), t.fields().get(i).name()));
      }
      for (int i = 0; i < t.checks().size(); i++) {
        mark((ObjectNode) table.get("checks").get(i), origins.check(t.name(), t.checks().get(i).id()));
      }
      tables.add(table);
    }
    ArrayNode codeSets = document.putArray("code_sets");
    for (CodeSet c : spec.codeSets()) {
      ObjectNode set = (ObjectNode) value(c);
      mark(set, origins.codeSet(c.id()));
      for (int i = 0; i < c.values().size(); i++) {
        mark((ObjectNode) set.get("values").get(i), origins.code(c.id(), c.values().get(i).code()));
      }
      codeSets.add(set);
    }
    return List.of(new GeneratedFile(DOCUMENT, PrettyJson.print(document)), new GeneratedFile(SCHEMA, PrettyJson.print(schema(spec))));
  }

  /** Marks an item an overlay added with the overlay's id; core items stay unmarked. */
  private static void mark(ObjectNode item, Origin origin) {
    if (!origin.isCore()) {
      item.put(ORIGIN, origin.overlay());
    }
  }

  private static ObjectNode schema(Spec spec) {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", JsonSchemaGenerator.ID_BASE + spec.version() + "/ssd-spec.schema.json");
    schema.put("title", "SSD spec document");
    schema.put("description", "The SSD spec as one JSON document: manifest, tables (columns, keys, checks) and code sets.");
    schema.put("type", "object");
    ObjectNode defs = NODES.objectNode();
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("$schema").put("type", "string");
    properties.set("spec", ref(SpecManifest.class, defs));
    properties.putObject("overlays").put("type", "array")
        .put("description", "The overlays merged into the core, in the order applied; absent for the core alone.")
        .set("items", ref(Origin.class, defs));
    properties.putObject("tables").put("type", "array").set("items", ref(Table.class, defs));
    properties.putObject("code_sets").put("type", "array").set("items", ref(CodeSet.class, defs));
    schema.putArray("required").add("spec").add("tables").add("code_sets");
    schema.put("additionalProperties", false);
    for (Class<?> marked : List.of(Table.class, Field.class, CodeSet.class, CodeValue.class)) {
      allowOrigin((ObjectNode) defs.get(marked.getSimpleName()));
    }
    defs.get(Check.class.getSimpleName()).get("oneOf").forEach(kind -> allowOrigin((ObjectNode) kind));
    schema.set("$defs", defs);
    return schema;
  }

  private static void allowOrigin(ObjectNode def) {
    ((ObjectNode) def.get("properties")).putObject(ORIGIN).put("type", "string")
        .put("description", "The id of the overlay that added this item; absent for a core item.");
  }

  /** A record, a sealed interface of records, a list, an enum or a plain value as JSON. */
  private static JsonNode value(Object v) {
    if (v == null) {
      return NODES.nullNode();
    }
    if (v instanceof Record r) {
      ObjectNode node = NODES.objectNode();
      kind(r).ifPresent(k -> node.put("kind", k));
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (!c.getName().equals(LEFT_OUT)) {
          node.set(snake(c.getName()), value(invoke(c, r)));
        }
      }
      return node;
    }
    if (v instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(e -> array.add(value(e)));
      return array;
    }
    if (v instanceof Enum<?> e) {
      return NODES.textNode(specName(e));
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    return NODES.textNode(v.toString());
  }

  /** The schema of a type, records and sealed interfaces once each under {@code $defs}. */
  private static ObjectNode schemaOf(Type type, ObjectNode defs) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", schemaOf(p.getActualTypeArguments()[0], defs));
      return array;
    }
    Class<?> c = (Class<?>) type;
    if (c.isEnum()) {
      ArrayNode values = NODES.arrayNode();
      for (Object e : c.getEnumConstants()) {
        values.add(specName((Enum<?>) e));
      }
      return NODES.objectNode().put("type", "string").set("enum", values);
    }
    // after enums: an enum whose constants have bodies is sealed too
    if (c.isRecord() || c.isSealed()) {
      return ref(c, defs);
    }
    if (c == boolean.class || c == Boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (c == int.class || c == Integer.class) {
      return NODES.objectNode().put("type", "integer");
    }
    if (c == BigDecimal.class) {
      return NODES.objectNode().put("type", "number");
    }
    if (c == LocalDate.class) {
      return NODES.objectNode().put("type", "string").put("pattern", ExtractFormat.DATE_PATTERN);
    }
    return NODES.objectNode().put("type", "string");
  }

  private static ObjectNode ref(Class<?> c, ObjectNode defs) {
    String name = c.getSimpleName();
    if (!defs.has(name)) {
      defs.putObject(name); // reserved first, so a type that holds itself ends
      defs.set(name, c.isSealed() ? sealed(c, defs) : record(c, defs, null));
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private static ObjectNode record(Class<?> c, ObjectNode defs, String kind) {
    ObjectNode node = NODES.objectNode().put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    if (kind != null) {
      properties.putObject("kind").put("const", kind);
      required.add("kind");
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      if (rc.getName().equals(LEFT_OUT)) {
        continue;
      }
      String name = snake(rc.getName());
      ObjectNode schema = schemaOf(rc.getGenericType(), defs);
      boolean primitive = rc.getType().isPrimitive() || rc.getType() == List.class;
      properties.set(name, primitive ? schema : NODES.objectNode().set("anyOf",
          NODES.arrayNode().add(schema).add(NODES.objectNode().put("type", "null"))));
      required.add(name);
    }
    node.set("required", required);
    node.put("additionalProperties", false);
    return node;
  }

  /** One of the permitted records, told apart by {@code kind}; a sealed sub-interface adds its own records. */
  private static ObjectNode sealed(Class<?> c, ObjectNode defs) {
    ArrayNode oneOf = NODES.arrayNode();
    addRecords(c, defs, oneOf);
    return NODES.objectNode().set("oneOf", oneOf);
  }

  private static void addRecords(Class<?> c, ObjectNode defs, ArrayNode oneOf) {
    for (Class<?> sub : c.getPermittedSubclasses()) {
      if (sub.isInterface() && sub.isSealed()) {
        addRecords(sub, defs, oneOf); // Check.CrossTable groups the cross-table kinds
      } else {
        oneOf.add(record(sub, defs, kindOf(sub)));
      }
    }
  }

  private static java.util.Optional<String> kind(Record r) {
    for (Class<?> i : r.getClass().getInterfaces()) {
      if (i.isSealed()) {
        return java.util.Optional.of(kindOf(r.getClass()));
      }
    }
    return java.util.Optional.empty();
  }

  /** The spec-file name of a kind of check: its {@code KIND} constant. */
  private static String kindOf(Class<?> c) {
    try {
      return (String) c.getField("KIND").get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(c.getName() + " has no public KIND constant naming its kind", e);
    }
  }

  private static Object invoke(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }

  /** An enum's name in spec files ({@code specName()}), or its lower-case name. */
  private static String specName(Enum<?> e) {
    try {
      return (String) e.getClass().getMethod("specName").invoke(e);
    } catch (ReflectiveOperationException ex) {
      return e.name().toLowerCase(Locale.ROOT);
    }
  }

  private static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (char ch : camel.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        sb.append('_').append(Character.toLowerCase(ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
