package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CheckInfo;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.WithdrawalBasis;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.RowsSource;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check options of spec 2.0.0 on a small spec built in code: presence on codes (an alias
 * triggers it too), any-present, pattern checks that are warnings, local codes, and the date a
 * withdrawal is judged by.
 */
class DeclaredChecksTest {

  /** Codes: S withdrawn by start, E by end, O open-or-ending-after, all on 2020-01-01; A has alias AA; 1x local. */
  private static final CodeSet KINDS = new CodeSet("kinds", "Kinds", null, null, null, false, "^1[0-9]$", null, null,
      null, List.of(
          withdrawn("S", WithdrawalBasis.START),
          withdrawn("E", WithdrawalBasis.END),
          withdrawn("O", WithdrawalBasis.OPEN_OR_ENDING_AFTER),
          new CodeValue("A", "a", null, null, List.of("AA"), null, null, null, null),
          CodeValue.of("B", "b")),
      null, null);

  private static final Table PERIODS = new Table("t_period", "", "cla", null, null, List.of("id"), List.of(
      Field.builder("id", LogicalType.STRING).required(true).build(),
      Field.builder("kind", LogicalType.CODE).codeSet("kinds").build(),
      Field.builder("start", LogicalType.DATE).build(),
      Field.builder("end", LogicalType.DATE).build(),
      Field.builder("note", LogicalType.STRING).build(),
      Field.builder("other", LogicalType.STRING).build()), List.of(
      new Check.DateOrder(CheckInfo.of("start-before-end", "in order"), "start", "end", true),
      new Check.PresenceWhenCode(CheckInfo.of("a-needs-end", "an A has an end"), "kind", List.of("A"), "end"),
      new Check.AnyPresent(CheckInfo.of("note-or-other", "one of them"), List.of("note", "other")),
      new Check.TextPattern(new CheckInfo("short-id", "ids are short", Severity.WARNING, "", SourceLocation.NONE),
          "id", "^[a-z0-9]{1,3}$")), null, null);

  private static CodeValue withdrawn(String code, WithdrawalBasis basis) {
    return new CodeValue(code, code, LocalDate.of(2020, 1, 1), basis, List.of(), null, null, null, null);
  }

  private static ValidationReport validate(List<Map<String, String>> rows) {
    SpecManifest m = new SpecManifest("ssd", "t", "2.0.0", null, LocalDate.of(2026, 1, 5), null,
        List.of("t_period"), List.of("kinds"), null);
    Spec spec = new Spec(m, List.of(PERIODS), List.of(KINDS));
    return Validator.of(spec).validate(RowsSource.named("test").table("t_period", rows)).report();
  }

  private static Map<String, String> row(String id, String kind, String start, String end) {
    Map<String, String> row = new HashMap<>();
    row.put("id", id);
    row.put("kind", kind);
    row.put("start", start);
    row.put("end", end);
    row.put("note", "n");
    row.put("other", null);
    return row;
  }

  private static String verdict(ValidationReport report, String rule) {
    return report.issues().stream().filter(i -> i.rule().equals(rule)).map(i -> i.severity().label())
        .findFirst().orElse("none");
  }

  @Test
  void aWithdrawalIsJudgedByTheDateItsBasisNames() {
    // started before, ended after the withdrawal
    assertThat(verdict(validate(List.of(row("a", "S", "2019-06-01", "2020-06-01"))), "code.withdrawn"))
        .isEqualTo("warning");
    assertThat(verdict(validate(List.of(row("a", "E", "2019-06-01", "2020-06-01"))), "code.withdrawn"))
        .isEqualTo("error");
    assertThat(verdict(validate(List.of(row("a", "O", "2019-06-01", "2020-06-01"))), "code.withdrawn"))
        .isEqualTo("error");
    // started and ended before
    assertThat(verdict(validate(List.of(row("a", "O", "2019-06-01", "2019-07-01"))), "code.withdrawn"))
        .isEqualTo("warning");
    // still open: only open-or-ending-after makes that an error; end falls back to the start
    assertThat(verdict(validate(List.of(row("a", "O", "2019-06-01", null))), "code.withdrawn")).isEqualTo("error");
    assertThat(verdict(validate(List.of(row("a", "E", "2019-06-01", null))), "code.withdrawn")).isEqualTo("warning");
    assertThat(verdict(validate(List.of(row("a", "E", "2020-06-01", null))), "code.withdrawn")).isEqualTo("error");
  }

  @Test
  void aListedCodeOrItsAliasNeedsTheOtherColumn() {
    ValidationReport report = validate(List.of(
        row("a", "A", "2021-01-01", null), row("b", "AA", "2021-01-01", null), row("c", "B", "2021-01-01", null),
        row("d", "A", "2021-01-01", "2021-02-01")));

    assertThat(report.issues()).filteredOn(i -> i.rule().equals("check.a-needs-end"))
        .extracting(Issue::row).containsExactly(1L, 2L);
  }

  @Test
  void oneOfSeveralColumnsIsEnough() {
    Map<String, String> neither = row("a", "B", null, null);
    neither.put("note", null);
    Map<String, String> other = row("b", "B", null, null);
    other.put("note", null);
    other.put("other", "o");

    ValidationReport report = validate(List.of(neither, other, row("c", "B", null, null)));

    assertThat(report.issues()).filteredOn(i -> i.rule().equals("check.note-or-other"))
        .singleElement().satisfies(i -> {
          assertThat(i.row()).isEqualTo(1L);
          assertThat(i.isError()).isTrue();
        });
  }

  @Test
  void aPatternCheckOfSeverityWarningIsOnlyAWarning() {
    ValidationReport report = validate(List.of(row("too-long", "B", null, null)));

    assertThat(report.issues()).filteredOn(i -> i.rule().equals("check.short-id"))
        .singleElement().satisfies(i -> assertThat(i.isError()).isFalse());
    assertThat(report.valid()).isTrue();
  }

  @Test
  void localCodesPassAndEverythingElseIsStillChecked() {
    ValidationReport report = validate(List.of(row("a", "12", null, null), row("b", "21", null, null)));

    assertThat(report.issues()).filteredOn(i -> i.rule().equals("code")).extracting(Issue::row).containsExactly(2L);
    assertThat(report.issues()).filteredOn(i -> i.rule().equals("code")).first()
        .satisfies(i -> assertThat(i.message()).contains("a local code matching ^1[0-9]$"));
  }

  @Test
  void aDateBeforeYearOneIsNoDate() {
    ValidationReport report = validate(List.of(row("a", "B", "0000-01-01", null), row("b", "B", "0001-01-01", null)));

    assertThat(report.issues()).filteredOn(i -> i.rule().equals("type.date")).extracting(Issue::row)
        .containsExactly(1L);
  }
}
