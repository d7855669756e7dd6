package io.github.ssdkit.cli.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javas the launcher tests run: the one running the build, and a Java 25 or later for the
 * ahead-of-time cache, which is that one when it is recent enough, else SSD_TEST_JAVA25_HOME.
 */
final class JavaHomes {

  static final String JAVA25_VARIABLE = "SSD_TEST_JAVA25_HOME";
  private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private JavaHomes() {}

  static Path current() {
    return Path.of(System.getProperty("java.home"));
  }

  /** A Java 25 or later, when this machine has one the tests know of. */
  static Optional<Path> java25() {
    if (feature(current()) >= 25) {
      return Optional.of(current());
    }
    return Optional.ofNullable(System.getenv(JAVA25_VARIABLE)).map(Path::of).filter(home -> feature(home) >= 25);
  }

  /** The feature version in the home's release file, as the launchers read it; 0 without one. */
  static int feature(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return 0;
    }
    try {
      Matcher matcher = VERSION.matcher(Files.readString(release));
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
