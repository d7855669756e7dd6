package io.github.ssdkit.validate;

import static io.github.ssdkit.validate.Extracts.EPISODE_HEADER;
import static io.github.ssdkit.validate.Extracts.PERSON_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.rules.Temporal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written a common wrong way get one hint that says how to fix them, not a flood of errors. */
class WrongFormatHintsTest {

  @TempDir
  Path dir;

  private static final String EPISODE = "E1,1,U1,2020-01-01T00:00:00,,,";

  @Test
  void aSemicolonSeparatedFileIsOneErrorNotAFlood() {
    // It gave a warning per missing column and, with rows read as one cell, errors on every row
    // of every table pointing at it.
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER.replace(',', ';'), "1;F;2010-05-01;;;;;;", "2;M;2012-01-31;;;;;;");
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER, EPISODE, "E2,2,U1,2020-01-01T00:00:00,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).extracting(Extracts::brief)
        .filteredOn(s -> !s.contains("input.missing-column ")).containsExactly("ssd_person 0 input.separator ");
    Issue only = report.issues().get(0);
    assertThat(only.message()).isEqualTo("ssd_person.csv line 1: the columns are separated by semicolons, not commas "
        + "(the header starts pers_person_id;pers_sex;...); save the file as CSV with commas, such as Excel's "
        + "\"CSV UTF-8 (Comma delimited)\"; its rows were not read");
    TableSummary person = report.tables().get(0);
    assertThat(person.complete()).isFalse();
    assertThat(person.incompleteReason()).isEqualTo("reading stopped: the file is separated by semicolons, not commas");
    assertThat(report.tables()).filteredOn(t -> t.table().equals("ssd_cla_episodes"))
        .singleElement().satisfies(t -> assertThat(t.unverifiableForeignKeys()).isEqualTo(2));
    assertThat(report.errors()).isEqualTo(1);
  }

  @Test
  void tabAndBarSeparatedFilesAreNamedToo() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER.replace(',', '\t'), "1\tF\t2010-05-01\t\t\t\t\t\t");
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER.replace(',', '|'), EPISODE.replace(',', '|'));

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).filteredOn(i -> i.isError()).extracting(Issue::message).containsExactly(
        "ssd_person.csv line 1: the columns are separated by tabs, not commas (the header starts "
            + "pers_person_id\\tpers_sex\\t...); save the file as CSV with commas, such as Excel's "
            + "\"CSV UTF-8 (Comma delimited)\"; its rows were not read",
        "ssd_cla_episodes.csv line 1: the columns are separated by vertical bars, not commas (the header starts "
            + "clae_cla_episode_id|clae_person_id|...); save the file as CSV with commas, such as Excel's "
            + "\"CSV UTF-8 (Comma delimited)\"; its rows were not read");
  }

  @Test
  void aSemicolonInsideAValueOfACommaFileIsNoSeparator() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1;2,F,2010-05-01,,,,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).noneMatch(i -> i.rule().equals("input.separator"));
    assertThat(report.tables().get(0).rows()).isEqualTo(1);
  }

  @Test
  void datesWrittenDayFirstNameThePatternAndTheOptionThatReadsThem() {
    // They said only "expected yyyy-MM-dd", so nobody found --date-format.
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,22/07/2010,,,,,,", "2,F,07/22/2010,,,,,,",
        "3,F,1.7.2010,,,,,,", "4,F,22/07/10,,,,,,", "5,F,31/02/2010,,,,,,", "6,F,2010/07/22,,,,,,");
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER, "E1,1,U1,22/07/2020 13:45,,,");

    ValidationReport report = Extracts.validate(dir);

    assertThat(report.issues()).filteredOn(i -> i.rule().startsWith("type.")).extracting(Issue::message).containsExactly(
        "pers_dob '22/07/2010' is not a real date; expected yyyy-MM-dd; it looks like dd/MM/yyyy, "
            + "which --date-format dd/MM/yyyy accepts",
        "pers_dob '07/22/2010' is not a real date; expected yyyy-MM-dd; it looks like MM/dd/yyyy, "
            + "which --date-format MM/dd/yyyy accepts",
        "pers_dob '1.7.2010' is not a real date; expected yyyy-MM-dd; it looks like d.M.yyyy, "
            + "which --date-format d.M.yyyy accepts",
        "pers_dob '22/07/10' is not a real date; expected yyyy-MM-dd; it looks like dd/MM/yy, with a two-digit year, "
            + "which cannot be read safely (1985 or 2085?): export four-digit years",
        "pers_dob '31/02/2010' is not a real date; expected yyyy-MM-dd",
        "pers_dob '2010/07/22' is not a real date; expected yyyy-MM-dd",
        "clae_cla_episode_start_date '22/07/2020 13:45' is not a real date and time; expected yyyy-MM-dd HH:mm:ss or "
            + "yyyy-MM-ddTHH:mm:ss; it looks like dd/MM/yyyy HH:mm, which --date-format dd/MM/yyyy HH:mm accepts");
  }

  @Test
  void theHintedPatternReadsTheDates() {
    Extracts.write(dir, "ssd_person.csv", PERSON_HEADER, "1,F,22/07/2010,,,,,,");
    Extracts.write(dir, "ssd_cla_episodes.csv", EPISODE_HEADER, "E1,1,U1,22/07/2020 13:45,,,");

    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults()
        .withExtraDatePatterns(List.of("dd/MM/yyyy", "dd/MM/yyyy HH:mm")));

    assertThat(report.issues()).noneMatch(i -> i.rule().startsWith("type."));
  }

  @Test
  void aTwoDigitYearPatternIsRefusedWithTheReason() {
    // dd/MM/yy read 22/07/85 as 2085-07-22 without a word (decision 220).
    assertThatThrownBy(() -> ValidationOptions.defaults().withExtraDatePatterns(List.of("dd/MM/yy")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'dd/MM/yy' has a two-digit year, which is refused: 85 could be 1985 or 2085, and no fixed pivot "
            + "suits dates from births a century ago to reviews due next year; export the dates with four-digit years "
            + "and use dd/MM/yyyy");
    assertThatThrownBy(() -> new Temporal(List.of("dd/MM/YYYY"))).hasMessageContaining("week-based year YYYY");
  }

  @Test
  void aOneLetterYearNeedsFourDigitsSoEightyFiveIsNoYear() {
    Temporal temporal = new Temporal(List.of("d/M/y"));

    assertThat(temporal.parseDate("22/7/85")).isEqualTo(Temporal.INVALID); // was the year 85
    assertThat(Temporal.toDate(temporal.parseDate("22/7/1985"))).isEqualTo(LocalDate.of(1985, 7, 22));
  }
}
