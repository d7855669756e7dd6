package io.github.ssdkit.codegen.api;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.java.JavaModelGenerator;
import io.github.ssdkit.spec.Spec;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The generated Java API of a spec as a jar: the sources {@link JavaModelGenerator} writes for it,
 * compiled with the running JDK's compiler. This is how the API of a released spec is rebuilt for
 * comparison when no {@code ssd-model} jar of that release was ever published: the generators are
 * deterministic, so the jar holds the classes that release's {@code ssd-model} had, give or take
 * changes to the generators themselves (which the comparison then reports too, as it should).
 *
 * <p>Needs a JDK (not a bare JRE) and the classpath the generated sources compile against (Jackson
 * annotations, {@code ssd-spec}). The jar's entries are in name order with a fixed time.
 */
public final class ApiJar {

  private ApiJar() {}

  /**
   * Generates, compiles and packs the Java API of {@code spec}.
   *
   * @param spec the spec whose API to build
   * @param workDir a directory for the sources and classes; emptied parts are rewritten
   * @param classpath what the generated sources compile against
   * @param handWritten directories of hand-written sources compiled with the generated ones (ssd-model's
   *     {@code runtime} package, which the generated classes use); none, if they are on the classpath
   * @return the jar, {@code workDir/ssd-model-api-VERSION.jar}
   * @throws IOException when files cannot be written
   * @throws IllegalStateException when no compiler is available or the sources do not compile
   */
  public static Path build(Spec spec, Path workDir, List<Path> classpath, List<Path> handWritten)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home") + "; run with a JDK");
    }
    Path sources = workDir.resolve("src");
    Path classes = workDir.resolve("classes");
    deleteTree(sources);
    deleteTree(classes);
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none", "-nowarn",
        "-encoding", "UTF-8", "-classpath", classpath.stream().map(Path::toString)
            .collect(Collectors.joining(System.getProperty("path.separator")))));
    for (GeneratedFile f : new JavaModelGenerator().generate(spec)) {
      Path file = sources.resolve(f.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.content(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    for (Path dir : handWritten) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
      }
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, null, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException("the generated API of spec " + spec.version() + " does not compile: "
          + errors.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("javac exit " + status));
    }
    Path jar = workDir.resolve("ssd-model-api-" + spec.version() + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        JarEntry entry = new JarEntry(classes.relativize(f).toString().replace('\\', '/'));
        entry.setLastModifiedTime(FileTime.fromMillis(0));
        out.putNextEntry(entry);
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
