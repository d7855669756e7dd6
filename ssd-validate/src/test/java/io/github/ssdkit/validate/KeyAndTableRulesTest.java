package io.github.ssdkit.validate;

import static io.github.ssdkit.validate.Extracts.EPISODE_HEADER;
import static io.github.ssdkit.validate.Extracts.PERSON_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyAndTableRulesTest {

  @TempDir
  Path dir;

  @Test
  void primaryKeysMustBeUnique() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "2,F,,,,,,,", "1,F,,,,,,,", "1,M,,,,,,,", "1,M,,,,,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 3 primary-key.duplicate pers_person_id",
        "ssd_person 4 primary-key.duplicate pers_person_id");
    assertThat(report.issues().get(0).key()).isEqualTo("1");
    assertThat(report.issues()).extracting(Issue::message).containsOnly(
        "primary key pers_person_id '1' appears on an earlier row too (first on row 2)");
  }

  @Test
  void compositeKeysAreUniqueAsAWhole() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code",
        "1,MOB", "1,HAND", "2,MOB", "1,MOB");

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_disability 4 primary-key.duplicate disa_person_id");
    assertThat(report.issues().get(0).key()).isEqualTo("1|MOB");
    assertThat(report.issues().get(0).message()).endsWith("appears on an earlier row too (first on row 1)");
  }

  @Test
  void foreignKeysMustPointAtAnExistingRow() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER, "E1,1,U1,2020-01-01,,,", "E2,99,U1,2020-01-01,,,");
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code", "77,MOB");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).extracting(Issue::table, Issue::row, Issue::rule, Issue::key, Issue::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ssd_cla_episodes", 2L, "foreign-key", "E2", "99"),
            org.assertj.core.groups.Tuple.tuple("ssd_disability", 1L, "foreign-key", "77|MOB", "77"));
    assertThat(report.issues().get(0).message()).contains("no matching pers_person_id in ssd_person");
  }

  @Test
  void anAbsentParentTableMeansEveryReferenceDangles() {
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code", "1,MOB");

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_disability 1 foreign-key disa_person_id");
    assertThat(report.tables().get(0).present()).isFalse();
    assertThat(report.tables().get(0).notes()).anyMatch(n -> n.contains("empty table"));
  }

  @Test
  void validatingSomeTablesSkipsKeysIntoOthers() {
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code", "1,MOB");

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults().withTables(Set.of("ssd_disability")));

    assertThat(report.issues()).isEmpty();
    assertThat(report.tables()).extracting(t -> t.table()).containsExactly("ssd_disability");
    assertThat(report.notes()).anyMatch(n -> n.contains("foreign keys into other tables were not checked"));
  }

  @Test
  void tablesToValidateAreNamedWithoutRegardToCase() {
    // table files are matched without regard to case; --tables SSD_DISABILITY was "not a table"
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code", "1,FLY");

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults().withTables(Set.of("SSD_Disability ")));

    assertThat(report.tables()).extracting(t -> t.table()).containsExactly("ssd_disability");
    assertThat(Extracts.summary(report)).containsExactly("ssd_disability 1 code disa_disability_code");
  }

  @Test
  void datesMustBeInOrder() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,2010-05-01,2009-01-01,,,,,", "2,F,2010-05-01,2010-05-01,,,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 1 check.birth-before-death pers_death_date");
    assertThat(report.issues().get(0).message()).contains("A child cannot die before being born");
  }

  @Test
  void anEndNeedsItsReasonAndAReasonItsEnd() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,U1,2020-01-01,2020-02-01,,",
        "E2,1,U1,2020-03-01,,E11,",
        "E3,2,U1,2020-04-01,2020-05-01,E11,");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_cla_episodes 1 check.end-date-and-reason clae_cla_episode_ceased_reason",
        "ssd_cla_episodes 2 check.end-date-and-reason clae_cla_episode_ceased_date");
  }

  @Test
  void aChildsPeriodsMustNotOverlap() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,U1,2020-01-01,2020-03-01,E11,",
        "E2,2,U1,2020-02-01,,,",
        "E3,1,U1,2020-03-01,2020-04-01,E11,",
        "E4,1,U1,2020-03-15,,,",
        "E5,1,U1,2021-01-01,,,");

    ValidationReport report = Extracts.validate(dir);

    // E3 starts the day E1 ends: allowed. E4 starts inside E3. E5 starts while E4 is still open.
    assertThat(Extracts.summary(report)).containsExactly(
        "ssd_cla_episodes 4 check.episodes-do-not-overlap clae_cla_episode_start_date",
        "ssd_cla_episodes 5 check.episodes-do-not-overlap clae_cla_episode_start_date");
    assertThat(report.issues().get(0).message()).contains("row 3");
    // found only after the last row, yet the issues name their rows' keys, as other issues do
    assertThat(report.issues()).extracting(Issue::key).containsExactly("E4", "E5");
  }

  @Test
  void countsStayCompleteWhenListedIssuesAreCapped() {
    StringBuilder rows = new StringBuilder(PERSON_HEADER);
    for (int i = 1; i <= 30; i++) {
      rows.append('\n').append(i).append(",Z,,,,,,,");
    }
    Extracts.write(dir, "ssd_person.csv", rows.toString());

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults().withMaxIssuesPerRule(5));

    assertThat(report.issues()).hasSize(5);
    assertThat(report.errors()).isEqualTo(30);
    assertThat(report.tables().get(0).rules()).containsEntry("code", 30L);
    assertThat(report.capped()).containsEntry("ssd_person/code", 25L);
  }

  @Test
  void overlapsFoundAfterTheLastRowAreCappedAndCountedLikeOthers() {
    Extracts.people(dir);
    StringBuilder rows = new StringBuilder(EPISODE_HEADER);
    for (int i = 1; i <= 6; i++) {
      rows.append("\nE").append(i).append(",1,U1,2020-01-0").append(i).append(",,,");
    }
    Extracts.write(dir, "ssd_cla_episodes.csv", rows.toString());

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults().withMaxIssuesPerRule(2));

    // every open episode after the first overlaps: 5 counted, 2 listed with their keys
    assertThat(report.tables()).filteredOn(t -> t.table().equals("ssd_cla_episodes")).singleElement()
        .satisfies(t -> assertThat(t.rules()).containsEntry("check.episodes-do-not-overlap", 5L));
    assertThat(report.issues()).extracting(Issue::key).containsExactly("E2", "E3");
    assertThat(report.capped()).containsEntry("ssd_cla_episodes/check.episodes-do-not-overlap", 3L);
  }
}
