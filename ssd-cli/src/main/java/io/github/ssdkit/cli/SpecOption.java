package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --spec DIR} option the commands share: the bundled spec unless a directory is given. */
final class SpecOption {

  @Option(names = "--spec", paramLabel = "DIR", description = "Use the spec in this directory instead of the bundled one.")
  Path directory;

  /** The spec, or an exception whose message is the one line the user sees. */
  Spec load() {
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
