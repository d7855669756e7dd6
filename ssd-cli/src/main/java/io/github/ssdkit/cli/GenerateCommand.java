package io.github.ssdkit.cli;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.GeneratedFiles;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.codegen.Generators;
import io.github.ssdkit.codegen.sql.SqlDdlGenerator;
import io.github.ssdkit.codegen.sql.SqlDialect;
import io.github.ssdkit.spec.Spec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ssd generate}: writes the generated artifacts for people who do not build with Maven. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write what the spec generates: Java sources, JSON Schemas, Avro schemas, SQL DDL and the data dictionary site (docs). "
        + "Files that already hold the same text are left untouched.")
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if needed).")
  Path out;

  @Option(names = "--only", paramLabel = "KIND", description = "Only one kind: java, json-schema, avro, sql or docs.")
  String only;

  @Option(names = "--dialect", paramLabel = "DIALECT", description = "With sql: sqlserver or postgres (default: both).")
  String dialect;

  @Option(names = "--with-foreign-keys", description = "With sql: add foreign-key constraints.")
  boolean foreignKeys;

  @picocli.CommandLine.Mixin
  SpecOption specOption;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = command.commandLine().getErr();
    List<SqlDialect> dialects = Arrays.asList(SqlDialect.values());
    if (dialect != null) {
      SqlDialect d = SqlDialect.fromId(dialect).orElse(null);
      if (d == null) {
        err.println("ssd: unknown --dialect '" + dialect + "'; expected sqlserver or postgres");
        return SsdCommand.UNUSABLE;
      }
      dialects = List.of(d);
    }
    List<Generator> generators = new ArrayList<>();
    for (Generator g : Generators.all()) {
      generators.add(g.id().equals("sql") ? new SqlDdlGenerator(foreignKeys, dialects) : g);
    }
    if (only != null) {
      generators.removeIf(g -> !g.id().equals(only));
      if (generators.isEmpty()) {
        err.println("ssd: unknown --only '" + only + "'; expected one of: " + String.join(", ", Generators.ids()));
        return SsdCommand.UNUSABLE;
      }
    }
    Spec spec = specOption.load();
    List<GeneratedFile> files = new ArrayList<>();
    generators.forEach(g -> files.addAll(g.generate(spec)));
    int changed = GeneratedFiles.write(out, files);
    command.commandLine().getOut().printf("%d files for SSD spec %s in %s (%d written, %d unchanged)%n",
        files.size(), spec.version(), out, changed, files.size() - changed);
    return SsdCommand.OK;
  }
}
