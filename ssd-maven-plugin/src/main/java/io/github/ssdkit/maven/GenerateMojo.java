package io.github.ssdkit.maven;

import io.github.ssdkit.codegen.ModelGeneration;
import io.github.ssdkit.codegen.java.JavaPackages;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code ssd:generate}: the model of the spec, with the project's overlays merged, for the project's own package: Java records with
 * builders, code set enums, JSON column records and table metadata (a source root, compiled with
 * the project), and JSON Schema, Avro and SQL DDL as resources under
 * {@code <package as path>/schema/}. The same generators as ssd-model, so the output is the same
 * byte for byte for the same spec; only the package differs.
 *
 * <p>Incremental: when the spec, the parameters and the generator jars are those of the last run
 * and every file that run wrote is still there, nothing is loaded or written. Otherwise unchanged
 * files keep their timestamps (so the compiler has nothing to redo) and files no longer generated
 * are deleted. The generated code needs {@code ssd-model} (its runtime package) and Jackson's
 * annotations on the compile classpath: depend on {@code io.github.ssdkit:ssd-model}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends SpecMojo {

  /** The base package of the generated classes, such as {@code com.example.ssd}; tables go to {@code .table}, enums to {@code .code}. */
  @Parameter(property = "ssd.packageName", required = true)
  String packageName;

  /**
   * What to generate, by generator id: {@code java}, {@code json-schema}, {@code avro}, {@code sql}
   * by default; also {@code datapackage}, {@code spec-json}, {@code typescript}, {@code python}.
   */
  @Parameter
  List<String> kinds;

  /** The Java source root the classes are written to, owned by this goal (other files there are deleted). */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/ssd", required = true)
  File outputDirectory;

  /** The resource root the schemas are written to, owned by this goal (other files there are deleted). */
  @Parameter(defaultValue = "${project.build.directory}/generated-resources/ssd", required = true)
  File resourceOutputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Creates the goal; Maven sets the fields. */
  public GenerateMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ssd:generate skipped (ssd.skip)");
      return;
    }
    ModelGeneration generation;
    try {
      generation = new ModelGeneration(new JavaPackages(packageName.strip()),
          kinds == null || kinds.isEmpty() ? ModelGeneration.PLUGIN_KINDS : new LinkedHashSet<>(kinds.stream().map(String::strip).toList()));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("ssd:generate: " + e.getMessage());
    }
    SpecInput input = input();
    if (input.unusable().isPresent()) {
      throw new MojoFailureException(input.unusable().get());
    }
    Path sources = outputDirectory.toPath().toAbsolutePath().normalize();
    Path resources = resourceOutputDirectory.toPath().toAbsolutePath().normalize();
    if (sources.startsWith(resources) || resources.startsWith(sources)) {
      // each folder is emptied of what generation did not write: one inside the other would lose files
      throw new MojoFailureException("ssd:generate: outputDirectory " + sources + " and resourceOutputDirectory " + resources
          + " must be separate folders, neither inside the other");
    }
    Path stamp = Path.of(project.getBuild().getDirectory(), "ssd-maven-plugin", "generate.stamp");
    try {
      String fingerprint = fingerprint(generation, input);
      if (upToDate(stamp, fingerprint, sources, resources)) {
        getLog().info("SSD model up to date in " + sources + " (inputs unchanged)");
      } else {
        generate(generation, input, sources, resources, stamp, fingerprint);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("ssd:generate: cannot write the generated files: " + e.getMessage(), e);
    }
    if (generation.kinds().contains("java")) {
      project.addCompileSourceRoot(sources.toString());
    }
    if (project.getResources().stream().noneMatch(r -> resources.toString().equals(r.getDirectory()))) {
      Resource resource = new Resource();
      resource.setDirectory(resources.toString());
      project.addResource(resource);
    }
  }

  private void generate(ModelGeneration generation, SpecInput input, Path sources, Path resources, Path stamp,
      String fingerprint) throws IOException, MojoFailureException {
    LoadResult loaded = input.load(false);
    if (loaded.hasErrors()) {
      long errors = MavenMessages.log(loaded.problems().stream().filter(SpecProblem::isError).toList(), input, getLog());
      throw new MojoFailureException("ssd:generate: " + input.describe() + " has " + errors
          + " error(s), listed above; nothing was generated");
    }
    Spec spec = loaded.spec();
    ModelGeneration.Output out = generation.generate(spec);
    int changed = out.replaceAll(sources, resources);
    List<String> written = new ArrayList<>();
    out.sources().forEach(f -> written.add(sources.resolve(f.path()).toString()));
    out.resources().forEach(f -> written.add(resources.resolve(f.path()).toString()));
    Files.createDirectories(stamp.getParent());
    Files.write(stamp, Stream.concat(Stream.of(fingerprint), written.stream()).toList(), StandardCharsets.UTF_8);
    getLog().info("SSD spec " + spec.version() + " (" + input.describe() + "): " + out.sources().size() + " Java sources in "
        + generation.packages().base() + ", " + out.resources().size() + " resources (" + String.join(", ", generation.orderedKinds())
        + "); " + changed + " written or deleted, the rest unchanged");
  }

  /** True when the last run had the same fingerprint and all the files it wrote are still there. */
  private static boolean upToDate(Path stamp, String fingerprint, Path sources, Path resources) throws IOException {
    if (!Files.isRegularFile(stamp)) {
      return false;
    }
    List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(fingerprint)) {
      return false;
    }
    List<String> written = lines.subList(1, lines.size());
    return written.stream().allMatch(f -> Files.isRegularFile(Path.of(f)))
        && count(sources) + count(resources) == written.size();
  }

  private static long count(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  private String fingerprint(ModelGeneration generation, SpecInput input) throws IOException {
    Fingerprint f = new Fingerprint()
        .add("package", generation.packages().base())
        .add("kinds", String.join(",", generation.orderedKinds()))
        .add("sources", outputDirectory.getAbsolutePath())
        .add("resources", resourceOutputDirectory.getAbsolutePath())
        .addCodeOf(SpecLoader.class)
        .addCodeOf(ModelGeneration.class);
    input.addTo(f);
    return f.hex();
  }
}
