package io.github.ssdkit.spec.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.diff.Change;
import io.github.ssdkit.spec.diff.Impact;
import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.diff.SpecDiff;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionGateTest {

  private static SpecDiff diff(String from, String to, Impact... impacts) {
    List<Change> changes = java.util.Arrays.stream(impacts)
        .map(i -> new Change(i, "test." + i.id(), "column t.c", "a", "b", "")).toList();
    return new SpecDiff(from, to, changes);
  }

  @ParameterizedTest(name = "{0} -> {1} with {2}: {3}")
  @CsvSource({
      "1.0.0, 2.0.0, BREAKING_DATA, true",
      "1.0.0, 2.0.0, BREAKING_CODE, true",
      "1.0.0, 1.1.0, BREAKING_DATA, false",
      "1.0.0, 1.0.1, BREAKING_CODE, false",
      "1.0.0, 1.0.0, BREAKING_DATA, false",
      "1.0.0, 1.1.0, COMPATIBLE, true",
      "1.0.0, 2.0.0, COMPATIBLE, true",
      "1.0.0, 1.0.1, COMPATIBLE, false",
      "1.0.0, 1.2.0, COMPATIBLE, false",
      "1.0.0, 1.0.1, DOCS_ONLY, true",
      "1.0.0, 1.1.0, DOCS_ONLY, true",
      "1.0.0, 1.0.0, DOCS_ONLY, false",
      "1.0.0, 1.0.2, DOCS_ONLY, false",
      "1.4.2, 2.0.0-rc.1, BREAKING_DATA, true",
      "1.4.2, 2.1.0, BREAKING_DATA, false",
  })
  void theVersionMustMatchTheWorstChange(String from, String to, Impact impact, boolean passes) {
    assertThat(VersionGate.check(diff(from, to, impact, Impact.DOCS_ONLY)).passed()).isEqualTo(passes);
  }

  @Test
  void theSameContentMayKeepItsVersionOrTakeANewOne() {
    assertThat(VersionGate.check(diff("1.0.0", "1.0.0")).passed()).isTrue();
    assertThat(VersionGate.check(diff("1.0.0", "1.0.1")).passed()).isTrue();
    assertThat(VersionGate.check(diff("1.0.0", "0.9.0")).passed()).isFalse();
  }

  @Test
  void aFailureSaysWhichVersionsWouldPassAndWhy() {
    VersionGate.Verdict verdict = VersionGate.check(diff("1.0.0", "1.0.0", Impact.COMPATIBLE, Impact.DOCS_ONLY));

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.required()).contains(SemVer.Level.MINOR);
    assertThat(verdict.message())
        .contains("its version is still 1.0.0")
        .contains("set version to 1.1.0 (or 2.0.0) in ssd.yaml")
        .contains("compatible test.compatible column t.c (a -> b)")
        .doesNotContain("docs-only");
  }

  @Test
  void versionsThatAreNotSemanticVersionsFail() {
    assertThat(VersionGate.check(diff("1.0", "2.0.0")).message()).contains("MAJOR.MINOR.PATCH");
  }
}
