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
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Validating tables in a database (in-memory H2) with the same rules as files. */
class JdbcSourceTest {

  private static final String URL = "jdbc:h2:mem:jdbcsource;DB_CLOSE_DELAY=-1";
  private Connection setup;

  @BeforeEach
  void createTables() throws Exception {
    setup = DriverManager.getConnection(URL, "sa", "secret-pw");
    try (Statement s = setup.createStatement()) {
      s.execute("DROP ALL OBJECTS");
      s.execute("CREATE TABLE ssd_person (pers_person_id VARCHAR(48) PRIMARY KEY, pers_sex CHAR(5),"
          + " pers_dob DATE, pers_death_date DATE, pers_nhs_number INT, pers_sdq_score INT)");
      s.execute("INSERT INTO ssd_person VALUES ('2', 'M', DATE '2012-01-31', NULL, NULL, 41),"
          + " ('1', 'F', DATE '2010-05-01', DATE '2009-01-01', 943476591, 12), ('3', 'X', NULL, NULL, NULL, NULL)");
      s.execute("CREATE TABLE ssd_cla_episodes (clae_cla_episode_id VARCHAR(48) PRIMARY KEY, clae_person_id VARCHAR(48),"
          + " clae_cla_placement_type VARCHAR(2), clae_cla_episode_start_date TIMESTAMP, clae_cla_episode_ceased_date TIMESTAMP,"
          + " clae_cla_episode_ceased_reason VARCHAR(3), clae_factors_json VARCHAR(200))");
      s.execute("INSERT INTO ssd_cla_episodes VALUES ('E1', '1', 'U1', TIMESTAMP '2020-01-01 00:00:00', NULL, NULL, '[\"MOB\"]'),"
          + " ('E2', '99', 'K2', TIMESTAMP '2021-01-01 10:30:00', NULL, NULL, NULL)");
      s.execute("CREATE TABLE ssd_unicorns (id INT)");
    }
  }

  @AfterEach
  void close() throws Exception {
    setup.close();
  }

  @Test
  void findsTheSameProblemsAsInFiles() throws Exception {
    ValidationReport report;
    try (JdbcSource source = new JdbcSource(URL, "sa", "secret-pw", null, "")) {
      ValidationResult result = Validator.of(mini()).validate(source);
      assertThat(result.isUsable()).isTrue();
      report = result.report();
    }

    assertThat(report.issues()).extracting(i -> i.table() + " " + i.row() + " " + i.rule() + " " + i.field() + " " + i.key())
        .containsExactly(
            " 0 input.unknown-table  ",
            "ssd_person 0 input.column-type  ",
            "ssd_person 0 input.missing-column pers_is_mother ",
            "ssd_person 0 input.missing-column pers_outcome_json ",
            "ssd_person 0 input.missing-column pers_upn ",
            "ssd_person 1 check.birth-before-death pers_death_date 1",
            "ssd_person 1 pattern.nhs-number pers_nhs_number 1",
            "ssd_person 2 range pers_sdq_score 2",
            "ssd_person 3 code pers_sex 3",
            "ssd_cla_episodes 2 foreign-key clae_person_id E2");
    assertThat(report.issues()).filteredOn(i -> i.rule().equals("input.column-type")).singleElement()
        .satisfies(i -> assertThat(i.message()).containsIgnoringCase("pers_nhs_number").contains("INTEGER"));
    // rows come in primary-key order, and CHAR padding is not part of the value
    assertThat(report.issues()).filteredOn(i -> i.rule().equals("code")).extracting(Issue::value).containsExactly("X");
    assertThat(report.tables().get(2).present()).isFalse();
  }

  @Test
  void aMissingSchemaOrAWrongUrlIsUnusableWithoutThePassword() {
    ValidationResult missingSchema = Validator.of(mini()).validate(new JdbcSource(URL, "sa", "secret-pw", "nowhere", ""));
    assertThat(missingSchema.unusable()).contains("no schema 'nowhere'").doesNotContain("secret-pw");

    ValidationResult noDriver = Validator.of(mini()).validate(
        new JdbcSource("jdbc:nothing:host;password=secret-pw", "sa", "secret-pw", null, ""));
    assertThat(noDriver.isUsable()).isFalse();
    assertThat(noDriver.unusable()).doesNotContain("secret-pw").doesNotContain("\n");

    ValidationResult badPassword = Validator.of(mini()).validate(new JdbcSource(URL, "sa", "wrong-pw", null, ""));
    assertThat(badPassword.isUsable()).isFalse();
    assertThat(badPassword.unusable()).doesNotContain("wrong-pw");
  }

  @Test
  void theDescriptionHidesCredentials() {
    assertThat(new JdbcSource("jdbc:sqlserver://db;user=bob;password=hunter2", null, null, "dbo", "").describe())
        .doesNotContain("hunter2").doesNotContain("bob").contains("schema dbo");
  }

  private static Spec mini() {
    try {
      return SpecLoader.load(Path.of(JdbcSourceTest.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent()).orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
