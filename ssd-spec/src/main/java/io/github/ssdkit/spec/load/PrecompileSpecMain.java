package io.github.ssdkit.spec.load;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The build step that precompiles the bundled spec: {@code PrecompileSpecMain CLASSES_DIR} loads the
 * YAML under {@code CLASSES_DIR/ssd} exactly as {@link SpecLoader#bundled()} would from the jar, and
 * writes the result beside it as {@code ssd/spec.bin}, which {@code bundled()} then reads instead of
 * parsing the YAML while it matches. Run from exec-maven-plugin in the {@code process-classes} phase.
 */
public final class PrecompileSpecMain {

  private PrecompileSpecMain() {}

  /**
   * Writes {@code CLASSES_DIR/ssd/spec.bin}.
   *
   * @param args the build's classes folder, which holds the bundled spec's resources
   * @throws IOException when the spec cannot be read or the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompileSpecMain CLASSES_DIR");
    }
    Path classes = Path.of(args[0]);
    Path target = classes.resolve(SpecLoader.BUNDLED_PREFIX).resolve(PrecompiledSpec.FILE);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      LoadResult result = SpecLoader.load(SpecSource.classpath(loader, SpecLoader.BUNDLED_PREFIX));
      byte[] bytes = PrecompiledSpec.encode(result, loader, SpecLoader.BUNDLED_PREFIX);
      Path temporary = target.resolveSibling(PrecompiledSpec.FILE + ".tmp");
      Files.write(temporary, bytes);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      System.out.println("precompiled spec: " + target + " (" + bytes.length + " bytes, "
          + result.spec().tables().size() + " tables, " + result.spec().codeSets().size() + " code sets)");
    }
  }
}
