package io.github.ssdkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RulePacks;
import io.github.ssdkit.rules.run.StatutoryRuleSet;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.RuleSetSummary;
import io.github.ssdkit.validate.source.DirectorySource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sample extract passes both statutory rule packs of its collection year, but for the breaches
 * listed here by rule id with their exact count, each with why it is still there. A change that
 * fixes one (or breaks another) fails here, so the list is kept true.
 */
class SampleAgainstRulePacksTest {

  /**
   * The breaches a 60-child sample (seed 1) still shows: none. The generator follows the returns'
   * conventions (ssd-sample's conventions.txt, decisions 313 and 314) and the spec's checks.
   */
  private static final Map<String, Long> KNOWN = Map.of();

  /** Errors (not queries) of both packs together a 200-child sample (seed 1) may show at most. */
  private static final long MOST_ERRORS_AT_200 = 0;

  /**
   * The rules a 2,000-child sample (seed 1) breaks: none. Larger samples may show one, a thing a
   * real extract shows too (decision 315): SSDA903 SW17STG2, a child who died, whose latest social
   * worker episode has ended (2 at 20,000 children, seed 1, when this was set; none at seed 2).
   */
  private static final Map<String, Long> KNOWN_AT_2000 = Map.of();

  @TempDir
  Path dir;

  /** A sample of so many children (seed 1) validated with both 2025-26 packs. */
  private ValidationResult sampleAgainstBothPacks(int children) {
    Spec spec = SpecLoader.bundled().orThrow();
    SampleGenerator.builder(spec).children(children).seed(1).build().generate(dir);
    Period year = Period.parse("2025-04-01..2026-03-31").orElseThrow();
    List<StatutoryRuleSet> packs = List.of(pack("cin-2025-26", year), pack("ssda903-2025-26", year));
    return Validator.of(spec).withOptions(ValidationOptions.defaults().withRules(packs)).validate(DirectorySource.csv(dir));
  }

  @Test
  void aSampleBreaksOnlyTheKnownStatutoryRulesAndNoTableRule() {
    ValidationResult result = sampleAgainstBothPacks(60);

    assertThat(result.isUsable()).isTrue();
    assertThat(result.report().issues()).filteredOn(Issue::isError)
        .allSatisfy(i -> assertThat(i.rule()).matches("(cin|ssda903)\\..+"));
    Map<String, Long> found = new TreeMap<>();
    for (RuleSetSummary s : result.report().ruleSets()) {
      found.putAll(s.ruleCounts());
    }
    assertThat(found).isEqualTo(KNOWN);
  }

  @Test
  void aLargerSampleStaysWithinItsErrorBound() {
    // 200 children (seed 1) showed no error and no query when this was set; before decision 314,
    // 2 errors (CIN 4016, 4017) and 4 queries; before the conventions, 156 CIN and 383 SSDA903.
    ValidationResult result = sampleAgainstBothPacks(200);

    assertThat(result.report().ruleSets()).hasSize(2);
    assertThat(result.report().ruleSets().stream().mapToLong(RuleSetSummary::errors).sum())
        .isLessThanOrEqualTo(MOST_ERRORS_AT_200);
    assertThat(result.report().issues()).filteredOn(Issue::isError)
        .allSatisfy(i -> assertThat(i.rule()).matches("(cin|ssda903)\\..+"));
  }

  @Test
  void twoThousandChildrenBreakNoRuleOfEitherPackNorOfTheSpec() {
    // Before decision 314 this sample broke CIN 2991Q 33 times (a query), 4016 13, 4001 10, 4017 8,
    // 8841 once, and SSDA903 378 6 times, 189 3, 234 2 and 347 once.
    ValidationResult result = sampleAgainstBothPacks(2000);

    assertThat(result.report().ruleSets()).hasSize(2);
    Map<String, Long> found = new TreeMap<>();
    result.report().ruleSets().forEach(s -> found.putAll(s.ruleCounts()));
    assertThat(found).isEqualTo(KNOWN_AT_2000);
    assertThat(result.report().issues()).filteredOn(Issue::isError).isEmpty();
    assertThat(result.report().rows()).isGreaterThan(40_000);
  }

  @Test
  void theSampleWritesNoProposedCodeSoNoLegalStatusOutsideTheReturn() {
    // Decision 340: PF (private fostering) is a proposed legal status that SSDA903 rule 144 rejects.
    Spec spec = SpecLoader.bundled().orThrow();
    SampleGenerator.builder(spec).children(200).seed(1).build().generate(dir);
    List<StatutoryRuleSet> packs = List.of(RulePacks.select("ssda903-2025-26", Optional.empty()).orElseThrow()
        .only(Set.of("ssda903.144")));

    ValidationResult result = Validator.of(spec).withOptions(ValidationOptions.defaults().withRules(packs))
        .validate(DirectorySource.csv(dir));

    assertThat(result.report().ruleSets()).singleElement()
        .satisfies(s -> assertThat(s.ruleCounts()).doesNotContainKey("ssda903.144"));
    assertThat(result.report().rows()).isGreaterThan(1000);
  }

  private static StatutoryRuleSet pack(String name, Period year) {
    return RulePacks.select(name, Optional.of(year)).orElseThrow();
  }
}
