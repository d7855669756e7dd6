package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --spec DIR} and {@code --spec-version V} options the commands share: the bundled spec
 * unless a directory or an earlier released version is given.
 */
final class SpecOption {

  @Option(names = "--spec", paramLabel = "DIR", description = "Use the spec in this directory instead of the bundled one.")
  Path directory;

  @Option(names = "--spec-version", paramLabel = "VERSION", description = "Use an earlier released spec: one this ssd "
      + "carries, or an ssd-spec jar of that version in the local Maven repository.")
  String version;

  /** The spec, or an exception whose message is the one line the user sees. */
  Spec load() {
    if (directory != null && version != null) {
      throw new IllegalArgumentException("give --spec or --spec-version, not both");
    }
    if (version != null) {
      try {
        return SpecLocator.version(version);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read spec " + version + ": " + e.getMessage(), e);
      }
    }
    if (directory != null && !Files.isDirectory(directory)) {
      throw new IllegalArgumentException(directory + ": not a directory; expected a spec directory holding ssd.yaml");
    }
    LoadResult loaded = directory == null ? SpecLoader.bundled() : SpecLoader.load(directory);
    if (loaded.hasErrors()) {
      String first = loaded.errors().stream().findFirst().map(SpecProblem::toString).orElse("the spec could not be loaded");
      throw new IllegalArgumentException("the spec has " + loaded.errors().size()
          + " error(s), run 'ssd spec lint' for all of them; first: " + first);
    }
    return loaded.spec();
  }
}
