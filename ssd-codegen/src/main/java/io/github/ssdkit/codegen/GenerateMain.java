package io.github.ssdkit.codegen;

import io.github.ssdkit.codegen.java.JavaPackages;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Generates the model during the ssd-model build: {@code GenerateMain <sources-dir> <resources-dir>}.
 * Java files go to the sources directory, schemas under {@code io/github/ssdkit/model/schema/} in
 * the resources directory.
 */
public final class GenerateMain {

  /** Classpath folder of the packaged schemas. */
  public static final String SCHEMA_FOLDER = new ModelGeneration(JavaPackages.DEFAULT, ModelGeneration.MODEL_KINDS).schemaFolder();

  private GenerateMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: GenerateMain <sources-dir> <resources-dir>");
      System.exit(2);
    }
    Spec spec = SpecLoader.bundled().orThrow();
    ModelGeneration.Output out = new ModelGeneration(JavaPackages.DEFAULT, ModelGeneration.MODEL_KINDS).generate(spec);
    // Both folders belong to generation alone: files no longer generated are deleted.
    int changed = out.replaceAll(Path.of(args[0]), Path.of(args[1]));
    System.out.println("ssd-codegen: " + out.sources().size() + " sources, " + out.resources().size() + " schemas (" + changed + " changed)");
  }
}
