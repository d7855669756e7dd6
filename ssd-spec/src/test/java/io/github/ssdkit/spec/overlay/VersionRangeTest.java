package io.github.ssdkit.spec.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.diff.SemVer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Core version ranges as overlays write them, in Maven's notation. */
class VersionRangeTest {

  @ParameterizedTest(name = "{0} holds {1}: {2}")
  @CsvSource({
      "'[2.0.0,3.0.0)', 2.0.0, true",
      "'[2.0.0,3.0.0)', 2.9.9, true",
      "'[2.0.0,3.0.0)', 3.0.0, false",
      "'[2.0.0,3.0.0)', 1.9.0, false",
      "'(2.0.0,3.0.0]', 2.0.0, false",
      "'(2.0.0,3.0.0]', 3.0.0, true",
      "'[2.0.0,)', 9.0.0, true",
      "'(,2.0.0)', 1.0.0, true",
      "'[2.0.0]', 2.0.0, true",
      "'[2.0.0]', 2.0.1, false",
      "2.0.0, 2.0.0, true",
      "2.0.0, 2.1.0, false",
      "'[2.0.0,3.0.0)', 2.1.0-rc1, true"})
  void holds(String range, String version, boolean expected) {
    assertThat(VersionRange.parse(range).orElseThrow().contains(SemVer.parse(version).orElseThrow()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "[2.0.0", "2.0.0,3.0.0", "[3.0.0,2.0.0)", "[a,b)", "(2.0.0)", ">=2.0.0"})
  void refusesWhatIsNotARange(String text) {
    assertThat(VersionRange.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"[2.0.0,3.0.0)", "(,2.0.0]", "[2.0.0,)", "[2.0.0]"})
  void printsAsWritten(String text) {
    assertThat(VersionRange.parse(text).orElseThrow()).hasToString(text);
  }
}
