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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled spec's load result in a compact binary form, written by the build beside the YAML
 * ({@code ssd/spec.bin}) and read at start-up instead of parsing every YAML file.
 *
 * <p>Guarantee: it is used only when it matches, byte for byte, the YAML it was made from: it
 * carries the SHA-256 of every file the loader reads (the manifest, then each listed table and code
 * set), and reading recomputes that digest from the resources actually present; a second SHA-256,
 * of the file itself, catches a damaged copy. A missing, stale or corrupt file gives empty, never an error, and the caller parses the YAML as before. The model
 * itself goes through {@link ModelCodec}, so a new field of a model record needs no edit here.
 */
final class PrecompiledSpec {

  /** The resource name, under the spec's prefix. */
  static final String FILE = "spec.bin";

  private static final byte[] MAGIC = "SSDSPEC".getBytes(StandardCharsets.US_ASCII);
  private static final int DIGEST_BYTES = 32;
  /** Bumped whenever the layout below changes; an older file is then stale. */
  private static final int FORMAT = 1;

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
    for (String path : paths) {
      out.writeUTF(path);
    }
    out.write(digest(paths, loader, prefix));
    ModelCodec.Writer model = new ModelCodec.Writer(out);
    model.write(spec.manifest());
    model.write(spec.tables());
    model.write(spec.codeSets());
    model.write(spec.incompleteTables());
    model.write(spec.unreadableColumns());
    model.write(result.problems());
    out.write(sha256().digest(bytes.toByteArray()));
    out.flush();
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static LoadResult decode(byte[] stored, ClassLoader loader, String prefix) throws IOException {
    int body = stored.length - DIGEST_BYTES;
    if (body < MAGIC.length) {
      throw new IOException("too short");
    }
    MessageDigest own = sha256();
    own.update(stored, 0, body);
    if (!MessageDigest.isEqual(own.digest(), Arrays.copyOfRange(stored, body, stored.length))) {
      throw new IOException("corrupt: its own digest does not match");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored, 0, body));
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT) {
      throw new IOException("not a precompiled spec of this format");
    }
    int count = in.readInt();
    if (count < 1 || count > stored.length) {
      throw new IOException("bad file count " + count);
    }
    List<String> paths = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      paths.add(in.readUTF());
    }
    byte[] expected = new byte[DIGEST_BYTES];
    in.readFully(expected);
    if (!MessageDigest.isEqual(expected, digest(paths, loader, prefix))) {
      throw new IOException("stale: the YAML changed since it was precompiled");
    }
    ModelCodec.Reader model = new ModelCodec.Reader(in);
    SpecManifest manifest = (SpecManifest) model.read();
    List<Table> tables = (List<Table>) model.read();
    List<CodeSet> codeSets = (List<CodeSet>) model.read();
    Set<String> incomplete = (Set<String>) model.read();
    Set<String> unreadable = (Set<String>) model.read();
    List<SpecProblem> problems = (List<SpecProblem>) model.read();
    if (in.read() != -1) {
      throw new IOException("trailing bytes");
    }
    if (!paths.equals(sourcePaths(manifest))) {
      throw new IOException("the stored manifest lists other files than were fingerprinted");
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

  /** SHA-256 over each file's path, presence and bytes, so that a file moved or emptied also counts. */
  private static byte[] digest(List<String> paths, ClassLoader loader, String prefix) throws IOException {
    MessageDigest sha = sha256();
    for (String path : paths) {
      sha.update(path.getBytes(StandardCharsets.UTF_8));
      try (InputStream in = loader.getResourceAsStream(prefix + "/" + path)) {
        if (in == null) {
          sha.update((byte) 0);
          continue;
        }
        byte[] content = in.readAllBytes();
        sha.update((byte) 1);
        sha.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) 0);
        sha.update(content);
      }
    }
    return sha.digest();
  }

  private static MessageDigest sha256() throws IOException {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }
}
