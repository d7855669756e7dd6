package io.github.ssdkit.codegen;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the model during the ssd-model build: {@code GenerateMain <sources-dir> <resources-dir>}.
 * Java files go to the sources directory, schemas under {@code io/github/ssdkit/model/schema/} in
 * the resources directory.
 */
public final class GenerateMain {

  /** Classpath folder of the packaged schemas. */
  public static final String SCHEMA_FOLDER = "io/github/ssdkit/model/schema/";

  private GenerateMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GenerateMain <sources-dir> <resources-dir>");
      System.exit(2);
    }
    Spec spec = SpecLoader.bundled().orThrow();
    List<GeneratedFile> sources = new ArrayList<>();
    List<GeneratedFile> resources = new ArrayList<>();
    for (Generator g : Generators.all()) {
      if (g.id().equals("sql") || g.id().equals("docs")) {
        continue; // not part of the model jar
      }
      for (GeneratedFile f : g.generate(spec)) {
        if (f.path().startsWith("java/")) {
          sources.add(new GeneratedFile(f.path().substring(5), f.content()));
        } else {
          resources.add(new GeneratedFile(SCHEMA_FOLDER + f.path(), f.content()));
        }
      }
    }
    // Both folders belong to generation alone: files no longer generated are deleted.
    int changed = GeneratedFiles.replaceAll(Path.of(args[0]), sources) + GeneratedFiles.replaceAll(Path.of(args[1]), resources);
    System.out.println("ssd-codegen: " + sources.size() + " sources, " + resources.size() + " schemas (" + changed + " changed)");
  }
}
