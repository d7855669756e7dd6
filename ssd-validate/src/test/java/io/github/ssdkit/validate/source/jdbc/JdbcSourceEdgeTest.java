package io.github.ssdkit.validate.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Database quirks an authority's tables have: column types, names, failures mid-read. */
// public, so that H2 may call failOn from a view
public class JdbcSourceEdgeTest {

  private static final String URL = "jdbc:h2:mem:jdbcedge;DB_CLOSE_DELAY=-1";
  private Connection setup;

  @BeforeEach
  void open() throws Exception {
    setup = DriverManager.getConnection(URL, "sa", "secret-pw");
    setup.createStatement().execute("DROP ALL OBJECTS");
  }

  @AfterEach
  void close() throws Exception {
    setup.close();
  }

  @Test
  void floatingPointAndLargeTextColumnsGiveTheStoredValue() throws Exception {
    sql("CREATE TABLE ssd_person (pers_person_id VARCHAR(48) PRIMARY KEY, pers_sex CLOB, pers_nhs_number REAL,"
        + " pers_sdq_score DOUBLE)");
    sql("INSERT INTO ssd_person VALUES ('1', 'X', 0.1, CAST('NaN' AS DOUBLE)), ('2', 'F', 1.5, 1.0),"
        + " ('3', 'M', NULL, CAST('Infinity' AS DOUBLE))");

    ValidationReport report = validate();

    // a REAL's 0.1 is 0.1, not 0.10000000149011612; a CLOB is its text, not the driver's "clob1: 'X'"
    assertThat(values(report, "pattern.nhs-number")).containsExactly("1 0.1", "2 1.5");
    assertThat(values(report, "code")).containsExactly("1 X");
    // NaN and infinities are reported as values, not a crash of the whole run; 1.0 is the integer 1
    assertThat(values(report, "type.integer")).containsExactly("1 NaN", "3 Infinity");
    assertThat(report.issues()).noneMatch(i -> i.rule().equals("input.database"));
  }

  @Test
  void aFlagStoredAsABitReadsAsYesOrNo() throws Exception {
    sql("CREATE TABLE ssd_person (pers_person_id VARCHAR(48) PRIMARY KEY, pers_is_mother BOOLEAN, pers_sex BOOLEAN)");
    sql("INSERT INTO ssd_person VALUES ('1', TRUE, TRUE), ('2', FALSE, FALSE), ('3', NULL, NULL)");

    ValidationReport report = validate();

    // pers_is_mother is a flag: TRUE and FALSE are Y and N, and the column type is fine
    assertThat(report.issues()).noneMatch(i -> "pers_is_mother".equals(i.field()));
    assertThat(report.issues()).filteredOn(i -> i.rule().equals("input.column-type"))
        .extracting(Issue::message).singleElement().asString().containsIgnoringCase("pers_sex");
    // pers_sex is a code, not a flag: a bit there is still reported, and its values fail as text
    assertThat(values(report, "code")).containsExactly("1 true", "2 false");
  }

  @Test
  void dateTimesKeepTheirWallClockAndFractionInAnyJvmTimeZone() throws Exception {
    sql("CREATE TABLE ssd_cla_episodes (clae_cla_episode_id VARCHAR(48) PRIMARY KEY, clae_cla_episode_start_date TIMESTAMP(6),"
        + " clae_cla_episode_ceased_date TIMESTAMP(6))");
    // 01:30 on 28 March 2021 does not exist in London (clocks went 01:00 -> 02:00), but a TIMESTAMP has no zone
    sql("INSERT INTO ssd_cla_episodes VALUES ('E1', TIMESTAMP '2021-03-28 01:30:00', TIMESTAMP '2021-03-28 02:10:00'),"
        + " ('E2', TIMESTAMP '2021-05-02 10:00:00.123456', TIMESTAMP '2021-05-01 09:00:00')");
    TimeZone saved = TimeZone.getDefault();
    ValidationReport report;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
      report = validate();
    } finally {
      TimeZone.setDefault(saved);
    }

