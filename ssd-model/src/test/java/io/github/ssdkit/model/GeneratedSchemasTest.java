package io.github.ssdkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.model.runtime.SsdSchemas;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Conversions;
import org.apache.avro.Schema.Parser;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

/** Every generated JSON Schema and Avro schema works for its table. */
class GeneratedSchemasTest {

  private final Spec spec = SpecLoader.bundled().orThrow();
  private final SampleRows rows = new SampleRows(spec);
  private final SchemaRegistry registry = StrictSchemaRegistry.create();

  @Test
  void everySchemaIsValidDraft202012AndCompilesWithUnknownKeywordsRefused() {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<String> texts = new ArrayList<>(SsdSchemas.tables().stream().map(t -> SsdSchemas.jsonSchema(t).orElseThrow()).toList());
    texts.add(SsdSchemas.jsonSchemaBundle());
    for (String text : texts) {
      assertThat(meta.validate(text, InputFormat.JSON)).as(text.substring(0, 120)).isEmpty();
      assertThat(StrictSchemaRegistry.create().getSchema(text)).isNotNull();
    }
    assertThat(texts).noneMatch(t -> t.contains("\"x-"));
  }

  @Test
  void theStrictRegistryRefusesAnUnknownKeyword() {
    assertThatThrownBy(() -> registry.getSchema("{\"type\": \"string\", \"x-ssd-code-set\": \"sex\"}"))
        .hasMessageContaining("x-ssd-code-set");
  }

  @Test
  void codeSetsAreStatedOnceWithTheirLabelsAndWithdrawnCodesAreDeprecated() throws Exception {
    JsonNode person = SampleRows.JSON.readTree(SsdSchemas.jsonSchema("ssd_person").orElseThrow());
    JsonNode sex = person.at("/$defs/sex");
    assertThat(sex.at("/oneOf/0/const").asText()).isEqualTo(spec.codeSet("sex").orElseThrow().values().get(0).code());
    assertThat(sex.at("/oneOf/0/title").asText()).isEqualTo(spec.codeSet("sex").orElseThrow().values().get(0).label());
    assertThat(person.at("/properties/pers_sex").toString()).contains("#/$defs/sex");
    long withdrawn = spec.codeSets().stream().flatMap(c -> c.values().stream()).filter(v -> v.isWithdrawn()).count();
    assertThat(withdrawn).isPositive();
    assertThat(SsdSchemas.jsonSchemaBundle()).contains("\"deprecated\" : true");
  }

  @Test
  void everyTableHasSchemasAndTheyAreListedInSpecOrder() {
    assertThat(SsdSchemas.tables()).containsExactlyElementsOf(spec.tables().stream().map(Table::name).toList());
    for (Table t : spec.tables()) {
      assertThat(SsdSchemas.jsonSchema(t.name())).as(t.name()).isPresent();
      assertThat(SsdSchemas.avroSchema(t.name())).as(t.name()).isPresent();
    }
    assertThat(SsdSchemas.jsonSchemaBundle()).contains("\"$defs\"");
  }

  @Test
  void jsonSchemasAcceptAValidRowAndRejectEachKindOfMistake() {
    Map<String, Integer> rejected = new HashMap<>();
    for (Table table : spec.tables()) {
      Schema schema = registry.getSchema(SsdSchemas.jsonSchema(table.name()).orElseThrow());
      ObjectNode valid = rows.row(table);
      assertThat(schema.validate(valid)).as(table.name() + " valid row").isEmpty();

      SampleRows.first(table, f -> f.codeSet() != null && !f.type().isJson() && f.type() != LogicalType.INTEGER
              && !spec.codeSet(f.codeSet()).orElseThrow().extensible())
          .ifPresent(f -> reject(schema, valid.deepCopy().put(f.name(), "NOT-A-CODE"), table, "code", rejected));
      SampleRows.first(table, f -> f.maxLength() != null && f.type() == LogicalType.STRING && f.pattern() == null
              && f.identifier() == null)
          .ifPresent(f -> reject(schema, valid.deepCopy().put(f.name(), "x".repeat(f.maxLength() + 1)), table, "length", rejected));
      SampleRows.first(table, f -> f.type().isTemporal())
          .ifPresent(f -> reject(schema, valid.deepCopy().put(f.name(),
              f.type() == LogicalType.DATE ? "2023-02-30" : "2023-02-30 nonsense"), table, "date", rejected));
      SampleRows.first(table, Field::required)
          .ifPresent(f -> {
            ObjectNode missing = valid.deepCopy();
            missing.remove(f.name());
            reject(schema, missing, table, "required", rejected);
          });
    }
    assertThat(rejected.get("code")).isGreaterThan(20);
    assertThat(rejected.get("length")).isGreaterThan(30);
    assertThat(rejected.get("date")).isGreaterThan(30);
    assertThat(rejected.get("required")).isEqualTo(spec.tables().size());
  }

