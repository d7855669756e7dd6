package io.github.ssdkit.examples;

import io.github.ssdkit.model.runtime.SsdSchemas;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.source.CsvTableReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;

/**
 * Writes each table of a CSV extract as an Avro container file with the generated schema. Run it
 * on a valid extract: values are converted by the spec's types without further checks.
 */
public final class AvroExportExample {

  private AvroExportExample() {}

  public static void main(String[] args) throws IOException {
    Path extract = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    Spec spec = SpecLoader.bundled().orThrow();
    for (Table table : spec.tables()) {
      Path csv = extract.resolve(table.name() + ".csv");
      if (Files.isRegularFile(csv)) {
        long rows = export(table, csv, out.resolve(table.name() + ".avro"));
        System.out.printf("%-32s %,8d rows%n", table.name(), rows);
      }
    }
  }

  static long export(Table table, Path csv, Path avro) throws IOException {
    Schema schema = new Schema.Parser().parse(SsdSchemas.avroSchema(table.name()).orElseThrow());
    long rows = 0;
    try (InputStream in = Files.newInputStream(csv);
        DataFileWriter<GenericRecord> writer = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
      writer.create(schema, avro.toFile());
      CsvTableReader reader = new CsvTableReader(in, csv.getFileName().toString(), (row, rule, error, message) -> {
        throw new IllegalArgumentException(message);
      });
      List<String> header = reader.header();
      String[] cells;
      while ((cells = reader.next((row, rule, error, message) -> { })) != null) {
        GenericRecord record = new GenericData.Record(schema);
        for (int i = 0; i < header.size(); i++) {
          Field field = table.field(header.get(i)).orElse(null);
          if (field != null && cells[i] != null) {
            Schema.Field avroField = schema.getField(field.name());
            record.put(field.name(), value(field, cells[i], nonNull(avroField.schema())));
          }
        }
        writer.append(record);
        rows++;
      }
    }
    return rows;
  }

  private static Schema nonNull(Schema schema) {
    return schema.getType() == Schema.Type.UNION ? schema.getTypes().get(1) : schema;
  }

  private static Object value(Field field, String text, Schema schema) {
    switch (field.type()) {
      case INTEGER:
        return Integer.parseInt(text);
      case DECIMAL:
        int scale = ((LogicalTypes.Decimal) schema.getLogicalType()).getScale();
        return ByteBuffer.wrap(new BigDecimal(text).setScale(scale, RoundingMode.HALF_UP).unscaledValue().toByteArray());
      case DATE:
        return (int) LocalDate.parse(text.substring(0, 10)).toEpochDay();
      case DATETIME:
        String iso = text.length() == 10 ? text + "T00:00:00" : text.replace(' ', 'T');
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
      case BOOLEAN:
        return text.equals("1") || text.equalsIgnoreCase("true");
      case JSON_OBJECT:
        return jsonRecord(read(text), schema);
      case JSON_ARRAY:
        List<String> items = new java.util.ArrayList<>();
        read(text).forEach(item -> items.add(item.asText()));
        return items;
      default:
        return text;
    }
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }

  /** A JSON column as its nested Avro record; each Avro field names its JSON key in a property. */
  private static GenericRecord jsonRecord(JsonNode json, Schema schema) {
    GenericRecord record = new GenericData.Record(schema);
    for (Schema.Field f : schema.getFields()) {
      JsonNode value = json.get(f.getProp("ssd.json.key"));
      if (value == null || value.isNull() || value.asText().isEmpty()) {
        continue;
      }
      Schema type = nonNull(f.schema());
      record.put(f.name(), type.getType() == Schema.Type.INT ? value.asInt() : value.asText());
    }
    return record;
  }

  private static final ObjectMapper JSON = new ObjectMapper();
}
