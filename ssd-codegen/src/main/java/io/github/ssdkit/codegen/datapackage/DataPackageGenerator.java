package io.github.ssdkit.codegen.datapackage;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.codegen.ColumnBounds;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.codegen.PrettyJson;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.Optional;

/**
 * A Frictionless Data Package descriptor ({@code datapackage.json}) for a CSV extract: one
 * tabular resource per table ({@code <table>.csv}) with field types, constraints (required,
 * lengths, codes, bounds, patterns), primary and foreign keys, so tools in other languages
 * ({@code frictionless validate datapackage.json}) check keys as well as rows.
 *
 * <p>Limits, where the validator knows more: date-times use {@code format: any}, as Frictionless'
 * default demands a zone that extracts do not carry; codes list aliases and withdrawn codes
 * (history holds them), so withdrawal dates are the validator's; table checks (date order,
 * presence, overlaps) and identifier check digits have no Table Schema form.
 */
public final class DataPackageGenerator implements Generator {

  /** Where the descriptor goes among the generated files. */
  public static final String FILE = "datapackage/datapackage.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public String id() {
    return "datapackage";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    ObjectNode root = NODES.objectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", spec.manifest().id());
    root.put("title", spec.manifest().name());
    root.put("version", spec.version());
    ArrayNode resources = root.putArray("resources");
    for (Table table : spec.tables()) {
      resources.add(resource(spec, table));
    }
    return List.of(new GeneratedFile(FILE, PrettyJson.print(root)));
  }

  private ObjectNode resource(Spec spec, Table table) {
    ObjectNode r = NODES.objectNode();
    r.put("name", table.name());
    r.put("path", table.name() + ".csv");
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    r.put("description", spec.origins().table(table.name()).describe(table.description()));
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    table.fields().forEach(f -> fields.add(field(spec, table, f)));
    schema.putArray("missingValues").add("");
    ArrayNode key = schema.putArray("primaryKey");
    table.primaryKey().forEach(key::add);
    if (!table.foreignKeys().isEmpty()) {
      ArrayNode foreign = schema.putArray("foreignKeys");
      for (Field f : table.foreignKeys()) {
        ObjectNode fk = foreign.addObject();
        fk.put("fields", f.name());
        ObjectNode ref = fk.putObject("reference");
        // a reference to the table itself is written with an empty resource name
        ref.put("resource", f.references().table().equals(table.name()) ? "" : f.references().table());
        ref.put("fields", f.references().field());
      }
    }
    return r;
  }

  private ObjectNode field(Spec spec, Table table, Field f) {
    ObjectNode node = NODES.objectNode();
    node.put("name", f.name());
    if (!f.item().isEmpty()) {
      node.put("title", f.item());
    }
    node.put("description", spec.origins().column(table.name(), f.name()).describe(f.description()));
    boolean integer = f.type() == LogicalType.INTEGER;
    switch (f.type()) {
      case INTEGER -> node.put("type", "integer");
      case DECIMAL -> node.put("type", "number");
      case DATE -> node.put("type", "date");
      case DATETIME -> node.put("type", "datetime").put("format", "any");
      case BOOLEAN -> {
        node.put("type", "boolean");
        node.putArray("trueValues").add("1").add("true").add("True").add("TRUE");
        node.putArray("falseValues").add("0").add("false").add("False").add("FALSE");
      }
      case JSON_OBJECT -> node.put("type", "object");
      case JSON_ARRAY -> node.put("type", "array");
      default -> node.put("type", "string");
    }
    ObjectNode constraints = NODES.objectNode();
    if (f.required()) {
      constraints.put("required", true);
    }
    if (f.unique()) {
      constraints.put("unique", true);
    }
    if (f.maxLength() != null && !f.type().isJson()) {
      constraints.put("maxLength", f.maxLength());
    }
    if (f.identifier() != null) {
      constraints.put("pattern", f.identifier().pattern());
    } else if (f.pattern() != null) {
      constraints.put("pattern", f.pattern());
    }
    ColumnBounds.write(table, f, constraints);
    Optional<CodeSet> codes = f.codeSet() == null || f.type().isJson() ? Optional.empty() : spec.codeSet(f.codeSet());
    if (codes.isPresent() && !codes.get().extensible()) {
      ArrayNode values = constraints.putArray("enum");
      for (CodeValue v : codes.get().values()) {
        add(values, v.code(), integer);
        v.aliases().forEach(a -> add(values, a, integer));
      }
    }
    if (!constraints.isEmpty()) {
      node.set("constraints", constraints);
    }
    return node;
  }

  private static void add(ArrayNode values, String code, boolean integer) {
    if (integer && code.matches("-?[0-9]{1,9}")) {
      values.add(Integer.parseInt(code));
    } else {
      values.add(code);
    }
  }
}
