package io.github.ssdkit.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over everything a goal's output depends on: parameters, input files and directories,
 * and the code that does the work (the jars of the spec loader and the generators, so a new
 * SNAPSHOT of them counts as a change). Two builds with equal fingerprints would write the same
 * files, which is what lets {@code ssd:generate} skip work safely.
 */
final class Fingerprint {

  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Adds a named value, such as a parameter. */
  Fingerprint add(String name, String value) {
    text(name);
    text(value == null ? "\u0000null" : value);
    return this;
  }

  /** Adds a file's bytes, or every file under a directory (paths and bytes, in name order); nothing for a missing path. */
  Fingerprint addPath(String name, Path path) throws IOException {
    text(name);
    if (Files.isRegularFile(path)) {
      bytes(path);
    } else if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> all = Files.walk(path)) {
        files = all.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        text(path.relativize(f).toString().replace('\\', '/'));
        bytes(f);
      }
    } else {
      text("\u0000missing");
    }
    return this;
  }

  /** Adds the jar (or classes directory) a class was loaded from. */
  Fingerprint addCodeOf(Class<?> type) throws IOException {
    try {
      return addPath(type.getName(), Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | RuntimeException e) {
      // no usable location (an unusual class loader): the class name alone, so nothing is skipped wrongly
      return add(type.getName(), "unknown location " + System.nanoTime());
    }
  }

  /** The hexadecimal SHA-256 of everything added. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(b);
  }

  private void bytes(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65536];
      digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.US_ASCII));
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
  }
}
