package io.github.ssdkit.spec;

import io.github.ssdkit.spec.lint.SpecLinter;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies of the small test spec that a test may break in one place. */
public final class TestSpecs {

  private TestSpecs() {}

  public static Path miniSource() {
    try {
      return Path.of(TestSpecs.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh copy of the mini spec under {@code dir}. */
  public static Path copyMini(Path dir) {
    return copy(miniSource(), dir);
  }

  /** A fresh copy of a spec directory under {@code dir}. */
  public static Path copy(Path source, Path dir) {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first occurrence of {@code from} in one file of a copied spec. */
  public static void edit(Path spec, String file, String from, String to) {
    try {
      Path p = spec.resolve(file);
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain: " + from);
      }
      Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
          java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loading and linting problems together, as `ssd spec lint` shows them. */
  public static List<SpecProblem> problems(Path spec) {
    LoadResult loaded = SpecLoader.load(spec);
    return SpecLinter.standard().lint(loaded);
  }
}
