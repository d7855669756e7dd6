package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the spec a command works with: the bundled one, or a directory given with {@code --spec}. */
final class BundledSpec {

  private BundledSpec() {}

  /** The spec, or an exception whose message is the one line the user sees. */
  static Spec load(Path directory) {
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
