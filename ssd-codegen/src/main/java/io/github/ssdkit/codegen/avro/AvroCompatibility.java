package io.github.ssdkit.codegen.avro;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro's own check of two spec versions' generated schemas, table by table: new readers must read
 * data written with the old schema, and, when the spec diff calls the change compatible, old
 * readers must read new data too. A pure function over two specs; Avro's
 * {@link SchemaCompatibility} does the work, so this holds our generator to Avro's rules rather
 * than to ours. Only tables present in both versions are compared (a removed table is the spec
 * diff's business).
 */
public final class AvroCompatibility {

  /**
   * One table whose schemas do not resolve.
   *
   * @param table the table
   * @param direction {@code new reads old} or {@code old reads new}
   * @param why Avro's incompatibilities, joined
   */
  public record Problem(String table, String direction, String why) {
    @Override
    public String toString() {
      return table + ": " + direction + ": " + why;
    }
  }

  private AvroCompatibility() {}

  public static List<Problem> check(Spec older, Spec newer, boolean oldReadersToo) {
    AvroSchemaGenerator generator = new AvroSchemaGenerator();
    List<Problem> problems = new ArrayList<>();
    for (Table t : older.tables()) {
      Optional<Table> now = newer.table(t.name());
      if (now.isEmpty()) {
        continue;
      }
      Schema before = generator.schema(older, t);
      Schema after = generator.schema(newer, now.get());
      compare(t.name(), "new reads old", after, before).ifPresent(problems::add);
      if (oldReadersToo) {
        compare(t.name(), "old reads new", before, after).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static Optional<Problem> compare(String table, String direction, Schema reader, Schema writer) {
    SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      return Optional.empty();
    }
    String why = result.getResult().getIncompatibilities().stream()
        .map(i -> i.getType() + " at " + i.getLocation() + (i.getMessage() == null ? "" : " (" + i.getMessage() + ")"))
        .collect(Collectors.joining("; "));
    return Optional.of(new Problem(table, direction, why));
  }
}
