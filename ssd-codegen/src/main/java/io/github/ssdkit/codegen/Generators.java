package io.github.ssdkit.codegen;

import io.github.ssdkit.codegen.avro.AvroSchemaGenerator;
import io.github.ssdkit.codegen.docs.DocsSiteGenerator;
import io.github.ssdkit.codegen.java.JavaModelGenerator;
import io.github.ssdkit.codegen.jsonschema.JsonSchemaGenerator;
import io.github.ssdkit.codegen.sql.SqlDdlGenerator;
import java.util.List;
import java.util.Optional;

/** The generators this library ships, in a stable order. */
public final class Generators {

  private Generators() {}

  public static List<Generator> all() {
    return List.of(new JavaModelGenerator(), new JsonSchemaGenerator(), new AvroSchemaGenerator(), new SqlDdlGenerator(false),
        new DocsSiteGenerator());
  }

  public static Optional<Generator> byId(String id) {
    return all().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  public static List<String> ids() {
    return all().stream().map(Generator::id).toList();
  }
}
