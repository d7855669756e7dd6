package io.github.ssdkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.model.runtime.SsdSchemas;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.source.CsvTableReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a user would write without this library: read each CSV row, turn it into a JSON object by
 * the spec's types, and validate it with networknt against the generated JSON Schema of its
 * table. Keys across tables are not checked, so the baseline does less work than the validator.
 */
final class JsonSchemaBaseline {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Spec spec;

  JsonSchemaBaseline(Spec spec) {
    this.spec = spec;
  }

  /** Rows per second over at most {@code limit} rows, tables in spec order. */
  double run(Path extract, int limit) throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    long rows = 0;
    long invalid = 0;
    long start = System.nanoTime();
    for (Table table : spec.tables()) {
      Path csv = extract.resolve(table.name() + ".csv");
      if (rows >= limit || !Files.isRegularFile(csv)) {
        continue;
      }
      Schema schema = registry.getSchema(SsdSchemas.jsonSchema(table.name()).orElseThrow());
      try (InputStream in = Files.newInputStream(csv)) {
        CsvTableReader reader = new CsvTableReader(in, csv.toString(), (r, rule, error, message) -> { });
        List<String> header = reader.header();
        String[] cells;
        while (rows < limit && (cells = reader.next((r, rule, error, message) -> { })) != null) {
          if (!schema.validate(row(table, header, cells)).isEmpty()) {
            invalid++;
          }
          rows++;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("networknt: %,d rows (%,d invalid) in %.2f s%n", rows, invalid, seconds);
    return rows / seconds;
  }

  private static ObjectNode row(Table table, List<String> header, String[] cells) throws IOException {
    ObjectNode row = JSON.createObjectNode();
    for (int i = 0; i < header.size(); i++) {
      Field f = table.field(header.get(i)).orElse(null);
      if (f == null) {
        continue;
      }
      String v = cells[i];
      if (v == null) {
        row.putNull(f.name());
        continue;
      }
      switch (f.type()) {
        case INTEGER -> {
          try {
            row.put(f.name(), Long.parseLong(v));
          } catch (NumberFormatException e) {
            row.put(f.name(), v);
          }
        }
        case DECIMAL -> {
          try {
            row.put(f.name(), new BigDecimal(v));
          } catch (NumberFormatException e) {
            row.put(f.name(), v);
          }
        }
        case BOOLEAN -> row.put(f.name(), v.equals("1") || v.equalsIgnoreCase("true"));
        case DATE -> row.put(f.name(), v.length() > 10 ? v.substring(0, 10) : v);
        case JSON_OBJECT, JSON_ARRAY -> {
          JsonNode parsed;
          try {
            parsed = JSON.readTree(v);
          } catch (IOException e) {
            parsed = JSON.getNodeFactory().textNode(v);
          }
          row.set(f.name(), parsed);
        }
        default -> row.put(f.name(), v);
      }
    }
    return row;
  }
}
