package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main jobs of the command, end to end in-process. */
class CommandsTest {

  @Test
  void sampleThenValidate(@TempDir Path dir) throws Exception {
    Path extract = dir.resolve("extract");
    Cli sample = Cli.run("sample", "--out", extract.toString(), "--children", "40", "--seed", "9");
    assertThat(sample.exitCode()).isZero();
    assertThat(sample.out()).contains("rows in 48 tables");

    Cli text = Cli.run("validate", extract.toString(), "--progress");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("VALID:");
    assertThat(text.err()).contains("ssd_person:").contains("rows/s");

    Path report = dir.resolve("report.json");
    Cli json = Cli.run("validate", extract.toString(), "--format", "json", "--output", report.toString());
    assertThat(json.exitCode()).isZero();
    JsonNode tree = new ObjectMapper().readTree(report.toFile());
    assertThat(tree.at("/valid").asBoolean()).isTrue();
    assertThat(tree.at("/summary/tables").asInt()).isEqualTo(48);
  }

  @Test
  void injectedErrorsMakeExitCodeOne(@TempDir Path dir) {
    Path extract = dir.resolve("extract");
    assertThat(Cli.run("sample", "--out", extract.toString(), "--children", "40", "--errors", "0.05").exitCode()).isZero();

    Cli csv = Cli.run("validate", extract.toString(), "--format", "csv", "--max-issues", "3");

    assertThat(csv.exitCode()).isEqualTo(1);
    assertThat(csv.out()).startsWith("severity,rule,table,row,key,field,value,message");
  }

  @Test
  void sampleRefusesToOverwriteUserData(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    Cli run = Cli.run("sample", "--out", dir.toString(), "--children", "5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void unusableInputIsOneLineAndExitTwo(@TempDir Path dir) {
    Cli missing = Cli.run("validate", dir.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip().lines()).hasSize(1);

    Cli empty = Cli.run("validate", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("no .csv files");

    assertThat(Cli.run("validate", dir.toString(), "--format", "xml").exitCode()).isEqualTo(2);
    assertThat(Cli.run("validate", dir.toString(), "--tables", "ssd_nothing").exitCode()).isEqualTo(2);
  }

  @Test
  void generateWritesEveryKindAndOnlyWhatIsAsked(@TempDir Path dir) throws Exception {
    Cli all = Cli.run("generate", "--out", dir.resolve("all").toString());
    assertThat(all.exitCode()).isZero();
    assertThat(dir.resolve("all/java/io/github/ssdkit/model/table/Person.java")).exists();
    assertThat(dir.resolve("all/json-schema/ssd_person.schema.json")).exists();
    assertThat(dir.resolve("all/avro/ssd_person.avsc")).exists();
    assertThat(dir.resolve("all/sql/postgres/ssd.sql")).exists();

    Cli sql = Cli.run("generate", "--out", dir.resolve("sql").toString(), "--only", "sql", "--dialect", "sqlserver",
        "--with-foreign-keys");
    assertThat(sql.exitCode()).isZero();
    try (var files = Files.walk(dir.resolve("sql"))) {
      assertThat(files.filter(Files::isRegularFile).map(p -> dir.resolve("sql").relativize(p).toString()).sorted())
          .containsExactly("sql/sqlserver/ssd-descriptions.sql", "sql/sqlserver/ssd.sql");
    }
    assertThat(Files.readString(dir.resolve("sql/sql/sqlserver/ssd.sql"))).contains("FOREIGN KEY").contains("NVARCHAR");
    Cli again = Cli.run("generate", "--out", dir.resolve("all").toString());
    assertThat(again.out()).contains("(0 written");
    assertThat(Cli.run("generate", "--out", dir.toString(), "--only", "cobol").exitCode()).isEqualTo(2);
  }
}
