package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.sample.InjectedError;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.sample.SampleResult;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator and the sample generator agree about the whole bundled spec. */
class SampleRoundTripTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void aCleanSampleHasNoErrors(@TempDir Path dir) {
    SampleResult sample = SampleGenerator.builder(spec).children(150).seed(3).build().generate(dir);
    assertThat(sample.isWritten()).isTrue();

    ValidationReport report = validate(dir);

    assertThat(report.issues()).filteredOn(Issue::isError).isEmpty();
    assertThat(report.rows()).isEqualTo(sample.totalRows());
  }

  @Test
  void everyInjectedErrorIsReported(@TempDir Path dir) {
    // required cells that can be emptied alone are few (a sample fills every column a return reads,
    // decision 340), so enough errors are injected for each kind to come up
    SampleResult sample = SampleGenerator.builder(spec).children(150).seed(6).errorRate(0.05).build().generate(dir);
    assertThat(sample.injectedErrors()).hasSizeGreaterThan(50);

    ValidationReport report = validate(dir);

    Set<String> reported = report.issues().stream().filter(Issue::isError)
        .map(i -> i.table() + "#" + i.row() + "#" + i.kind())
        .collect(Collectors.toSet());
    List<InjectedError> missed = sample.injectedErrors().stream()
        .filter(e -> !reported.contains(e.table() + "#" + e.row() + "#" + e.kind()))
        .toList();
    assertThat(missed).isEmpty();
    assertThat(sample.injectedErrors().stream().map(InjectedError::kind).distinct())
        .contains("type", "required", "code", "primary-key", "foreign-key", "check");
  }

  @Test
  void injectedCrossTableBreachesAreFoundUnderTheirCheck(@TempDir Path dir) {
    // every row gets an error, so dates bounded only by a cross-table check (a conference's date,
    // a review's date) are among the choices
    SampleResult sample = SampleGenerator.builder(spec).children(300).seed(3).errorRate(1.0).build().generate(dir);
    Set<String> crossColumns = new java.util.TreeSet<>();
    spec.tables().forEach(t -> t.checks().forEach(c -> c.crossTable().ifPresent(x ->
        x.fields().stream().skip(1).forEach(f -> crossColumns.add(t.name() + "." + f)))));
    List<InjectedError> breaches = sample.injectedErrors().stream()
        .filter(e -> e.kind().equals("check") && crossColumns.contains(e.table() + "." + e.column())).toList();
    assertThat(breaches).hasSizeGreaterThan(3);

    ValidationReport report = Validator.of(spec).withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(100_000))
        .validate(DirectorySource.csv(dir)).report();

    Set<String> reported = report.issues().stream().filter(Issue::isError)
        .filter(i -> spec.table(i.table()).map(t -> t.checks().stream().anyMatch(c -> c.crossTable().isPresent()
            && i.rule().equals("check." + c.id()))).orElse(false))
        .map(i -> i.table() + "#" + i.row() + "#" + i.field()).collect(Collectors.toSet());
    assertThat(breaches).allSatisfy(e -> assertThat(reported).contains(e.table() + "#" + e.row() + "#" + e.column()));
  }

  @Test
  void everyInjectedErrorIsAnErrorOfTheBundledSpec(@TempDir Path dir) {
    // what `ssd sample --children 50 --errors 0.05` writes: it listed a code error in an extensible code set
    SampleResult sample = SampleGenerator.builder(spec).children(50).seed(1).errorRate(0.05).build().generate(dir);

    ValidationReport report = validate(dir);

    Set<String> injected = sample.injectedErrors().stream().map(e -> e.table() + "#" + e.row())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<String> reported = report.issues().stream().filter(Issue::isError).map(i -> i.table() + "#" + i.row())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(reported).isEqualTo(injected);
  }

  @Test
  void jsonLinesAndCsvOfTheSameSampleGiveTheSameReport(@TempDir Path dir) {
    SampleGenerator.builder(spec).children(60).seed(11).errorRate(0.03)
        .format(FileKind.JSON_LINES).build().generate(dir);

    ValidationReport csv = validate(dir);
    ValidationReport jsonl = Validator.of(spec).withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(100_000))
        .validate(DirectorySource.jsonLines(dir)).report();

    assertThat(jsonl.rows()).isEqualTo(csv.rows());
    // the CSV folder also holds injected-errors.csv, which is rightly reported as an unknown table
    java.util.Map<String, Long> csvCounts = new java.util.TreeMap<>(csv.ruleCounts());
    assertThat(csvCounts.remove("input.unknown-table")).isEqualTo(1L);
    // JSON Lines are typed: a text in a number column is a JSON value of the wrong type there, one type error either way
    assertThat(typesMerged(jsonl.ruleCounts())).isEqualTo(typesMerged(csvCounts));
    assertThat(jsonl.errors()).isPositive();
  }

  private static java.util.Map<String, Long> typesMerged(java.util.Map<String, Long> counts) {
    java.util.Map<String, Long> merged = new java.util.TreeMap<>();
    counts.forEach((rule, n) -> merged.merge(rule.startsWith("type.") ? "type" : rule, n, Long::sum));
    return merged;
  }

  private static ValidationReport validate(Path dir) {
    ValidationResult result = Validator.of(SpecLoader.bundled().orThrow())
        .withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(100_000))
        .validate(DirectorySource.csv(dir));
    assertThat(result.isUsable()).isTrue();
    return result.report();
  }
}