  @Test
  void dateTimeColumnsTakeWhatExtractsHoldAndNothingElse() {
    Table table = spec.table("ssd_person").orElseThrow();
    Schema schema = registry.getSchema(SsdSchemas.jsonSchema(table.name()).orElseThrow());
    ObjectNode valid = rows.row(table);
    for (String ok : new String[] {"2020-01-01", "2020-01-01T10:11:12", "2020-01-01 10:11:12", "2020-01-01T10:11:12.123",
        "2020-01-01 10:11:12.1234567", "2020-01-01 10:11:12.123456789", "2024-02-29", "2000-02-29T00:00:00"}) {
      assertThat(schema.validate(valid.deepCopy().put("pers_dob", ok))).as(ok).isEmpty();
    }
    for (String bad : new String[] {"2020-01-01T", "2020-01-01T10:11", "2020-01-01T10:11:12Z", "01/01/2020", "2020-01-01 10:11:12.1234567890",
        "2023-02-29", "1900-02-29", "2020-04-31", "2020-01-01T24:00:00", "2020-01-01T10:60:00"}) {
      assertThat(schema.validate(valid.deepCopy().put("pers_dob", bad))).as(bad).isNotEmpty();
    }
  }

  private static void reject(Schema schema, ObjectNode row, Table table, String kind, Map<String, Integer> counts) {
    assertThat(schema.validate(row)).as(table.name() + " " + kind).isNotEmpty();
    counts.merge(kind, 1, Integer::sum);
  }

  @Test
  void aRowOfEveryTableRoundTripsThroughAvroBinary() throws Exception {
    GenericData data = new GenericData();
    data.addLogicalTypeConversion(new TimeConversions.DateConversion());
    data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
    data.addLogicalTypeConversion(new Conversions.DecimalConversion());
    for (Table table : spec.tables()) {
      org.apache.avro.Schema schema = new Parser().parse(SsdSchemas.avroSchema(table.name()).orElseThrow());
      GenericRecord record = new GenericData.Record(schema);
      for (Field f : table.fields()) {
        record.put(f.name(), avroValue(schema.getField(f.name()).schema(), f));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new GenericDatumWriter<GenericRecord>(schema, data).write(record, encoder);
      encoder.flush();
      GenericRecord back = new GenericDatumReader<GenericRecord>(schema, schema, data)
          .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));

      // encoding what was read gives the same bytes, and every value came back
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      BinaryEncoder encoder2 = EncoderFactory.get().binaryEncoder(again, null);
      new GenericDatumWriter<GenericRecord>(schema, data).write(back, encoder2);
      encoder2.flush();
      assertThat(again.toByteArray()).as(table.name()).isEqualTo(out.toByteArray());
      for (Field f : table.fields()) {
        Object value = back.get(f.name());
        assertThat(value).as(table.name() + "." + f.name()).isNotNull();
        if (f.type().isTemporal() || f.type() == LogicalType.DECIMAL || f.type() == LogicalType.INTEGER) {
          assertThat(value).as(table.name() + "." + f.name()).isEqualTo(record.get(f.name()));
        } else if (!f.type().isJson()) {
          assertThat(value.toString()).as(table.name() + "." + f.name()).isEqualTo(record.get(f.name()).toString());
        }
      }
    }
  }

  private Object avroValue(org.apache.avro.Schema schema, Field f) {
    org.apache.avro.Schema type = schema.getType() == org.apache.avro.Schema.Type.UNION ? schema.getTypes().get(1) : schema;
    return switch (f.type()) {
      case INTEGER -> 3;
      case DECIMAL -> new java.math.BigDecimal("1.5").setScale(((org.apache.avro.LogicalTypes.Decimal) type.getLogicalType()).getScale());
      case DATE -> java.time.LocalDate.of(2020, 2, 29);
      case DATETIME -> java.time.LocalDateTime.of(2020, 2, 29, 10, 15, 30);
      case BOOLEAN -> true;
      case JSON_ARRAY -> java.util.List.of("a", "b");
      case JSON_OBJECT -> {
        GenericRecord nested = new GenericData.Record(type);
        for (org.apache.avro.Schema.Field k : type.getFields()) {
          org.apache.avro.Schema kt = k.schema().getTypes().get(1);
          nested.put(k.name(), kt.getType() == org.apache.avro.Schema.Type.INT ? 1 : "Y");
        }
        yield nested;
      }
      default -> f.name();
    };
  }
}
