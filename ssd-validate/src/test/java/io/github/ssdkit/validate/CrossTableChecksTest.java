package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.rules.ParentDates;
import io.github.ssdkit.validate.source.RowsSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cross-table checks on a small spec built in code: people (birth, death), referrals of a person
 * (opened, closed) and plans of a referral, each kind on hand-made rows with the exact issues
 * expected.
 */
class CrossTableChecksTest {

  private static final Table PEOPLE = new Table("t_person", "", "cin", null, null, List.of("id"), List.of(
      Field.builder("id", LogicalType.STRING).required(true).build(),
      Field.builder("dob", LogicalType.DATE).build(),
      Field.builder("death", LogicalType.DATETIME).build()), List.of(), null, null);

  private static final Table REFERRALS = new Table("t_referral", "", "cin", null, null, List.of("id"), List.of(
      Field.builder("id", LogicalType.STRING).required(true).build(),
      Field.builder("person", LogicalType.STRING).references(new FieldRef("t_person", "id")).build(),
      Field.builder("opened", LogicalType.DATE).build(),
      Field.builder("closed", LogicalType.DATE).build()), List.of(
      new Check.ParentDate(CheckInfo.of("referral-after-birth", "not before birth"), "person", "opened",
          Check.Bound.NOT_BEFORE, "dob"),
      new Check.ParentDate(new CheckInfo("referral-before-death", "not after death", Severity.WARNING, "",
          SourceLocation.NONE), "person", "opened", Check.Bound.NOT_AFTER, "death")), null, null);

  private static final Table PLANS = new Table("t_plan", "", "cin", null, null, List.of("id"), List.of(
      Field.builder("id", LogicalType.STRING).required(true).build(),
      Field.builder("referral", LogicalType.STRING).references(new FieldRef("t_referral", "id")).build(),
      Field.builder("start", LogicalType.DATETIME).build(),
      Field.builder("end", LogicalType.DATE).build()), List.of(
      new Check.WithinParent(CheckInfo.of("plan-within-referral", "within its referral"), "referral", "start", "end",
          "opened", "closed")), null, null);

  private static final Spec SPEC = new Spec(new SpecManifest("ssd", "t", "2.0.0", null, LocalDate.of(2026, 1, 5),
      null, List.of("t_person", "t_referral", "t_plan"), List.of(), null), List.of(PEOPLE, REFERRALS, PLANS), List.of());

  private static Map<String, String> row(String... pairs) {
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    return row;
  }

  private static List<Map<String, String>> people() {
    return List.of(
        row("id", "P1", "dob", "2010-05-01", "death", null),
        row("id", "P2", "dob", "2012-01-31", "death", "2020-06-30T14:00:00"),
        row("id", "P3", "dob", null, "death", null));
  }

  private static List<Map<String, String>> referrals() {
    return List.of(
        row("id", "R1", "person", "P1", "opened", "2010-05-01", "closed", "2011-01-01"), // on the birth day: fine
        row("id", "R2", "person", "P1", "opened", "2010-04-30", "closed", null), // a day before birth
        row("id", "R3", "person", "P2", "opened", "2020-06-30", "closed", "2020-07-01"), // on the day of death: fine
        row("id", "R4", "person", "P2", "opened", "2020-07-01", "closed", null), // after death: a warning
        row("id", "R5", "person", "P3", "opened", "2001-01-01", "closed", null), // no date of birth: not judged
        row("id", "R6", "person", "P9", "opened", "2001-01-01", "closed", null), // no such person: a foreign-key error only
        row("id", "R7", "person", "P1", "opened", "not a date", "closed", null)); // a type error only
  }

  private static ValidationReport validate(List<Map<String, String>> plans, String... only) {
    RowsSource source = RowsSource.named("test").table("t_person", people()).table("t_referral", referrals())
        .table("t_plan", plans);
    return Validator.of(SPEC).withOptions(ValidationOptions.defaults().withTables(Set.of(only))).validate(source)
        .report();
  }

  private static List<String> issues(ValidationReport report, String prefix) {
    return report.issues().stream().filter(i -> i.rule().startsWith(prefix))
        .map(i -> i.severity().label() + " " + i.rule() + " " + i.table() + "#" + i.row() + " " + i.key() + " " + i.field()
            + " " + i.value() + ": " + i.message())
        .toList();
  }

  @Test
  void parentDateReportsDatesOnTheWrongSideOfTheParentsDateByDay() {
    ValidationReport report = validate(List.of());
    assertThat(issues(report, "check.")).containsExactly(
        "error check.referral-after-birth t_referral#2 R2 opened 2010-04-30: opened 2010-04-30 is before dob 2010-05-01"
            + " of t_person 'P1' (person): not before birth",
        "warning check.referral-before-death t_referral#4 R4 opened 2020-07-01: opened 2020-07-01 is after death"
            + " 2020-06-30 of t_person 'P2' (person): not after death");
    assertThat(issues(report, "foreign-key")).hasSize(1);
    assertThat(issues(report, "type")).hasSize(1);
  }

