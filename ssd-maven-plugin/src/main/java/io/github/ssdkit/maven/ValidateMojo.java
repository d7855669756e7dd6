package io.github.ssdkit.maven;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.HtmlReportWriter;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ReportWriter;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code ssd:validate}: validates an extract directory ({@code <table>.csv} or {@code .jsonl}
 * files) against the spec, with the project's overlays merged, with the same engine as {@code ssd validate}, writes the reports to
 * {@code target/ssd-validation/}, and fails the build when the extract has more errors than
 * {@code maxErrors} (0 by default: any error fails). Bound to {@code integration-test}, where a
 * project's test extracts (or the output of its own exporter) exist.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class ValidateMojo extends SpecMojo {

  /** The extract directory: one {@code <table>.csv} (or {@code .jsonl}) file per table; absent tables read as empty. */
  @Parameter(property = "ssd.extractDirectory", required = true)
  File extractDirectory;

  /** Where the reports go: {@code report.txt}, {@code report.html}... one per format. */
  @Parameter(property = "ssd.reportDirectory", defaultValue = "${project.build.directory}/ssd-validation", required = true)
  File reportDirectory;

  /** The report formats: {@code text}, {@code json}, {@code csv}, {@code html}, {@code markdown}; text and html by default. */
  @Parameter
  List<String> reportFormats;

  /** The build fails when the extract has more errors than this; -1 never fails on errors. */
  @Parameter(property = "ssd.maxErrors", defaultValue = "0")
  long maxErrors;

  /** The build fails when the extract has more warnings than this; -1 (the default) never fails on warnings. */
  @Parameter(property = "ssd.maxWarnings", defaultValue = "-1")
  long maxWarnings;

  /** Issues listed per table and rule in the reports; the counts stay complete. */
  @Parameter(property = "ssd.maxIssuesPerRule", defaultValue = "1000")
  int maxIssuesPerRule;

  /** Extra date patterns accepted besides ISO dates, such as {@code dd/MM/yyyy}. */
  @Parameter
  List<String> dateFormats;

  /** How many issues a failing build prints; the reports hold them all. */
  static final int ISSUES_LOGGED = 10;

  /** Creates the goal; Maven sets the fields. */
  public ValidateMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("ssd:validate skipped (ssd.skip)");
      return;
    }
    List<String> formats = reportFormats == null || reportFormats.isEmpty() ? List.of("text", "html") : reportFormats;
    for (String format : formats) {
      if (ReportWriter.forFormat(format.strip()).isEmpty()) {
        throw new MojoFailureException("ssd:validate: unknown report format '" + format + "'; expected " + ReportWriter.FORMATS);
      }
    }
    Path extract = extractDirectory.toPath().toAbsolutePath().normalize();
    if (!Files.isDirectory(extract)) {
      throw new MojoFailureException("ssd:validate: extractDirectory " + extract + " is not a directory;"
          + " expected a folder of <table>.csv or <table>.jsonl files");
    }
    Path reports = reportDirectory.toPath().toAbsolutePath().normalize();
    if (reports.equals(extract)) {
      throw new MojoFailureException("ssd:validate: reportDirectory is the extract directory; write the reports elsewhere");
    }
    Spec spec = load();
    ValidationOptions options;
    try {
      options = ValidationOptions.defaults().withMaxIssuesPerRule(maxIssuesPerRule)
          .withExtraDatePatterns(dateFormats == null ? List.of() : dateFormats);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("ssd:validate: dateFormats " + e.getMessage());
    }
    DirectorySource source = DirectorySource.detect(extract);
    ValidationResult result = Validator.of(spec).withOptions(options).validate(source);
    if (!result.isUsable()) {
      throw new MojoFailureException("ssd:validate: " + result.unusable());
    }
    ValidationReport report = result.report();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(reports);
      for (String format : formats) {
        written.add(write(spec, report, format.strip(), reports));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("ssd:validate: cannot write the report to " + reports + ": " + e.getMessage(), e);
    }
    String summary = String.format(Locale.ROOT, "SSD extract %s (spec %s): %,d rows, %,d error(s), %,d warning(s); report: %s",
        extract, report.specVersion(), report.rows(), report.errors(), report.warnings(), written.get(0));
    if (tooMany(report.errors(), maxErrors) || tooMany(report.warnings(), maxWarnings)) {
      logFirstIssues(report, extract, source.format().extension());
      getLog().error(summary);
      throw new MojoFailureException("ssd:validate: the extract has " + report.errors() + " error(s) (at most " + limit(maxErrors)
          + " allowed) and " + report.warnings() + " warning(s) (at most " + limit(maxWarnings) + " allowed); see " + written.get(0));
    }
    getLog().info(summary);
  }

  /** The first errors (or warnings, when there are none) in the build log, so the cause shows without opening a report. */
  private void logFirstIssues(ValidationReport report, Path extract, String extension) {
    List<Issue> issues = report.issues().stream().filter(Issue::isError).limit(ISSUES_LOGGED).toList();
    if (issues.isEmpty()) {
      issues = report.issues().stream().limit(ISSUES_LOGGED).toList();
    }
    for (Issue i : issues) {
      String where = i.table().isEmpty() ? extract.toString() : extract.resolve(i.table() + extension).toString();
      String line = where + (i.row() > 0 ? " row " + i.row() : "") + (i.field().isEmpty() ? "" : " " + i.field())
          + " [" + i.rule() + "] " + i.message();
      if (i.isError()) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
  }

  private Spec load() throws MojoFailureException {
    SpecInput input = input();
    if (input.unusable().isPresent()) {
      throw new MojoFailureException("ssd:validate: " + input.unusable().get());
    }
    LoadResult loaded = input.load(false);
    if (loaded.hasErrors()) {
      long errors = MavenMessages.log(loaded.problems().stream().filter(SpecProblem::isError).toList(), input, getLog());
      throw new MojoFailureException("ssd:validate: " + input.describe() + " has " + errors + " error(s), listed above");
    }
    return loaded.spec();
  }

  private static boolean tooMany(long count, long max) {
    return max >= 0 && count > max;
  }

  private static String limit(long max) {
    return max < 0 ? "any number" : Long.toString(max);
  }

  /** Writes one report through a temporary file, so a failed write never leaves half a report. */
  private static Path write(Spec spec, ValidationReport report, String format, Path dir) throws IOException {
    ReportWriter writer = ReportWriter.forFormat(format).orElseThrow();
    if (writer instanceof HtmlReportWriter) {
      writer = HtmlReportWriter.explainingChecksOf(spec);
    }
    Path target = dir.resolve("report." + extension(format));
    Path temp = Files.createTempFile(dir, ".report", ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.write(report, out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  private static String extension(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> "txt";
      case "markdown", "md" -> "md";
      default -> format.toLowerCase(Locale.ROOT);
    };
  }
}
