package io.github.ssdkit.cli;

import io.github.ssdkit.rules.run.StatutoryRuleSet;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.release.ReleasedSpecs;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.HtmlReportWriter;
import io.github.ssdkit.validate.report.ReportWriter;
import io.github.ssdkit.validate.report.TextReportWriter;
import io.github.ssdkit.validate.source.DirectorySource;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.jdbc.JdbcSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ssd validate}: checks an extract and reports every problem found. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validate an SSD extract: a directory of <table>.csv (or .jsonl) files, or the SSD tables "
        + "in a database (--jdbc).%nExit codes: 0 valid, 1 errors found, 2 unusable input or usage.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The extract directory.")
  Path directory;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json, csv, html or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path output;

  @Option(names = "--max-issues", defaultValue = "1000", paramLabel = "N", description = "Issues listed per table and rule; counts stay complete (default: ${DEFAULT-VALUE}).")
  int maxIssues;

  @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Validate only these tables (comma separated).")
  List<String> tables;

  @Option(names = "--date-format", paramLabel = "PATTERN", description = "Also accept dates in this pattern, such as dd/MM/yyyy (repeatable).")
  List<String> dateFormats;

  @Option(names = "--progress", negatable = true, description = "Show progress (tables done, rows per second) on standard error; "
      + "on by default when the command runs in a terminal.")
  Boolean progress;

  @Option(names = "--jsonl", description = "Read <table>.jsonl files (JSON Lines) instead of CSV.")
  boolean jsonLines;

  @Option(names = "--jdbc", paramLabel = "URL", description = "Read the SSD tables from this database instead of a directory.")
  String jdbcUrl;

  @Option(names = "--user", paramLabel = "USER", description = "Database user, with --jdbc.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR", description = "Environment variable holding the database password, with --jdbc.")
  String passwordEnv;

  @Option(names = "--schema", paramLabel = "SCHEMA", description = "Database schema of the SSD tables, with --jdbc.")
  String schema;

  @Option(names = "--table-prefix", defaultValue = "", paramLabel = "PREFIX", description = "Text before each table name in the database, with --jdbc; the SSD's own names already start with ssd_.")
  String tablePrefix;

  @Option(names = "--rules", split = ",", paramLabel = "PACK", description = "Also run these statutory rule packs "
      + "after the tables, such as cin-2025-26,ssda903-2025-26 (comma separated; 'ssd rules list' shows them).")
  List<String> rulePacks;

  @Option(names = "--period", paramLabel = "START..END", description = "The collection period the rule packs check "
      + "against, such as 2025-04-01..2026-03-31 (default: 1 April to 31 March of each pack's year).")
  String period;

  @Option(names = "--previous", paramLabel = "PREVDIR", description = "Last year's extract (a directory read like DIR), "
      + "for the rules that compare with last year; without it those rules do not run and the report says so.")
  Path previous;

  @picocli.CommandLine.Mixin
  SpecOption specOption;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() throws IOException {
    return run(command.commandLine().getOut(), command.commandLine().getErr());
  }

  /**
   * Validates as the options say, writing the report to {@code out} (unless {@code --output}) and
   * messages to {@code err}; the way in both for picocli and for {@link PlainValidateArguments}.
   */
  int run(PrintWriter out, PrintWriter err) throws IOException {
    ReportWriter writer = ReportWriter.forFormat(format).orElse(null);
    if (writer == null) {
      err.println("ssd: unknown --format '" + format + "'; expected " + ReportWriter.FORMATS);
      return SsdCommand.UNUSABLE;
    }
    if (writer instanceof TextReportWriter) {
      writer = new TextReportWriter(Math.min(maxIssues, 50));
    }
    if ((directory == null) == (jdbcUrl == null)) {
      err.println("ssd: give either an extract directory or --jdbc URL");
      return SsdCommand.UNUSABLE;
    }
    if (directory != null && (user != null || passwordEnv != null || schema != null || !tablePrefix.isEmpty())) {
      err.println("ssd: --user, --password-env, --schema and --table-prefix go with --jdbc, not with a directory");
      return SsdCommand.UNUSABLE;
    }
    if (jdbcUrl != null && jsonLines) {
      err.println("ssd: --jsonl reads a directory of .jsonl files; it does not go with --jdbc");
      return SsdCommand.UNUSABLE;
    }
    if (maxIssues < 0) {
      err.println("ssd: --max-issues must not be negative");
      return SsdCommand.UNUSABLE;
    }
    Optional<String> badOutput = ReportTarget.problem(output, directory);
    if (badOutput.isPresent()) {
      err.println("ssd: " + badOutput.get());
      return SsdCommand.UNUSABLE;
    }
    Spec spec = specOption.load();
    if (writer instanceof HtmlReportWriter) {
      writer = HtmlReportWriter.explainingChecksOf(spec);
    }
    ExtractSource source = directory != null
        ? (jsonLines ? DirectorySource.jsonLines(directory) : DirectorySource.csv(directory))
        : jdbcSource(err);
    if (source == null) {
      return SsdCommand.UNUSABLE;
    }
    Set<String> only = tables == null ? Set.of() : new LinkedHashSet<>(tables.stream().map(String::strip).toList());
    ValidationOptions options;
    try {
      options = ValidationOptions.defaults().withMaxIssuesPerRule(maxIssues).withTables(only)
          .withExtraDatePatterns(dateFormats == null ? List.of() : dateFormats);
    } catch (IllegalArgumentException e) {
      err.println("ssd: --date-format " + e.getMessage());
      return SsdCommand.UNUSABLE;
    }
    Optional<List<StatutoryRuleSet>> packs = RulePackChoice.parse(rulePacks, period, err);
    if (packs.isEmpty()) {
      return SsdCommand.UNUSABLE;
    }
    if (previous != null) {
      if (packs.get().isEmpty()) {
        err.println("ssd: --previous goes with --rules");
        return SsdCommand.UNUSABLE;
      }
      ExtractSource lastYear = jsonLines ? DirectorySource.jsonLines(previous) : DirectorySource.csv(previous);
      Optional<String> bad = lastYear.unusable(spec);
      if (bad.isPresent()) {
        err.println("ssd: --previous " + bad.get());
        return SsdCommand.UNUSABLE;
      }
      packs = Optional.of(packs.get().stream().map(p -> p.withPrevious(lastYear)).toList());
    }
    options = options.withRules(packs.get());
    Validator validator = Validator.of(spec).withOptions(options);
    // Java 17 cannot ask whether standard error alone is a terminal; a console means an interactive run
    if (progress != null ? progress : System.console() != null) {
      validator = validator.withProgress(line -> err.println("ssd: " + line));
    }
    ValidationResult result;
    try {
      result = validator.validate(source);
    } finally {
      if (source instanceof JdbcSource db) {
        // rolls back and closes the connection before the report is written
        db.close();
      }
    }
    if (!result.isUsable()) {
      err.println("ssd: " + result.unusable());
      return SsdCommand.UNUSABLE;
    }
    versionNote(source, spec).ifPresent(err::println);
    try {
      if (!write(writer, result, out)) {
        err.println("ssd: the report could not be written to standard output (a full disk or a closed pipe?)");
        return SsdCommand.UNUSABLE;
      }
    } catch (IOException e) {
      err.println("ssd: cannot write the report to " + output + ": " + ReportTarget.reason(e));
      return SsdCommand.UNUSABLE;
    }
    return result.report().valid() ? SsdCommand.OK : SsdCommand.FOUND_PROBLEMS;
  }

  /**
   * A one-line note on standard error when the extract's {@code ssd-extract.json} declares another
   * spec version than the one it was judged against, naming the {@code --spec-version} that judges
   * it by its own rules. The report already carries the mismatch (an error across major versions, a
   * warning within one), so the exit code follows the report and the note adds only the remedy.
   */
  static Optional<String> versionNote(ExtractSource source, Spec spec) throws IOException {
    Optional<String> declared = source.declaredSpecVersion();
    if (declared.isEmpty() || declared.get().equals(spec.version())) {
      return Optional.empty();
    }
    String theirs = declared.get();
    String how = ReleasedSpecs.versions().contains(theirs)
        ? "validate it by its own rules with --spec-version " + theirs
        : "validate it by its own rules with --spec-version " + theirs + " (this ssd carries "
            + String.join(", ", ReleasedSpecs.versions()) + "; others are read from the local Maven repository)";
    return Optional.of("ssd: note: " + DirectorySource.EXTRACT_MANIFEST + " declares spec version " + theirs
        + " but the extract was validated against " + spec.version() + "; " + how);
  }

  private ExtractSource jdbcSource(PrintWriter err) {
    String password = null;
    if (passwordEnv != null) {
      password = System.getenv(passwordEnv);
      if (password == null) {
        err.println("ssd: environment variable " + passwordEnv + " is not set");
        return null;
      }
      // an empty variable is almost always a forgotten export, not an empty password
      if (password.isEmpty()) {
        err.println("ssd: environment variable " + passwordEnv + " is empty");
        return null;
      }
    }
    return new JdbcSource(jdbcUrl, user, password, schema, tablePrefix);
  }

  /**
   * Writes the report; false when standard output failed (its writer keeps errors to itself). A
   * regular file is written to a temporary file beside it first, so a failed run never leaves half
   * a report; anything else (a pipe, a device, a link) is written in place and never replaced.
   */
  private boolean write(ReportWriter writer, ValidationResult result, PrintWriter standardOut) throws IOException {
    if (output == null) {
      // through picocli's writer, so callers embedding the command see the report too
      java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
      writer.write(result.report(), buffer);
      standardOut.print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
      return !standardOut.checkError(); // flushes, then asks the writer and the stream under it
    }
    Path target = output.toAbsolutePath();
    if (ReportTarget.writtenInPlace(target)) {
      try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.WRITE,
          java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
        writer.write(result.report(), out);
      }
      return true;
    }
    // not Files.createTempFile, whose owner-only permissions the moved report would keep
    Path temp = target.resolveSibling(".ssd-report-" + java.util.UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
          java.nio.file.StandardOpenOption.WRITE)) {
        writer.write(result.report(), out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }
}
