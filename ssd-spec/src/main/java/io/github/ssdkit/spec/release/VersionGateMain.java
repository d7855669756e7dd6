package io.github.ssdkit.spec.release;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.diff.SpecDiff;
import io.github.ssdkit.spec.diff.SpecDiffer;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The version gate of ssd-spec's own build: {@code VersionGateMain RELEASES_DIR SPEC_DIR} compares
 * the spec with the newest release listed in {@code RELEASES_DIR/releases.txt} that is not later
 * than it, and fails (throws, which fails the Maven build with the message) when the version
 * number does not match the changes. Run from exec-maven-plugin in the {@code process-classes}
 * phase, so it runs even when tests are skipped.
 */
public final class VersionGateMain {

  private VersionGateMain() {}

  /**
   * Runs the gate: {@code VersionGateMain RELEASES_DIR SPEC_DIR}.
   *
   * @param args the folder of released specs and the spec folder
   * @throws IOException when a spec cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: VersionGateMain RELEASES_DIR SPEC_DIR");
    }
    System.out.println(run(Path.of(args[0]), Path.of(args[1])));
  }

  /**
   * The gate's one-line verdict when it passes; an {@link IllegalStateException} saying why when not.
   *
   * @param releases the folder of released specs, with its index
   * @param specDir the spec being built
   * @return the verdict
   * @throws IOException when a spec cannot be read
   */
  public static String run(Path releases, Path specDir) throws IOException {
    Spec current = loaded(SpecLoader.load(specDir), specDir);
    List<String> versions = ReleasedSpecs.parseIndex(
        Files.readString(releases.resolve(ReleasedSpecs.INDEX), StandardCharsets.UTF_8));
    String baseline = ReleasedSpecs.baselineFor(current.version(), versions).orElseThrow(() ->
        new IllegalStateException("spec version gate: " + current.version() + " is older than every release in "
            + releases.resolve(ReleasedSpecs.INDEX) + " " + versions));
    Spec released = loaded(SpecLoader.load(releases.resolve(baseline)), releases.resolve(baseline));
    SpecDiff diff = SpecDiffer.diff(released, current);
    VersionGate.Verdict verdict = VersionGate.check(diff);
    if (!verdict.passed()) {
      throw new IllegalStateException("spec version gate: " + verdict.message());
    }
    return "spec version gate: " + verdict.message();
  }

  private static Spec loaded(LoadResult result, Path dir) {
    if (result.hasErrors()) {
      throw new IllegalStateException("spec version gate: the spec in " + dir + " has errors; first: "
          + result.errors().get(0));
    }
    return result.spec();
  }
}
