package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the options of {@code ssd validate}: one line, exit code 2, and no data touched. */
class ValidateOptionsTest {

  @TempDir
  Path dir;

  private Path extract;

  @BeforeEach
  void sample() {
    extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "5").exitCode()).isZero();
  }

  private static void unusable(Cli run, String cause) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).singleElement().asString().startsWith("ssd: ").contains(cause);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theReportNeverOverwritesTheExtract() throws Exception {
    Path person = extract.resolve("ssd_person.csv");
    String before = Files.readString(person);

    unusable(Cli.run("validate", extract.toString(), "--output", person.toString()), "is a file of the extract");
    unusable(Cli.run("validate", extract.toString(), "--output", extract.resolve("../extract/SSD_PERSON.csv").toString()),
        "is a file of the extract");

    assertThat(Files.readString(person)).isEqualTo(before);
  }

  @Test
  void theReportNeverReplacesADirectory() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("reports"));

    unusable(Cli.run("validate", extract.toString(), "--output", empty.toString()), "is a directory");

    assertThat(empty).isDirectory();
  }

  @Test
  void aMissingReportDirectoryIsNamedBeforeTheRun() {
    Path report = dir.resolve("missing/report.json");

    unusable(Cli.run("validate", extract.toString(), "--output", report.toString()),
        "the directory " + report.getParent() + " does not exist");
  }

  @Test
  void theReportIsReadableLikeAnyNewFile() throws Exception {
    Path report = dir.resolve("report.txt");

    assertThat(Cli.run("validate", extract.toString(), "--output", report.toString()).exitCode()).isZero();

    // a temporary file is owner-only; the report used to keep that after being moved into place
    if (Files.getFileStore(report).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(report)).contains(PosixFilePermission.OWNER_READ)
          .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt"))));
    }
  }

  @Test
  void anInvalidDatePatternIsAUsageError() {
    unusable(Cli.run("validate", extract.toString(), "--date-format", "bogus"),
        "--date-format 'bogus' is not a valid date pattern");
  }

  @Test
  void databaseOptionsDoNotGoWithADirectory() {
    unusable(Cli.run("validate", extract.toString(), "--schema", "dbo"), "go with --jdbc");
    unusable(Cli.run("validate", "--jdbc", "jdbc:postgresql://localhost/ssd", "--jsonl"), "does not go with --jdbc");
  }

  @Test
  void anErrorOfTheWholeExtractFailsEvenWhenNoIssueIsListed() throws Exception {
    Files.writeString(extract.resolve("ssd-extract.json"), "{\"spec_version\": \"3.0.0\"}");

    Cli run = Cli.run("validate", extract.toString(), "--max-issues", "0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("NOT VALID").contains("1 errors");
  }

  @Test
  void anUnsetOrEmptyPasswordVariableIsNamedBeforeConnecting() throws Exception {
    // a variable can only be set for another process; the URL would be refused if it were tried
    String url = "jdbc:postgresql://127.0.0.1:1/ssd";
    ProcessBuilder empty = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SsdCommand.class.getName(),
        "validate", "--jdbc", url, "--user", "reader", "--password-env", "SSD_TEST_EMPTY_PW").redirectErrorStream(true);
    empty.environment().put("SSD_TEST_EMPTY_PW", "");
    Process p = empty.start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(output.strip()).isEqualTo("ssd: environment variable SSD_TEST_EMPTY_PW is empty");

    unusable(Cli.run("validate", "--jdbc", url, "--password-env", "SSD_TEST_SURELY_UNSET_PW"),
        "environment variable SSD_TEST_SURELY_UNSET_PW is not set");
  }
}
