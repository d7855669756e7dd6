package io.github.ssdkit.codegen.api;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.release.ReleasedSpecs;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The Java API gate of the release build: {@code ApiGateMain NEW_JAR WORK_DIR [HAND_WRITTEN_SOURCES...]},
 * run by ssd-model's
 * release profile with the module's compile classpath (which holds japicmp there) as this JVM's
 * classpath. It takes the bundled spec and the baseline release carried in the ssd-spec jar (the
 * newest release in its index not later than the spec: the same baseline as the spec's version
 * gate), rebuilds the baseline's API with {@link ApiJar}, compares the built {@code ssd-model} jar
 * with it through {@link ApiGate}, writes every breaking change to {@code WORK_DIR/api-changes.txt}
 * and exits 1 with a one-line reason when the API breaks but the spec's major version did not move.
 */
public final class ApiGateMain {

  private ApiGateMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ApiGateMain NEW_JAR WORK_DIR [HAND_WRITTEN_SOURCES...]");
      System.exit(2);
    }
    ApiGate.Result result;
    try {
      Spec current = SpecLoader.bundled().orThrow();
      String baseline = ReleasedSpecs.baselineFor(current.version(), ReleasedSpecs.versions()).orElseThrow(() ->
          new IllegalStateException(current.version() + " is older than every release " + ReleasedSpecs.versions()));
      Spec released = ReleasedSpecs.load(baseline).orElseThrow().orThrow();
      Path newJar = Path.of(args[0]);
      // the module's own classes are the new API; the baseline must compile from its sources alone
      Path ownClasses = newJar.toAbsolutePath().getParent().resolve("classes");
      List<Path> handWritten = Arrays.stream(args).skip(2).map(Path::of).toList();
      result = run(released, current, newJar, Path.of(args[1]),
          classpath().stream().filter(p -> !p.toAbsolutePath().equals(ownClasses)).toList(), handWritten);
    } catch (IllegalStateException e) {
      System.err.println("java api gate: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (!result.passed()) {
      System.err.println("java api gate: " + result.message() + " (all of them in " + args[1] + "/api-changes.txt)");
      System.exit(1);
    }
    System.out.println("java api gate: " + result.message());
  }

  /**
   * Rebuilds the released spec's API, compares the new jar with it and writes the report.
   *
   * @param released the baseline release
   * @param current the spec the new jar was generated from
   * @param newJar the built API
   * @param workDir where the baseline's API and {@code api-changes.txt} go
   * @param classpath what the generated sources compile against
   * @param handWritten the hand-written sources of ssd-model, compiled into the baseline with it
   * @return the comparison; the caller decides what a failure does
   * @throws IOException when files cannot be written
   */
  public static ApiGate.Result run(Spec released, Spec current, Path newJar, Path workDir, List<Path> classpath,
      List<Path> handWritten) throws IOException {
    if (!Files.isRegularFile(newJar)) {
      throw new IllegalStateException(newJar + " does not exist; the gate runs after the jar is packaged");
    }
    Path oldJar = ApiJar.build(released, workDir.resolve("baseline"), classpath, handWritten);
    ApiGate.Result result = ApiGate.compare(oldJar, released.version(), newJar, current.version(), classpath);
    StringBuilder report = new StringBuilder("# generated Java API, spec " + released.version() + " -> "
        + current.version() + " (japicmp): " + result.message() + "\n");
    result.breaks().forEach(b -> report.append(b).append('\n'));
    Files.createDirectories(workDir);
    Files.writeString(workDir.resolve("api-changes.txt"), report, StandardCharsets.UTF_8);
    return result;
  }

  private static List<Path> classpath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(s -> !s.isEmpty()).map(Path::of).toList();
  }
}
