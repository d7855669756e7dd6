package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatternSamplerTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "^[A-Z]{2}[0-9]{4}$",
    "^E[0-9]{8}$",
    "^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$",
    "^(Y|N|U)$",
    "^\\d{3}-\\d{2}(-[A-Z]+)?$",
    "^(?:ab|cd)+x*$"
  })
  void samplesMatchTheirPattern(String pattern) {
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      String s = PatternSampler.sample(pattern, rng);
      assertThat(s).as(pattern).isNotNull().matches(pattern);
    }
  }

  @Test
  void unsupportedPatternsGiveNull() {
    assertThat(PatternSampler.sample("^[^a]+$", new SplittableRandom(1))).isNull();
    assertThat(PatternSampler.sample("^a.b$", new SplittableRandom(1))).isNull();
  }
}
