package io.github.ssdkit.spec.release;

import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.load.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The released spec versions this jar carries, each as the YAML tree it was released with (under
 * {@code ssd-releases/VERSION/} on the classpath, listed in {@code ssd-releases/releases.txt}).
 * They are the baseline of the version gate and let an extract of an earlier version be validated
 * by that version's rules. The list is kept in {@code ssd-spec/src/main/releases}.
 */
public final class ReleasedSpecs {

  /** The classpath folder of the released specs. */
  public static final String PREFIX = "ssd-releases";
  /** The list of released versions inside {@link #PREFIX}, one a line, oldest first. */
  public static final String INDEX = "releases.txt";

  private ReleasedSpecs() {}

  /**
   * The released versions carried, oldest first.
   *
   * @return the versions
   */
  public static List<String> versions() {
    try (InputStream in = ReleasedSpecs.class.getClassLoader().getResourceAsStream(PREFIX + "/" + INDEX)) {
      return in == null ? List.of() : parseIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The versions of an index file's text: one a line, {@code #} starts a comment.
   *
   * @param text the index file
   * @return the versions, in file order
   */
  public static List<String> parseIndex(String text) {
    return text.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
  }

  /**
   * A released spec by version, or empty when this jar does not carry it.
   *
   * @param version a version such as {@code 1.0.0}
   * @return what loading it gave, or empty
   */
  public static Optional<LoadResult> load(String version) {
    if (!versions().contains(version)) {
      return Optional.empty();
    }
    return Optional.of(SpecLoader.load(SpecSource.classpath(ReleasedSpecs.class.getClassLoader(), PREFIX + "/" + version)));
  }

  /**
   * The release a spec of {@code version} is checked against: the newest listed release no later
   * than it (the same version when it is the release itself), or empty when there is none.
    *
    * @param version the version of the spec being checked
    * @param released the released versions
    * @return the baseline version, or empty
   */
  public static Optional<String> baselineFor(String version, List<String> released) {
    Optional<SemVer> current = SemVer.parse(version);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return released.stream()
        .filter(r -> SemVer.parse(r).filter(v -> v.compareTo(current.get()) <= 0).isPresent())
        .max((x, y) -> SemVer.parse(x).orElseThrow().compareTo(SemVer.parse(y).orElseThrow()));
  }
}
