package io.github.ssdkit.model.runtime;

import io.github.ssdkit.model.meta.SsdTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The generated schemas packaged in this jar, at
 * {@code io/github/ssdkit/model/schema/json-schema/<table>.schema.json} (plus
 * {@code ssd.bundle.schema.json}) and {@code io/github/ssdkit/model/schema/avro/<table>.avsc}.
 */
public final class SsdSchemas {

  public static final String FOLDER = "/io/github/ssdkit/model/schema/";

  private SsdSchemas() {}

  /** The names of every table, in spec order. */
  public static List<String> tables() {
    return SsdTables.ALL.stream().map(TableInfo::name).toList();
  }

  public static Optional<TableInfo> table(String name) {
    return SsdTables.ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The JSON Schema (draft 2020-12) of one row of a table. */
  public static Optional<String> jsonSchema(String table) {
    return table(table).flatMap(t -> resource("json-schema/" + t.name() + ".schema.json"));
  }

  /** The JSON Schema with every table under {@code $defs}. */
  public static String jsonSchemaBundle() {
    return resource("json-schema/ssd.bundle.schema.json").orElseThrow();
  }

  /** The Avro schema ({@code .avsc} JSON text) of a table; parse it with Avro's {@code Schema.Parser}. */
  public static Optional<String> avroSchema(String table) {
    return table(table).flatMap(t -> resource("avro/" + t.name() + ".avsc"));
  }

  private static Optional<String> resource(String path) {
    try (InputStream in = SsdSchemas.class.getResourceAsStream(FOLDER + path)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