    // E1 ends after it starts; E2 does not, and its start keeps its microseconds
    assertThat(report.issues()).filteredOn(i -> i.rule().startsWith("check.")).extracting(i -> i.key() + " " + i.message())
        .singleElement().asString().startsWith("E2 ").contains("2021-05-02T10:00:00.123456");
  }

  @Test
  void columnsTheSpecDoesNotKnowAreReportedAsInAFile() throws Exception {
    sql("CREATE TABLE ssd_person (pers_person_id VARCHAR(48) PRIMARY KEY, pers_sex CHAR(1), audit_loaded_at TIMESTAMP)");
    sql("INSERT INTO ssd_person VALUES ('1', 'F', NULL)");

    ValidationReport report = validate();

    assertThat(report.issues()).filteredOn(i -> i.rule().equals("input.unknown-column")).extracting(Issue::field)
        .containsExactly("AUDIT_LOADED_AT");
  }

  @Test
  void aTableWhoseNameMatchesAsAPatternLendsItNoColumns() throws Exception {
    // in a metadata search '_' matches any character, so "ssd_person" also finds "ssd1person"
    sql("CREATE TABLE ssd1person (pers_person_id VARCHAR(48), pers_upn VARCHAR(13))");
    sql("CREATE TABLE ssd_person (pers_person_id VARCHAR(48) PRIMARY KEY, pers_sex CHAR(1))");
    sql("INSERT INTO ssd_person VALUES ('1', 'F')");

    ValidationReport report = validate();

    assertThat(report.issues()).noneMatch(i -> i.rule().equals("input.database"));
    assertThat(report.issues()).filteredOn(i -> i.rule().equals("input.missing-column")).extracting(Issue::field)
        .contains("pers_upn");
    assertThat(report.tables().get(0).rows()).isEqualTo(1);
  }

  @Test
  void anErrorWhileReadingIsReportedWithoutCredentials() throws Exception {
    sql("CREATE ALIAS FAIL_ON FOR \"" + JdbcSourceEdgeTest.class.getName() + ".failOn\"");
    sql("CREATE TABLE person_base (pers_person_id VARCHAR(48) PRIMARY KEY, pers_sex CHAR(1))");
    sql("INSERT INTO person_base VALUES ('1', 'F'), ('2', 'M'), ('3', 'F')");
    // without the key column there is no ORDER BY, so H2 computes rows as they are fetched
    sql("CREATE VIEW ssd_person AS SELECT FAIL_ON(pers_person_id, pers_sex) AS pers_sex FROM person_base");

    ValidationReport report;
    try (JdbcSource source = new JdbcSource(URL + ";LAZY_QUERY_EXECUTION=TRUE", "sa", "secret-pw", null, "")) {
      report = Validator.of(mini()).validate(source).report();
    }

    // H2 computes a fetch's rows together, so the failure surfaces on the first fetch
    assertThat(report.issues()).filteredOn(i -> i.rule().equals("input.database")).extracting(Issue::message)
        .singleElement().asString().startsWith("reading stopped: connection reset").doesNotContain("secret-pw");
  }

  /** Called by H2 for each row of a view: the third row fails as a driver might, naming the password. */
  public static String failOn(String id, String value) throws SQLException {
    if (id.equals("3")) {
      throw new SQLException("connection reset; login was sa/secret-pw");
    }
    return value;
  }

  private static java.util.List<String> values(ValidationReport report, String rule) {
    return report.issues().stream().filter(i -> i.rule().equals(rule)).map(i -> i.key() + " " + i.value()).toList();
  }

  private ValidationReport validate() throws Exception {
    try (JdbcSource source = new JdbcSource(URL, "sa", "secret-pw", null, "")) {
      ValidationResult result = Validator.of(mini()).validate(source);
      assertThat(result.isUsable()).as(result.unusable()).isTrue();
      return result.report();
    }
  }

  private void sql(String statement) throws SQLException {
    try (Statement s = setup.createStatement()) {
      s.execute(statement);
    }
  }

  private static Spec mini() {
    try {
      return SpecLoader.load(Path.of(JdbcSourceEdgeTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent()).orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
