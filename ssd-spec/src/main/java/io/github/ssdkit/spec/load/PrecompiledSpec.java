package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The bundled spec's load result in a compact binary form, written by the build beside the YAML
 * ({@code ssd/spec.bin}) and read at start-up instead of parsing every YAML file.
 *
 * <p>Guarantee: it is used only when it matches the YAML beside it: it carries the {@link
 * SourceFingerprint} (size and CRC-32) of every file the loader reads, the manifest and each listed
 * table and code set, and reading recomputes that fingerprint from the resources actually present;
 * a CRC-32 of the file itself catches a damaged copy. A missing, stale or damaged file gives empty,
 * never an error, and the caller parses the YAML as before. The model goes through {@link
 * ModelCodec}, so a new field of a model record needs no edit here.
 */
final class PrecompiledSpec {

  /** The resource name, under the spec's prefix. */
  static final String FILE = "spec.bin";

  private static final byte[] MAGIC = "SSDSPEC".getBytes(StandardCharsets.US_ASCII);
  /** Bumped whenever the layout below changes; an older file is then stale. */
  private static final int FORMAT = 2;
  private static final int CHECKSUM_BYTES = Long.BYTES;

  private PrecompiledSpec() {}

  /**
   * The load result stored under {@code prefix}, when there is one and it matches the YAML there.
   *
   * @param loader where the resources are
   * @param prefix the folder holding the manifest and {@link #FILE}
   * @return the stored result, or empty when absent, stale or unreadable
   */
  static Optional<LoadResult> read(ClassLoader loader, String prefix) {
    try (InputStream stored = loader.getResourceAsStream(prefix + "/" + FILE)) {
      if (stored == null) {
        return Optional.empty();
      }
      return Optional.of(decode(stored.readAllBytes(), loader, prefix));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The bytes of {@link #FILE} for a result loaded from {@code prefix} of {@code loader}.
   *
   * @param result what loading the YAML gave
   * @param loader where that YAML is, to fingerprint it
   * @param prefix the folder holding the manifest
   * @return the bytes to store
   * @throws IOException when the YAML cannot be read or the model holds a type the codec does not know
   */
  static byte[] encode(LoadResult result, ClassLoader loader, String prefix) throws IOException {
    Spec spec = result.spec();
    if (spec == null) {
      throw new IOException("the spec's manifest could not be read, so there is nothing to precompile");
    }
    List<String> paths = sourcePaths(spec.manifest());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write(MAGIC);
    out.writeInt(FORMAT);
    out.writeInt(paths.size());
    for (long value : SourceFingerprint.of(paths, loader, prefix).values()) {
      out.writeLong(value);
    }
    ModelCodec.Writer model = new ModelCodec.Writer(out);
    model.write(spec.manifest());
    model.write(spec.tables());
    model.write(spec.codeSets());
    model.write(spec.incompleteTables());
    model.write(spec.unreadableColumns());
    model.write(result.problems());
    out.writeLong(checksum(bytes.toByteArray(), bytes.size()));
    out.flush();
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static LoadResult decode(byte[] stored, ClassLoader loader, String prefix) throws IOException {
    int body = stored.length - CHECKSUM_BYTES;
    if (body < MAGIC.length || ByteBuffer.wrap(stored, body, CHECKSUM_BYTES).getLong() != checksum(stored, body)) {
      throw new IOException("damaged: its own checksum does not match");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored, 0, body));
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT) {
      throw new IOException("not a precompiled spec of this format");
    }
    int count = in.readInt();
    if (count < 1 || count > body) {
      throw new IOException("bad file count " + count);
    }
    long[] fingerprint = new long[2 * count];
    for (int i = 0; i < fingerprint.length; i++) {
      fingerprint[i] = in.readLong();
    }
    ModelCodec.Reader model = new ModelCodec.Reader(in);
    SpecManifest manifest = (SpecManifest) model.read();
    List<String> paths = sourcePaths(manifest);
    if (paths.size() != count || !SourceFingerprint.of(fingerprint).equals(SourceFingerprint.of(paths, loader, prefix))) {
      throw new IOException("stale: the YAML changed since it was precompiled");
    }
    List<Table> tables = (List<Table>) model.read();
    List<CodeSet> codeSets = (List<CodeSet>) model.read();
    Set<String> incomplete = (Set<String>) model.read();
    Set<String> unreadable = (Set<String>) model.read();
    List<SpecProblem> problems = (List<SpecProblem>) model.read();
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    return new LoadResult(new Spec(manifest, tables, codeSets, incomplete, unreadable), problems);
  }

  /** The files the loader reads for this manifest, in the order it reads them. */
  private static List<String> sourcePaths(SpecManifest manifest) {
    List<String> paths = new ArrayList<>();
    paths.add(SpecSource.MANIFEST);
    manifest.tables().forEach(t -> paths.add(SpecLoader.TABLES + "/" + t + ".yaml"));
    manifest.codeSets().forEach(c -> paths.add(SpecLoader.CODE_SETS + "/" + c + ".yaml"));
    return paths;
  }

  private static long checksum(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
