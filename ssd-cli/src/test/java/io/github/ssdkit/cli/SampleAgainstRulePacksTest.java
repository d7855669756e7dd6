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
   * The breaches a 60-child sample (seed 1) still shows. None is deliberate: the generator makes
   * rows from the spec, and the spec cannot yet say these things, so they are known gaps.
   */
  private static final Map<String, Long> KNOWN = new TreeMap<>(Map.ofEntries(
      // A referral's no-further-action flag and closure reason are drawn before its assessments and
      // plans, and the spec has no check tying a code to the absence of linked rows.
      Map.entry("cin.4000", 9L), Map.entry("cin.8831", 11L), Map.entry("cin.2990", 2L), Map.entry("cin.8825Q", 1L),
      // Same-day and at-most-one-of links between tables (plan starts on its conference's day; a
      // conference against its enquiry or its referral, not both) are not spec checks.
      Map.entry("cin.2885", 3L), Map.entry("cin.2884", 1L), Map.entry("cin.2991Q", 3L),
      // Open (unauthorised) assessments older than the census year or 45 working days: a real extract
      // shows overdue assessments too (8670Q is a query), but these come from random end dates.
      Map.entry("cin.8670Q", 9L), Map.entry("cin.8736", 5L), Map.entry("cin.8867", 3L),
      // Codes combined within one child or one row (NONE with others, a disability twice, the
      // superseded factor 18A that the spec still accepts) are not spec checks.
      Map.entry("cin.8790", 1L), Map.entry("cin.8794", 2L), Map.entry("cin.8945Q", 1L),
      // Score and reason-for-no-score both filled; a placement type that takes no provider given one.
      Map.entry("ssda903.197a", 10L), Map.entry("ssda903.213", 4L),
      // Care histories: first episode reason, legal status by age, mothers' flags and ages.
      Map.entry("ssda903.357", 1L), Map.entry("ssda903.358", 2L), Map.entry("ssda903.611", 2L),
      Map.entry("ssda903.174", 1L), Map.entry("ssda903.620", 1L),
      // The 159 SSDA903 rules added in the same stop as this test (decisions 300-333): the generator
      // knows nothing of them yet (placement and legal-status pairing, ages at events, durations,
      // episode sequences, adoption and care-leaver details), so these are generator gaps to close.
      Map.entry("ssda903.1003", 2L), Map.entry("ssda903.165", 2L), Map.entry("ssda903.178", 1L),
      Map.entry("ssda903.186", 2L), Map.entry("ssda903.188", 1L), Map.entry("ssda903.197B", 1L),
      Map.entry("ssda903.214", 1L), Map.entry("ssda903.222", 2L), Map.entry("ssda903.232", 3L),
      Map.entry("ssda903.233", 5L), Map.entry("ssda903.334", 2L), Map.entry("ssda903.362", 1L),
      Map.entry("ssda903.364", 1L), Map.entry("ssda903.365", 1L), Map.entry("ssda903.367", 1L),
      Map.entry("ssda903.374", 1L), Map.entry("ssda903.384", 1L), Map.entry("ssda903.392b", 2L),
      Map.entry("ssda903.398", 1L), Map.entry("ssda903.399", 1L), Map.entry("ssda903.408", 1L),
      Map.entry("ssda903.432", 2L), Map.entry("ssda903.433", 2L), Map.entry("ssda903.434", 1L),
      Map.entry("ssda903.436", 1L), Map.entry("ssda903.437", 1L), Map.entry("ssda903.441", 2L),
      Map.entry("ssda903.454", 4L), Map.entry("ssda903.516", 1L), Map.entry("ssda903.518", 2L),
      Map.entry("ssda903.521", 1L), Map.entry("ssda903.542", 2L), Map.entry("ssda903.550", 1L),
      Map.entry("ssda903.552", 1L), Map.entry("ssda903.554", 1L), Map.entry("ssda903.557", 1L),
      Map.entry("ssda903.578", 1L), Map.entry("ssda903.581", 1L), Map.entry("ssda903.602", 4L),
      Map.entry("ssda903.632", 3L), Map.entry("ssda903.633", 4L), Map.entry("ssda903.635", 2L),
      Map.entry("ssda903.SW01bSTG1", 4L), Map.entry("ssda903.SW17STG2", 2L)));

  @TempDir
  Path dir;

  @Test
  void aSampleBreaksOnlyTheKnownStatutoryRulesAndNoTableRule() {
    Spec spec = SpecLoader.bundled().orThrow();
    SampleGenerator.builder(spec).children(60).seed(1).build().generate(dir);
    Period year = Period.parse("2025-04-01..2026-03-31").orElseThrow();
    List<StatutoryRuleSet> packs = List.of(pack("cin-2025-26", year), pack("ssda903-2025-26", year));

    ValidationResult result = Validator.of(spec).withOptions(ValidationOptions.defaults().withRules(packs))
        .validate(DirectorySource.csv(dir));

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