  @Test
  void withinParentReportsAStartBeforeTheParentsStartAndAnythingAfterItsEnd() {
    ValidationReport report = validate(List.of(
        row("id", "A", "referral", "R1", "start", "2010-05-01T09:00:00", "end", "2011-01-01"), // the whole referral
        row("id", "B", "referral", "R1", "start", "2010-04-30T23:59:59", "end", null), // starts the day before
        row("id", "C", "referral", "R1", "start", "2011-01-02T00:00:00", "end", null), // starts after the close
        row("id", "D", "referral", "R1", "start", "2010-06-01T00:00:00", "end", "2011-01-02"), // ends after the close
        row("id", "E", "referral", "R1", "start", "2010-06-01T00:00:00", "end", null), // open under a closed parent
        row("id", "F", "referral", "R2", "start", "2015-01-01T00:00:00", "end", "2030-01-01"), // parent still open
        row("id", "G", "referral", "R9", "start", "1990-01-01T00:00:00", "end", null))); // no such referral
    assertThat(issues(report, "check.plan")).containsExactly(
        "error check.plan-within-referral t_plan#2 B start 2010-04-30T23:59:59: start 2010-04-30 is before opened"
            + " 2010-05-01 of t_referral 'R1' (referral): within its referral",
        "error check.plan-within-referral t_plan#3 C start 2011-01-02T00:00:00: start 2011-01-02 is after closed"
            + " 2011-01-01 of t_referral 'R1' (referral): within its referral",
        "error check.plan-within-referral t_plan#4 D end 2011-01-02: end 2011-01-02 is after closed 2011-01-01"
            + " of t_referral 'R1' (referral): within its referral");
    assertThat(report.tables().stream().filter(t -> t.table().equals("t_plan")).findFirst().orElseThrow().rules())
        .containsEntry("check.plan-within-referral", 3L).containsEntry("foreign-key", 1L);
  }

  @Test
  void aParentThatIsNotValidatedKeepsNothingAndItsChecksDoNotRun() {
    ValidationReport report = validate(List.of(
        row("id", "B", "referral", "R1", "start", "2010-04-30T23:59:59", "end", null)), "t_plan");
    assertThat(issues(report, "check.")).isEmpty();
  }

  @Test
  void parentDatesAreKeptOnlyUntilTheLastTableReadingThemIsDone() {
    CrossTableDates plan = CrossTableDates.plan(SPEC, Set.of("t_person", "t_referral", "t_plan"));
    assertThat(plan.toKeep(PEOPLE)).containsExactly(Map.entry(new FieldRef("t_person", "id"), List.of("dob", "death")));
    assertThat(plan.toKeep(REFERRALS)).containsExactly(
        Map.entry(new FieldRef("t_referral", "id"), List.of("opened", "closed")));
    assertThat(plan.toKeep(PLANS)).isEmpty();
    plan.publish(new FieldRef("t_person", "id"), new ParentDates(List.of("dob", "death")));
    plan.publish(new FieldRef("t_referral", "id"), new ParentDates(List.of("opened", "closed")));
    plan.finished("t_person");
    assertThat(plan.held()).isEqualTo(2);
    plan.finished("t_referral"); // the people's dates were read by the referrals only
    assertThat(plan.held()).isEqualTo(1);
    assertThat(plan.dates(new FieldRef("t_person", "id"))).isNull();
    plan.finished("t_plan");
    assertThat(plan.held()).isZero();
  }

  @Test
  void parentDatesHoldDayNumbersPerKeyAndTheFirstRowOfAKeyWins() {
    ParentDates dates = new ParentDates(List.of("a", "b"));
    for (int i = 0; i < 5000; i++) {
      dates.put("k" + i, new int[] {i, -i});
    }
    dates.put("k7", new int[] {1, 1});
    assertThat(dates.size()).isEqualTo(5000);
    assertThat(dates.day(dates.slot("k7"), 0)).isEqualTo(7);
    assertThat(dates.day(dates.slot("k4999"), 1)).isEqualTo(-4999);
    assertThat(dates.slot("k5000")).isEqualTo(-1);
    assertThat(ParentDates.dayOf(LocalDate.of(2020, 6, 30).toEpochDay() * 86_400L + 50_400L))
        .isEqualTo((int) LocalDate.of(2020, 6, 30).toEpochDay());
  }

  @Test
  void issuesReadAsEnglish() {
    Issue issue = Issue.warning("check.x").inTable("t_plan").atRow(3).withKey("C").onField("start").withValue("v")
        .saying("m");
    assertThat(issue).isEqualTo(new Issue(Severity.WARNING, "check.x", "t_plan", 3, "C", "start", "v", "m"));
  }
}
