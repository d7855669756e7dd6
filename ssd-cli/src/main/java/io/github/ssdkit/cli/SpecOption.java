package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.overlay.MergeResult;
import io.github.ssdkit.spec.overlay.Overlays;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --spec DIR}, {@code --spec-version V} and {@code --overlay DIR} options the commands
 * share: the bundled spec unless a directory or an earlier released version is given, with the
 * overlays merged into it in the order given.
 */
final class SpecOption {

  @Option(names = "--spec", paramLabel = "DIR", description = "Use the spec in this directory instead of the bundled one.")
  Path directory;

  @Option(names = "--spec-version", paramLabel = "VERSION", description = "Use an earlier released spec: one this ssd "
      + "carries, or an ssd-spec jar of that version in the local Maven repository.")
  String version;

  @Option(names = "--overlay", paramLabel = "DIR", description = "Merge this overlay (a directory holding overlay.yaml, "
      + "or one overlay YAML file) into the spec; repeat for several, applied in the order given.")
  List<Path> overlays = new ArrayList<>();

  /** The spec, or an exception whose message is the one line the user sees. */
  Spec load() {
    if (directory != null && version != null) {
      throw new IllegalArgumentException("give --spec or --spec-version, not both");
    }
    if (version != null) {
      try {
        Spec released = SpecLocator.version(version);
        return overlays.isEmpty() ? released : merged(new LoadResult(released, List.of()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read spec " + version + ": " + e.getMessage(), e);
      }
    }
    if (directory != null && !Files.isDirectory(directory)) {
      throw new IllegalArgumentException(directory + ": not a directory; expected a spec directory holding ssd.yaml");
    }
    LoadResult loaded = directory == null ? SpecLoader.bundled() : SpecLoader.load(directory);
    return overlays.isEmpty() ? checked(loaded) : merged(loaded);
  }

  /** The core with the overlays merged, or an exception naming the first error of any of them. */
  private Spec merged(LoadResult core) {
    checked(core);
    MergeResult merged = Overlays.merge(core, overlays);
    if (merged.hasErrors()) {
      String first = merged.errors().stream().findFirst().map(SpecProblem::toString).orElse("the overlays could not be merged");
      throw new IllegalArgumentException("the overlays have " + merged.errors().size() + " error(s), run 'ssd spec lint"
          + overlays.stream().map(o -> " --overlay " + o).reduce("", String::concat) + "' for all of them; first: " + first);
    }
    return merged.spec();
  }

  private static Spec checked(LoadResult loaded) {
    if (loaded.hasErrors()) {
      String first = loaded.errors().stream().findFirst().map(SpecProblem::toString).orElse("the spec could not be loaded");
      throw new IllegalArgumentException("the spec has " + loaded.errors().size()
          + " error(s), run 'ssd spec lint' for all of them; first: " + first);
    }
    return loaded.spec();
  }
}
