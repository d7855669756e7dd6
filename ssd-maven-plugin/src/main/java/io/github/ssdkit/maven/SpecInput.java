package io.github.ssdkit.maven;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.lint.SpecLinter;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.overlay.Overlays;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The spec a goal works on: the core spec bundled in ssd-spec or a spec directory of the
 * project's own, with the project's overlays merged into it in the order given. Knows where each
 * problem's file is on disk, so that messages name a file an IDE can open.
 */
final class SpecInput {

  private final Path directory;
  private final List<Path> overlays;

  /**
   * @param directory a spec directory holding {@code ssd.yaml}, or null for the bundled core spec
   * @param overlays overlay directories (holding {@code overlay.yaml}) or single overlay YAML files, in
   *     the order they apply; null for none
   */
  SpecInput(File directory, List<File> overlays) {
    this.directory = directory == null ? null : absolute(directory);
    this.overlays = overlays == null ? List.of() : overlays.stream().map(SpecInput::absolute).toList();
  }

  private static Path absolute(File file) {
    return file.toPath().toAbsolutePath().normalize();
  }

  /** What is loaded, for messages: the directory or "the bundled SSD spec", and the overlays. */
  String describe() {
    String core = directory == null ? "the bundled SSD spec" : directory.toString();
    if (overlays.isEmpty()) {
      return core;
    }
    return core + " with overlay" + (overlays.size() == 1 ? " " : "s ")
        + String.join(", ", overlays.stream().map(Path::toString).toList());
  }

  /**
   * The spec, overlays merged, and every problem found loading it. With overlays, the merged spec
   * is always linted (the overlay rules and the lint rules are one check); without, only when
   * {@code lint} asks, so that generating from or validating against a spec does not depend on
   * lint rules that judge its style.
   *
   * @param lint whether to lint a spec without overlays too
   * @return the spec (null when it could not be read) and its problems, sorted by file and line
   */
  LoadResult load(boolean lint) {
    LoadResult core = directory == null ? SpecLoader.bundled() : SpecLoader.load(directory);
    if (!overlays.isEmpty()) {
      return Overlays.merge(core, overlays).asLoadResult();
    }
    return lint ? new LoadResult(core.spec(), SpecLinter.standard().lint(core)) : core;
  }

  /** A one-line reason the input cannot be used at all, such as a spec directory that does not exist. */
  Optional<String> unusable() {
    if (directory != null && !Files.isDirectory(directory)) {
      return Optional.of("specDirectory " + directory + " is not a directory; expected a spec directory holding ssd.yaml");
    }
    return Optional.empty();
  }

  /** Adds the spec directory and the overlays' files to a fingerprint. */
  void addTo(Fingerprint fingerprint) throws IOException {
    if (directory != null) {
      fingerprint.addPath("spec", directory);
    }
    for (Path overlay : overlays) {
      fingerprint.add("overlay", overlay.toString()).addPath("overlay", overlay);
    }
  }

  /**
   * Where a problem's file is: overlay problems carry the overlay's own (absolute) path; spec
   * problems are relative to the spec directory, or to the spec's folder in the ssd-spec jar.
   */
  String fileOf(SourceLocation location) {
    String base = directory == null ? "ssd-spec.jar!/" + SpecLoader.BUNDLED_PREFIX : directory.toString();
    if (location.file().isEmpty()) {
      return base;
    }
    if (Path.of(location.file()).isAbsolute()) {
      return location.file();
    }
    return directory == null ? base + "/" + location.file() : directory.resolve(location.file()).toString();
  }
}
