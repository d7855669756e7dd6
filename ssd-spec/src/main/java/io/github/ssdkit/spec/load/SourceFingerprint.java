package io.github.ssdkit.spec.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The size and CRC-32 of each spec file a load reads, in order: how a precompiled spec knows that the
 * YAML beside it is the YAML it was made from. A file that is absent counts as such.
 *
 * <p>Cheap where it matters: when the manifest comes from a jar, the sizes and CRCs are the ones the
 * jar's directory already records, so no file is inflated; elsewhere (a folder of classes, another
 * kind of loader) each file is read and its CRC computed. A table that an earlier jar on the class
 * path shadows would go unnoticed by the first way; the manifest itself is taken from where the loader
 * finds it, and the precompiled file must come from the same jar.
 */
final class SourceFingerprint {

  private static final long ABSENT = -1;

  private final long[] sizesAndCrcs;

  private SourceFingerprint(long[] sizesAndCrcs) {
    this.sizesAndCrcs = sizesAndCrcs;
  }

  /**
   * Reads the fingerprint of {@code paths} under {@code prefix} of a class loader.
   *
   * @param paths the spec files, relative to the prefix, in the order the loader reads them
   * @param loader where they are
   * @param prefix their folder
   * @return their fingerprint
   * @throws IOException when a file exists but cannot be read
   */
  static SourceFingerprint of(List<String> paths, ClassLoader loader, String prefix) throws IOException {
    long[] values = new long[paths.size() * 2];
    Path jar = jarOf(loader.getResource(prefix + "/" + SpecSource.MANIFEST));
    if (jar != null) {
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        for (int i = 0; i < paths.size(); i++) {
          ZipEntry entry = zip.getEntry(prefix + "/" + paths.get(i));
          values[2 * i] = entry == null ? ABSENT : entry.getSize();
          values[2 * i + 1] = entry == null ? ABSENT : entry.getCrc();
        }
      }
      return new SourceFingerprint(values);
    }
    CRC32 crc = new CRC32();
    for (int i = 0; i < paths.size(); i++) {
      try (InputStream in = loader.getResourceAsStream(prefix + "/" + paths.get(i))) {
        if (in == null) {
          values[2 * i] = ABSENT;
          values[2 * i + 1] = ABSENT;
          continue;
        }
        byte[] content = in.readAllBytes();
        crc.reset();
        crc.update(content);
        values[2 * i] = content.length;
        values[2 * i + 1] = crc.getValue();
      }
    }
    return new SourceFingerprint(values);
  }

  /**
   * The jar file a resource is in, or null when it is not in a local jar.
   *
   * @param resource the resource's URL, or null
   * @return the jar's path, or null
   */
  static Path jarOf(URL resource) throws IOException {
    if (resource == null || !"jar".equals(resource.getProtocol())) {
      return null;
    }
    URL jar = ((JarURLConnection) resource.openConnection()).getJarFileURL();
    if (!"file".equals(jar.getProtocol())) {
      return null;
    }
    try {
      return Path.of(jar.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** {@return the values, two per file: size and CRC-32, or -1 for both when absent} */
  long[] values() {
    return sizesAndCrcs.clone();
  }

  /**
   * A fingerprint as stored.
   *
   * @param values two per file, as {@link #values()} gives them
   * @return the fingerprint
   */
  static SourceFingerprint of(long[] values) {
    return new SourceFingerprint(values.clone());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceFingerprint that && Arrays.equals(sizesAndCrcs, that.sizesAndCrcs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sizesAndCrcs);
  }
}
