import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds and checks the bundle the Maven Central Publisher Portal takes: one zip holding every
 * published artifact in repository layout (io/github/ssdkit/ARTIFACT/VERSION/...), each file with
 * its .md5 and .sha1 and, when signed, its .asc.
 *
 * <pre>
 *   java release/CentralBundle.java bundle ROOT VERSION TIMESTAMP OUT.zip [--signed]
 *   java release/CentralBundle.java check BUNDLE.zip VERSION [--signed]
 * </pre>
 *
 * The release profile runs "bundle" in ssd-dist, the last module of the reactor, so every other
 * module's jars (and signatures) exist. Entries are written in name order with the build's
 * timestamp, so the same jars give the same bundle bytes. "check" is what .ci/run uses.
 */
public final class CentralBundle {

  static final String GROUP_PATH = "io/github/ssdkit";

  /** A published module: its folder (empty for the root), and its files besides the POM. */
  record Module(String artifact, String folder, List<String> suffixes) {}

  static final List<String> JAR = List.of(".jar", "-sources.jar", "-javadoc.jar");

  static final List<Module> MODULES = List.of(
      new Module("ssd-parent", "", List.of()),
      new Module("ssd-bom", "ssd-bom", List.of()),
      new Module("ssd-spec", "ssd-spec", JAR),
      new Module("ssd-codegen", "ssd-codegen", JAR),
      new Module("ssd-model", "ssd-model", JAR),
      new Module("ssd-validate", "ssd-validate", JAR),
      new Module("ssd-rules", "ssd-rules", JAR),
      new Module("ssd-sample", "ssd-sample", JAR),
      new Module("ssd-cli", "ssd-cli", List.of(".jar", "-sources.jar", "-javadoc.jar", "-all.jar")),
      new Module("ssd-maven-plugin", "ssd-maven-plugin", JAR),
      new Module("ssd-dist", "ssd-dist", List.of("-bin.zip", "-bin.tar.gz")));

  public static void main(String[] args) throws Exception {
    if (args.length >= 5 && args[0].equals("bundle")) {
      bundle(Path.of(args[1]), args[2], args[3], Path.of(args[4]), args.length > 5 && args[5].equals("--signed"));
    } else if (args.length >= 3 && args[0].equals("check")) {
      List<String> problems = check(Path.of(args[1]), args[2], args.length > 3 && args[3].equals("--signed"));
      problems.forEach(p -> System.err.println("central bundle: " + p));
      if (!problems.isEmpty()) {
        System.exit(1);
      }
      System.out.println("central bundle: " + args[1] + " holds every published artifact of " + args[2]);
    } else {
      System.err.println("usage: CentralBundle bundle ROOT VERSION TIMESTAMP OUT.zip [--signed]"
          + " | check BUNDLE.zip VERSION [--signed]");
      System.exit(2);
    }
  }

  /** Where each file of a module is built, by its name in the bundle. */
  static Map<String, Path> sources(Path root, Module m, String version) {
    Map<String, Path> files = new TreeMap<>();
    Path dir = m.folder().isEmpty() ? root : root.resolve(m.folder());
    String base = m.artifact() + "-" + version;
    files.put(base + ".pom", dir.resolve("pom.xml"));
    for (String suffix : m.suffixes()) {
      Path built = dir.resolve("target").resolve(base + suffix);
      if (m.artifact().equals("ssd-cli") && suffix.equals("-all.jar")) {
        built = dir.resolve("target/ssd.jar");
      } else if (m.artifact().equals("ssd-dist")) {
        built = dir.resolve("target/ssd-" + version + suffix);
      }
      files.put(base + suffix, built);
    }
    return files;
  }

  static void bundle(Path root, String version, String timestamp, Path out, boolean signed) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(OffsetDateTime.parse(timestamp).toInstant(), ZoneOffset.UTC);
    Map<String, byte[]> entries = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (Module m : MODULES) {
      String folder = GROUP_PATH + "/" + m.artifact() + "/" + version + "/";
      for (Map.Entry<String, Path> f : sources(root, m, version).entrySet()) {
        if (!Files.isRegularFile(f.getValue())) {
          missing.add(f.getValue().toString());
          continue;
        }
        byte[] bytes = Files.readAllBytes(f.getValue());
        entries.put(folder + f.getKey(), bytes);
        entries.put(folder + f.getKey() + ".md5", hex("MD5", bytes));
        entries.put(folder + f.getKey() + ".sha1", hex("SHA-1", bytes));
        if (signed) {
          Path asc = signature(f.getValue(), m, f.getKey(), root);
          if (Files.isRegularFile(asc)) {
            entries.put(folder + f.getKey() + ".asc", Files.readAllBytes(asc));
          } else {
            missing.add(asc.toString());
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("cannot make the Central bundle; these files were not built: "
          + String.join(", ", missing) + " (build with -Prelease, which makes the sources and Javadoc jars"
          + (signed ? " and signs them; -Dgpg.skip builds an unsigned bundle)" : ")"));
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.setLevel(9);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    System.out.println("central bundle: " + out + " (" + entries.size() + " files" + (signed ? ", signed" : ", unsigned")
        + ")");
  }

  /** gpg:sign writes the POM's signature as target/ARTIFACT-VERSION.pom.asc, the others beside their file. */
  static Path signature(Path built, Module m, String name, Path root) {
    if (name.endsWith(".pom")) {
      return (m.folder().isEmpty() ? root : root.resolve(m.folder())).resolve("target").resolve(name + ".asc");
    }
    return built.resolveSibling(built.getFileName() + ".asc");
  }

  /** Every problem with a bundle: missing files, wrong checksums, jars without a licence, foreign entries. */
  static List<String> check(Path bundle, String version, boolean signed) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(bundle.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (Module m : MODULES) {
      String folder = GROUP_PATH + "/" + m.artifact() + "/" + version + "/";
      for (String name : sources(Path.of("."), m, version).keySet()) {
        String path = folder + name;
        expected.add(path);
        expected.add(path + ".md5");
        expected.add(path + ".sha1");
        if (signed) {
          expected.add(path + ".asc");
        }
        byte[] bytes = entries.get(path);
        if (bytes == null) {
          problems.add("missing " + path);
          continue;
        }
        if (!java.util.Arrays.equals(hex("MD5", bytes), entries.get(path + ".md5"))
            || !java.util.Arrays.equals(hex("SHA-1", bytes), entries.get(path + ".sha1"))) {
          problems.add("wrong or missing checksum for " + path);
        }
        if (name.endsWith(".jar") && !name.endsWith("-javadoc.jar") && !hasEntry(bytes, "META-INF/LICENSE")) {
          problems.add(path + " has no META-INF/LICENSE");
        }
        if (name.endsWith(".pom") && !new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
            .contains("<artifactId>" + m.artifact() + "</artifactId>")) {
          problems.add(path + " is not the POM of " + m.artifact());
        }
      }
    }
    for (String name : entries.keySet()) {
      if (!expected.contains(name)) {
        problems.add("unexpected entry " + name);
      }
    }
    return problems;
  }

  static boolean hasEntry(byte[] jar, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  static byte[] hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes))
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
