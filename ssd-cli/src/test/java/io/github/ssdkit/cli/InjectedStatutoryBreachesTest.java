package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RulePacks;
import io.github.ssdkit.sample.InjectedError;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.sample.SampleResult;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.pack.SourceTables;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ssd sample --errors} writes dates out of order that are statutory breaches too, and the
 * rule packs find each one the return would hold: a care episode or a missing period that ends
 * before it began, an initial conference before its referral, a review before its plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InjectedStatutoryBreachesTest {

  private static final Period YEAR = Period.parse("2025-04-01..2026-03-31").orElseThrow();
  private static final String IN_YEAR = "2025-04-01";

  @TempDir
  static Path dir;

  private List<InjectedError> injected;
  private Set<String> found;
  private final Set<String> lookedAfterInYear = new HashSet<>();

  @BeforeAll
  void injectAndValidate() throws Exception {
    Spec spec = SpecLoader.bundled().orThrow();
    // every row gets an error, so each kind of date breach comes up; 1,000 children, as protection
    // plans (and their conferences and reviews) are fewer since enquiries are done by their assessment
    SampleResult sample = SampleGenerator.builder(spec).children(1000).seed(1).errorRate(1.0).build().generate(dir);
    injected = sample.injectedErrors();
    ValidationReport report = Validator.of(spec)
        .withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(100_000).withRules(List.of(
            RulePacks.select("cin-2025-26", Optional.of(YEAR)).orElseThrow(),
            RulePacks.select("ssda903-2025-26", Optional.of(YEAR)).orElseThrow())))
        .validate(DirectorySource.csv(dir)).report();
    found = report.issues().stream().map(InjectedStatutoryBreachesTest::where).collect(Collectors.toSet());
    new SourceTables(spec, DirectorySource.csv(dir)).read("ssd_cla_episodes",
        List.of("clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"), (row, key, cells) -> {
          if (cells[1] != null && cells[1].compareTo("2026-04-01") < 0 && (cells[2] == null || cells[2].compareTo(IN_YEAR) >= 0)) {
            lookedAfterInYear.add(cells[0]);
          }
        });
  }

  @Test
  void aCareEpisodeEndingBeforeItBeganIsFoundBySsda903Rule356() {
    assertFoundInYear("ssd_cla_episodes", "clae_cla_episode_ceased_date", "ssda903.356", Set.of());
  }

  @Test
  void aMissingPeriodEndingBeforeItBeganIsFoundBySsda903Rule567() throws Exception {
    // the return holds the missing periods of children looked after in the year only
    Spec spec = SpecLoader.bundled().orThrow();
    Set<Long> outside = new HashSet<>();
    new SourceTables(spec, DirectorySource.csv(dir)).read("ssd_missing", List.of("miss_person_id"), (row, key, cells) -> {
      if (!lookedAfterInYear.contains(cells[0])) {
        outside.add(row);
      }
    });
    assertFoundInYear("ssd_missing", "miss_missing_episode_end_date", "ssda903.567", outside);
  }

  @Test
  void aConferenceBeforeItsReferralIsFoundByCinRule1104() {
    assertFoundInYear("ssd_initial_cp_conference", "icpc_icpc_date", "cin.1104", Set.of());
  }

  @Test
  void aReviewBeforeItsPlanStartedIsFoundByCinRule8841() {
    assertFoundInYear("ssd_cp_reviews", "cppr_cp_review_date", "cin.8841", Set.of());
  }

  /**
   * Every date of the column moved earlier (out of order) into the collection year is reported by
   * the rule at its row, except rows the return does not hold; and there is at least one.
   */
  private void assertFoundInYear(String table, String column, String rule, Set<Long> outsideTheReturn) {
    List<InjectedError> breaches = injected.stream()
        .filter(e -> e.table().equals(table) && e.column().equals(column) && e.kind().equals("check"))
        .filter(e -> e.injected().compareTo(e.original()) < 0 && e.injected().compareTo(IN_YEAR) >= 0)
        .filter(e -> !outsideTheReturn.contains(e.row()))
        .toList();
    assertThat(breaches).as("injected breaches of %s.%s", table, column).isNotEmpty();
    assertThat(breaches).allSatisfy(e -> assertThat(found).contains(table + "#" + e.row() + "#" + rule));
  }

  private static String where(Issue i) {
    return i.table() + "#" + i.row() + "#" + i.rule();
  }
}
