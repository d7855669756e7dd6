package io.github.ssdkit.cli.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.cli.SsdCommand;
import io.github.ssdkit.codegen.sql.SqlDdlWriter;
import io.github.ssdkit.codegen.sql.SqlDialect;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.jdbc.JdbcSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same data validated from CSV files and from a real PostgreSQL database gives the same
 * report: the same rows, the same counts per table and rule, the same keys and values. Only row
 * numbers differ (file order against primary-key order), and issues about the input itself.
 */
class JdbcCsvAgreementTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void aCleanSampleLoadedWithTheGeneratedDdlAgreesAndIsValid(@TempDir Path dir) throws Exception {
    SampleGenerator.builder(spec).children(60).seed(7).build().generate(dir);
    String url = Databases.freshPostgresUrl("agree_clean");
    load(url, new SqlDdlWriter(SqlDialect.POSTGRES, false, null).write(spec), dir);

    ValidationReport csv = validate(DirectorySource.csv(dir));
    ValidationReport db;
    try (JdbcSource source = new JdbcSource(url, "postgres", "postgres", "public", "")) {
      db = validate(source);
    }

    assertAgree(csv, db);
    assertThat(db.valid()).isTrue();
    assertThat(db.rows()).isEqualTo(csv.rows()).isPositive();

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SsdCommand.run(new PrintWriter(out), new PrintWriter(err), "validate", "--jdbc", url, "--user", "postgres",
        "--schema", "public", "--format", "json");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"valid\" : true").doesNotContain("password");
  }

  @Test
  void injectedErrorsAreFoundAlikeInTextTables(@TempDir Path dir) throws Exception {
    SampleGenerator.builder(spec).children(60).seed(8).errorRate(0.03).build().generate(dir);
    String url = Databases.freshPostgresUrl("agree_errors");
    // bad values (Feb 30, words in number columns) only load into text columns
    load(url, textTables(), dir);

    ValidationReport csv = validate(DirectorySource.csv(dir));
    ValidationReport db;
    try (JdbcSource source = new JdbcSource(url, "postgres", "postgres", null, "")) {
      db = validate(source);
    }

    assertAgree(csv, db);
    assertThat(db.errors()).isPositive();
    assertThat(db.issues()).anyMatch(i -> i.rule().equals("input.column-type"));
  }

  @Test
  void unusableDatabasesAreOneLineAndExitTwo() throws Exception {
    StringWriter err = new StringWriter();
    int refused = SsdCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate", "--jdbc",
        "jdbc:postgresql://127.0.0.1:1/ssd", "--user", "postgres");
    assertThat(refused).isEqualTo(2);
    assertThat(err.toString().strip().lines()).hasSize(1);

    String url = Databases.postgres().getJdbcUrl("postgres", "postgres");
    StringWriter err2 = new StringWriter();
    int missingSchema = SsdCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err2), "validate", "--jdbc",
        url + "&password=postgres", "--schema", "nowhere");
    assertThat(missingSchema).isEqualTo(2);
    assertThat(err2.toString()).contains("no schema 'nowhere'").doesNotContain("password=postgres");
  }

  private static void assertAgree(ValidationReport csv, ValidationReport db) {
    assertThat(rows(db)).isEqualTo(rows(csv));
    assertThat(counts(db)).isEqualTo(counts(csv));
    assertThat(keyed(db)).isEqualTo(keyed(csv));
  }

  private static Map<String, Long> rows(ValidationReport report) {
    return report.tables().stream().collect(Collectors.toMap(TableSummary::table, TableSummary::rows, (a, b) -> a, TreeMap::new));
  }

  /** Counts per table and rule, leaving out issues about the input itself. */
  private static Map<String, Long> counts(ValidationReport report) {
    Map<String, Long> out = new TreeMap<>();
    for (TableSummary t : report.tables()) {
      t.rules().forEach((rule, n) -> {
        if (!rule.startsWith("input.")) {
          out.put(t.table() + "/" + rule, n);
        }
      });
    }
    return out;
  }

  private static Set<String> keyed(ValidationReport report) {
    return report.issues().stream().filter(i -> !i.key().isEmpty() && !i.rule().startsWith("input."))
        .map(JdbcCsvAgreementTest::identity).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static String identity(Issue i) {
    return String.join(" | ", i.table(), i.rule(), i.key(), i.field(), i.value());
  }

  private static ValidationReport validate(ExtractSource source) {
    return Validator.of(SpecLoader.bundled().orThrow())
        .withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(100_000)).validate(source).report();
  }

  private String textTables() {
    StringBuilder sql = new StringBuilder();
    for (Table t : spec.tables()) {
      sql.append("CREATE TABLE ").append(t.name()).append(" (")
          .append(t.fields().stream().map(f -> f.name() + " TEXT").collect(Collectors.joining(", "))).append(");\n");
    }
    return sql.toString();
  }

  private void load(String url, String ddl, Path dir) throws Exception {
    Databases.loadCsvExtract(url, ddl, spec, dir);
  }
}
