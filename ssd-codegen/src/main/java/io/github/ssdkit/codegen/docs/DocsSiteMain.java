package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.GeneratedFiles;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the bundled spec's data dictionary site during the ssd-model build: {@code DocsSiteMain
 * <dir>}, so that every build leaves it in {@code ssd-model/target/ssd-docs/}. The folder belongs
 * to this step alone: files it no longer writes are deleted.
 */
public final class DocsSiteMain {

  private DocsSiteMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DocsSiteMain <dir>");
      System.exit(2);
    }
    Spec spec = SpecLoader.bundled().orThrow();
    List<GeneratedFile> files = new DocsSiteGenerator().generate(spec).stream()
        .map(f -> new GeneratedFile(f.path().substring(DocsSiteGenerator.ROOT.length()), f.content()))
        .toList();
    int changed = GeneratedFiles.replaceAll(Path.of(args[0]), files);
    System.out.println("ssd-codegen: data dictionary site, " + files.size() + " files in " + args[0] + " (" + changed + " changed)");
  }
}
