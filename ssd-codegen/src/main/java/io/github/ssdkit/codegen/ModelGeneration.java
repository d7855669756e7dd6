package io.github.ssdkit.codegen;

import io.github.ssdkit.codegen.java.JavaModelGenerator;
import io.github.ssdkit.codegen.java.JavaPackages;
import io.github.ssdkit.spec.Spec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Java build makes of a spec: Java sources for a source folder and, beside them, the
 * schemas (JSON Schema, Avro, SQL...) as classpath resources under {@code <base package as path>/schema/}.
 * ssd-model's build ({@link GenerateMain}) and the Maven plugin's {@code generate} goal both go
 * through here, so the two lay files out the same way.
 *
 * @param packages where the Java classes go; the resource folder follows the base package
 * @param kinds the generator ids to run, in {@link Generators} order whatever order they are given in
 */
public record ModelGeneration(JavaPackages packages, Set<String> kinds) {

  /** The kinds ssd-model ships: everything but SQL, the docs site and the publishing layout. */
  public static final Set<String> MODEL_KINDS = Set.of("java", "json-schema", "avro", "datapackage", "spec-json",
      "typescript", "python");

  /** The Maven plugin's default: Java, JSON Schema, Avro and SQL DDL. */
  public static final Set<String> PLUGIN_KINDS = Set.of("java", "json-schema", "avro", "sql");

  /**
   * Checks the kinds.
   *
   * @throws IllegalArgumentException naming the unknown kind and the known ones
   */
  public ModelGeneration {
    kinds = Set.copyOf(kinds);
    for (String kind : kinds) {
      if (Generators.byId(kind).isEmpty()) {
        throw new IllegalArgumentException("unknown kind '" + kind + "'; expected one of: " + String.join(", ", Generators.ids()));
      }
    }
  }

  /** The generated files: Java sources, and resources. */
  public record Output(List<GeneratedFile> sources, List<GeneratedFile> resources) {

    public Output {
      sources = List.copyOf(sources);
      resources = List.copyOf(resources);
    }

    /**
     * Writes both into folders that generation alone owns: files no longer generated are deleted
     * (see {@link GeneratedFiles#replaceAll}); unchanged files are not touched.
     *
     * @return how many files were created, changed or deleted
     */
    public int replaceAll(Path sourceDir, Path resourceDir) throws IOException {
      return GeneratedFiles.replaceAll(sourceDir, sources) + GeneratedFiles.replaceAll(resourceDir, resources);
    }
  }

  /** The classpath folder of the schemas, such as {@code io/github/ssdkit/model/schema/}. */
  public String schemaFolder() {
    return packages.base().replace('.', '/') + "/schema/";
  }

  /** Runs the chosen generators; a pure function of the spec, like each generator. */
  public Output generate(Spec spec) {
    List<GeneratedFile> sources = new ArrayList<>();
    List<GeneratedFile> resources = new ArrayList<>();
    for (Generator g : Generators.all()) {
      if (!kinds.contains(g.id())) {
        continue;
      }
      Generator generator = g.id().equals("java") ? new JavaModelGenerator(packages) : g;
      for (GeneratedFile f : generator.generate(spec)) {
        if (f.path().startsWith("java/")) {
          sources.add(new GeneratedFile(f.path().substring(5), f.content()));
        } else {
          resources.add(new GeneratedFile(schemaFolder() + f.path(), f.content()));
        }
      }
    }
    return new Output(sources, resources);
  }

  /** The kinds in a stable order, for messages and fingerprints. */
  public List<String> orderedKinds() {
    Set<String> ordered = new LinkedHashSet<>(Generators.ids());
    ordered.retainAll(kinds);
    return List.copyOf(ordered);
  }
}
