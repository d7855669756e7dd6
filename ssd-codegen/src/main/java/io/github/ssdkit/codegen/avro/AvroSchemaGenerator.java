package io.github.ssdkit.codegen.avro;

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
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * One Avro record schema per table, {@code avro/<table>.avsc}, in a namespace that carries the
 * spec's major version ({@code io.github.ssdkit.avro.v1}), so a breaking spec change is a new
 * namespace.
 *
 * <p>Choices: optional columns are {@code ["null", T]} with default null. Dates use the
 * {@code date} logical type, date-times {@code local-timestamp-millis} (SSD times have no zone),
 * decimals {@code decimal} with the spec's precision and scale or 18 and 4 when unset. Coded
 * columns are strings whose {@code doc} lists the allowed codes, not Avro enums: many SSD codes
 * (such as {@code 1A} or {@code N0}) are not legal enum symbols, and withdrawn or locally added
 * codes would make an enum reject history or break schema evolution.
 */
public final class AvroSchemaGenerator implements Generator {

  public static final String FOLDER = "avro/";
  public static final int DEFAULT_PRECISION = 18;
  public static final int DEFAULT_SCALE = 4;

  @Override
  public String id() {
    return "avro";
  }

  /** The namespace of a spec's records. */
  public static String namespace(Spec spec) {
    return "io.github.ssdkit.avro.v" + spec.manifest().majorVersion();
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    List<GeneratedFile> files = new ArrayList<>();
    for (Table table : spec.tables()) {
      files.add(new GeneratedFile(FOLDER + table.name() + ".avsc", org.apache.avro.SchemaFormatter.format("json/pretty", schema(spec, table)) + "\n"));
    }
    return files;
  }

  public Schema schema(Spec spec, Table table) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Field f : table.fields()) {
      Schema type = type(spec, table, f);
      String doc = doc(spec, f.item(), spec.origins().column(table.name(), f.name()).describe(f.description()),
          f.codeSet());
      fields.add(f.required()
          ? new Schema.Field(f.name(), type, doc)
          : new Schema.Field(f.name(), nullable(type), doc, JsonProperties.NULL_VALUE));
    }
    Schema record = Schema.createRecord(table.name(), spec.origins().table(table.name()).describe(table.description()),
        namespace(spec), false, fields);
    record.addProp("ssd.spec.version", spec.version());
    record.addProp("ssd.primary.key", String.join(",", table.primaryKey()));
    return record;
  }

  private Schema type(Spec spec, Table table, Field f) {
    return switch (f.type()) {
      case JSON_OBJECT -> {
        List<Schema.Field> keys = new ArrayList<>();
        for (JsonKey k : f.jsonKeys()) {
          Schema.Field key = new Schema.Field(avroName(k.name()), nullable(scalar(k.type(), null, null)),
              doc(spec, "", k.description(), k.codeSet()), JsonProperties.NULL_VALUE);
          key.addProp("ssd.json.key", k.name());
          keys.add(key);
        }
        yield Schema.createRecord(table.name() + "_" + f.name(), f.description(), namespace(spec), false, keys);
      }
      case JSON_ARRAY -> Schema.createArray(Schema.create(Schema.Type.STRING));
      default -> scalar(f.type(), f.precision(), f.scale());
    };
  }

  private static Schema scalar(LogicalType type, Integer precision, Integer scale) {
    return switch (type) {
      case INTEGER -> Schema.create(Schema.Type.INT);
      case DECIMAL -> LogicalTypes.decimal(precision == null ? DEFAULT_PRECISION : precision,
          precision == null ? DEFAULT_SCALE : (scale == null ? 0 : scale)).addToSchema(Schema.create(Schema.Type.BYTES));
      case DATE -> LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT));
      case DATETIME -> LogicalTypes.localTimestampMillis().addToSchema(Schema.create(Schema.Type.LONG));
      case BOOLEAN -> Schema.create(Schema.Type.BOOLEAN);
      default -> Schema.create(Schema.Type.STRING);
    };
  }

  private static Schema nullable(Schema type) {
    return Schema.createUnion(Schema.create(Schema.Type.NULL), type);
  }

  private static String doc(Spec spec, String item, String description, String codeSet) {
    StringBuilder doc = new StringBuilder();
    if (!item.isEmpty()) {
      doc.append(item).append(": ");
    }
    doc.append(description);
    Optional<CodeSet> set = codeSet == null ? Optional.empty() : spec.codeSet(codeSet);
    set.ifPresent(s -> {
      doc.append(" Codes (").append(s.id()).append(s.extensible() ? ", local codes allowed" : "").append("): ");
      List<String> codes = new ArrayList<>();
      for (CodeValue v : s.values()) {
        codes.add(v.code() + " " + v.label() + (v.isWithdrawn() ? " (withdrawn " + v.withdrawn() + ")" : ""));
      }
      doc.append(String.join("; ", codes)).append('.');
    });
    return doc.toString().strip();
  }

  /** A legal Avro name: letters, digits and underscores, not starting with a digit. */
  static String avroName(String name) {
    String cleaned = name.replaceAll("[^A-Za-z0-9_]", "_");
    return cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0)) ? "_" + cleaned : cleaned;
  }
}
