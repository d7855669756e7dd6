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
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import io.github.ssdkit.validate.source.ExtractSource;
import io.github.ssdkit.validate.source.jdbc.JdbcSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an authority's PostgreSQL really looks: restricted accounts, partitioned tables, odd names. */
class PostgresEdgeTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void aTableTheAccountMayNotReadIsReportedAndTheOthersAreStillRead(@TempDir Path dir) throws Exception {
    String url = loadSample("edge_grants", dir);
    String person = spec.tables().get(0).name();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("DROP ROLE IF EXISTS ssd_reader_x");
      s.execute("CREATE ROLE ssd_reader_x LOGIN PASSWORD 'p@ss;word'");
      s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO ssd_reader_x");
      s.execute("REVOKE SELECT ON " + person + " FROM ssd_reader_x");
    }

    ValidationReport db = validate(new JdbcSource(url.replaceAll("user=[^&]*", "user=ssd_reader_x") + "&password=p@ss;word",
        null, null, "public", ""));
    ValidationReport csv = validate(DirectorySource.csv(dir));

    // in one transaction the refused SELECT aborted every later statement
    assertThat(db.issues()).filteredOn(i -> i.rule().equals("input.database")).singleElement().satisfies(i -> {
      assertThat(i.table()).isEqualTo(person);
      assertThat(i.message()).contains("permission denied").doesNotContain("p@ss").doesNotContain("ssd_reader_x");
    });
    Map<String, Long> expected = rows(csv);
    expected.put(person, 0L);
    assertThat(rows(db)).isEqualTo(expected);
    // (the embedded server trusts every login, so a wrong password cannot be tried here; see RedactionTest)
  }

  @Test
  void partitionedTablesAndMaterializedViewsAreRead(@TempDir Path dir) throws Exception {
    String url = loadSample("edge_relations", dir);
    String person = spec.tables().get(0).name();
    String second = spec.tables().get(1).name();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("ALTER TABLE " + person + " RENAME TO person_base");
      s.execute("CREATE TABLE " + person + " (LIKE person_base INCLUDING ALL) PARTITION BY HASH (pers_person_id)");
      s.execute("CREATE TABLE person_part PARTITION OF " + person + " FOR VALUES WITH (MODULUS 1, REMAINDER 0)");
      s.execute("INSERT INTO " + person + " SELECT * FROM person_base");
      s.execute("ALTER TABLE " + second + " RENAME TO second_base");
      s.execute("CREATE MATERIALIZED VIEW " + second + " AS SELECT * FROM second_base");
    }

    ValidationReport db = validate(new JdbcSource(url, "postgres", "postgres", "public", ""));
    ValidationReport csv = validate(DirectorySource.csv(dir));

    assertThat(rows(db)).isEqualTo(rows(csv));
    assertThat(rows(db).get(person)).isPositive();
    assertThat(db.valid()).isTrue();
  }

  @Test
  void quotedMixedCaseNamesInAnotherSchemaWithAPrefixAreFound(@TempDir Path dir) throws Exception {
    String url = Databases.freshPostgresUrl("edge_names");
    Table person = spec.tables().get(0);
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA \"Reporting\"");
      s.execute("CREATE TABLE \"Reporting\".\"Stg_SSD_Person\" (\"Pers_Person_Id\" varchar(48) PRIMARY KEY, \"PERS_SEX\" char(1))");
      s.execute("INSERT INTO \"Reporting\".\"Stg_SSD_Person\" VALUES ('2', 'M'), ('1', 'Q')");
    }

    ValidationReport db = validate(new JdbcSource(url, "postgres", "postgres", "reporting", "stg_"));

    assertThat(db.tables()).filteredOn(t -> t.table().equals(person.name())).singleElement()
        .satisfies(t -> assertThat(t.rows()).isEqualTo(2));
    assertThat(db.issues()).filteredOn(i -> i.rule().equals("code")).extracting(i -> i.row() + " " + i.key() + " " + i.value())
        .containsExactly("1 1 Q");
  }

  @Test
  void aTimestampWithTimeZoneIsShownInTheLocalTimeZone() throws Exception {
    String url = Databases.freshPostgresUrl("edge_tz");
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      // a date column, so that the value (not midnight) is reported
      s.execute("CREATE TABLE ssd_version_log (version_number varchar(10) PRIMARY KEY, release_date timestamptz)");
      s.execute("INSERT INTO ssd_version_log VALUES ('1.0', '2020-06-01 00:30:00+01')");
    }
    java.util.TimeZone saved = java.util.TimeZone.getDefault();
    ValidationReport db;
    try {
      java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/London"));
      db = validate(new JdbcSource(url, "postgres", "postgres", "public", ""));
    } finally {
      java.util.TimeZone.setDefault(saved);
    }

    // PostgreSQL keeps only the instant and the driver hands it back in UTC: 23:30 the day before
    assertThat(db.issues()).noneMatch(i -> i.rule().equals("input.database"));
    assertThat(db.issues()).filteredOn(i -> i.field().equals("release_date")).extracting(i -> i.rule() + " " + i.value())
        .containsExactly("type.date 2020-06-01T00:30:00");
  }

  @Test
  void theCommandClosesItsConnections(@TempDir Path dir) throws Exception {
    String url = loadSample("edge_close", dir);
    int code = SsdCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "validate", "--jdbc",
        url, "--schema", "public");
    assertThat(code).isZero();

    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
      long others = -1;
      // a backend leaves pg_stat_activity a moment after its client closes
      for (int i = 0; i < 50 && others != 0; i++) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND pid <> pg_backend_pid()")) {
          rs.next();
          others = rs.getLong(1);
        }
        Thread.sleep(100);
      }
      assertThat(others).as("connections left open").isZero();
    }
  }

  private String loadSample(String database, Path dir) throws Exception {
    SampleGenerator.builder(spec).children(20).seed(3).build().generate(dir);
    String url = Databases.freshPostgresUrl(database);
    Databases.loadCsvExtract(url, new SqlDdlWriter(SqlDialect.POSTGRES, false, null).write(spec), spec, dir);
    return url;
  }

  private ValidationReport validate(ExtractSource source) throws Exception {
    try {
      ValidationResult result = Validator.of(spec).withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(100_000))
          .validate(source);
      assertThat(result.isUsable()).as(result.unusable()).isTrue();
      return result.report();
    } finally {
      if (source instanceof AutoCloseable c) {
        c.close();
      }
    }
  }

  private static Map<String, Long> rows(ValidationReport report) {
    return report.tables().stream().collect(Collectors.toMap(TableSummary::table, TableSummary::rows, (a, b) -> a, TreeMap::new));
  }
}
