package io.github.ssdkit.validate;

import static io.github.ssdkit.validate.Extracts.EPISODE_HEADER;
import static io.github.ssdkit.validate.Extracts.PERSON_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldRulesTest {

  @TempDir
  Path dir;

  @Test
  void aValidExtractHasNoIssues() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,U1,2020-01-01 00:00:00.000,2020-06-30T12:00:00,E11,\"[\"\"MOB\"\"]\"",
        "E2,1,K2,2020-06-30,,,");
    Extracts.write(dir, "ssd_disability.csv", "disa_person_id,disa_disability_code", "1,MOB", "1,HAND");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).isEmpty();
    assertThat(report.valid()).isTrue();
    assertThat(report.rows()).isEqualTo(6);
  }

  @Test
  void typesMustParseAsRealValues() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER,
        "1,F,2023-02-30,,,,,,",
        "2,F,01/05/2010,,,,,twelve,",
        "3,F,2010-05-01,,,,,,{not json");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_person 1 type.date pers_dob",
        "ssd_person 2 type.date pers_dob",
        "ssd_person 2 type.integer pers_sdq_score",
        "ssd_person 3 type.json pers_outcome_json");
  }

  @Test
  void otherDateFormatsOnlyWhenAskedFor() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,01/05/2010,,,,,,");

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults()
        .withExtraDatePatterns(java.util.List.of("dd/MM/yyyy")));

    assertThat(report.issues()).isEmpty();
  }

  @Test
  void yearOfEraPatternsMatch() {
    // a strict formatter never resolves a year-of-era (y, yyyy) without an era, so these once never matched;
    // two-digit years (yy) are refused since (decision 220, WrongFormatHintsTest)
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,1/5/2010,,,,,,", "2,F,31/2/2010,,,,,,");

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults()
        .withExtraDatePatterns(java.util.List.of("d/M/y")));

    assertThat(Extracts.summary(report)).containsExactly("ssd_person 2 type.date pers_dob");
  }

  @Test
  void anInvalidDatePatternFailsAtOnceNamingIt() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ValidationOptions.defaults().withExtraDatePatterns(java.util.List.of("bogus")))
        .withMessageContaining("'bogus' is not a valid date pattern").withMessageNotContaining("\n");
  }

  @Test
  void dateTimeFractionsMayHaveUpToNineDigits() {
    // what SsdJson (Java's ISO format) writes for a LocalDateTime with nanoseconds
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,U1,2020-01-01T10:00:00.123456789,,,",
        "E2,1,U1,2020-02-01T10:00:00.1234567891,,,");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_cla_episodes 2 type.datetime clae_cla_episode_start_date");
  }

  @Test
  void requiredValuesMustBePresent() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER, "E1,,U1,,,,");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_cla_episodes 1 required clae_cla_episode_start_date",
        "ssd_cla_episodes 1 required clae_person_id");
  }

  @Test
  void textMustFitItsLengthCountedInCharacters() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,U1,2020-01-01,2020-02-01,E111,",
        "E2,1,U1,2020-03-01,2020-04-01,ééé,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly("ssd_cla_episodes 1 length clae_cla_episode_ceased_reason");
    assertThat(report.issues().get(0).key()).isEqualTo("E1");
    assertThat(report.issues().get(0).value()).isEqualTo("E111");
  }

  @Test
  void codesMustBeInTheirCodeSetAndAliasesWarn() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER,
        "1,X,,,,,Y,,",
        "2,F,,,,,X,,",
        "3,F,,,,,,,\"{\"\"OUTCOME_NFA_FLAG\"\":\"\"maybe\"\",\"\"EXTRA\"\":1}\"");

    ValidationReport report = Extracts.validate(dir);

    assertThat(Extracts.summary(report)).containsExactly(
        "ssd_person 1 code pers_sex",
        "ssd_person 2 code pers_is_mother",
        "ssd_person 3 type.json-key pers_outcome_json",
        "ssd_person 3 code pers_outcome_json.OUTCOME_NFA_FLAG");
    assertThat(report.issues().get(0).message()).contains("expected one of: M, F, U").contains("(2025-26)");
  }

  @Test
  void paddedAndWrongCaseCodesSayWhichCodeWasMeant() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F ,,,,,,,", "2,f,,,,,,,", "3,Q,,,,,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).extracting(Issue::rule).containsOnly("code");
    assertThat(report.issues()).extracting(Issue::message).containsExactly(
        "pers_sex 'F ' is not in code list sex (2025-26) (it has spaces around 'F', which is a code); expected one of: M, F, U",
        "pers_sex 'f' is not in code list sex (2025-26) (codes are case-sensitive: write 'F'); expected one of: M, F, U",
        "pers_sex 'Q' is not in code list sex (2025-26); expected one of: M, F, U");
  }

  @Test
  void aWithdrawnCodeWarnsBeforeItsWithdrawalAndFailsAfter() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,H5,2024-06-01,2024-09-01,E11,",
        "E2,1,H5,2025-06-01,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).extracting(Issue::row, Issue::rule, Issue::severity).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1L, "code.withdrawn", Severity.WARNING),
        org.assertj.core.groups.Tuple.tuple(2L, "code.withdrawn", Severity.ERROR));
    assertThat(report.issues().get(1).message()).contains("withdrawn").contains("2025-04-01").contains("2025-06-01");
  }

  @Test
  void nationalIdentifiersNeedTheirCheckCharacter() {
    // 9434765919 is valid (check digit 9); 9434765918 is not. U201302015001 is a valid UPN:
    // 2*2+0*3+1*4+3*5+0*6+2*7+0*8+1*9+5*10+0*11+0*12+1*13 = 109, 109 mod 23 = 17, letter U.
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER,
        "1,F,,,9434765919,U201302015001,,,",
        "2,F,,,9434765918,A201302015001,,,",
        "3,F,,,94347,I201302015001,,,");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_person 2 pattern.nhs-number pers_nhs_number",
        "ssd_person 2 pattern.upn pers_upn",
        "ssd_person 3 pattern.nhs-number pers_nhs_number",
        "ssd_person 3 pattern.upn pers_upn");
  }

  @Test
  void numbersMustBeInRange() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,,,,,,40,", "2,F,,,,,,41,", "3,F,,,,,,-1,");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_person 2 range pers_sdq_score",
        "ssd_person 3 range pers_sdq_score");
  }

  @Test
  void jsonArraysHoldCodes() {
    Extracts.people(dir);
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER,
        "E1,1,U1,2020-01-01,,,\"[\"\"MOB\"\",\"\"FLY\"\"]\"",
        "E2,2,U1,2020-01-01,,,\"{\"\"MOB\"\":1}\"");

    assertThat(Extracts.summary(Extracts.validate(dir))).containsExactly(
        "ssd_cla_episodes 1 code clae_factors_json",
        "ssd_cla_episodes 2 type.json clae_factors_json");
  }
}
