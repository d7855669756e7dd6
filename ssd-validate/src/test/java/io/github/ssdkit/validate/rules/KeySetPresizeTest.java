package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key set made ready for an estimate keeps its memory contract whether the estimate was right or not. */
class KeySetPresizeTest {

  @Test
  void anExactEstimateNeedsNoGrowingAndEndsAsLargeAsAGrownSet() {
    KeySet grown = filled(new KeySet(), 100_000);
    KeySet presized = new KeySet(100_000);
    presized.add("key-0"); // the slots are made for the first key that is not a whole number
    int before = presized.capacity();

    filled(presized, 100_000);
    presized.trim();

    assertThat(presized.capacity()).isEqualTo(before).isEqualTo(grown.capacity());
    assertThat(presized.size()).isEqualTo(100_000);
  }

  @Test
  void anEstimateTooHighIsGivenBackByTrim() {
    KeySet grown = filled(new KeySet(), 5_000);
    KeySet presized = filled(new KeySet(4_000_000), 5_000);
    assertThat(presized.capacity()).isGreaterThan(4 * grown.capacity());

    presized.trim();

    assertThat(presized.capacity()).isEqualTo(grown.capacity());
    // at most three quarters full, and at most 22 bytes a key above the 1,024-slot floor
    assertThat(presized.size() * 4L).isLessThanOrEqualTo(presized.capacity() * 3L);
    assertThat(presized.capacity() * 8L).isLessThanOrEqualTo(22L * presized.size());
    for (int i = 0; i < 5_000; i++) {
      assertThat(presized.contains("key-" + i)).isTrue();
    }
    assertThat(presized.contains("key-5000")).isFalse();
  }

  @Test
  void anEstimateTooLowStillHoldsEveryKey() {
    KeySet presized = filled(new KeySet(10), 50_000);
    presized.trim();

    assertThat(presized.size()).isEqualTo(50_000);
    assertThat(presized.capacity()).isEqualTo(filled(new KeySet(), 50_000).capacity());
    assertThat(presized.add("key-49999")).isFalse();
  }

  @Test
  void anAbsurdEstimateIsCapped() {
    KeySet set = new KeySet(Long.MAX_VALUE);
    set.add("key-0"); // the slots are made for the first key that is not a whole number
    assertThat(set.capacity()).isEqualTo(1 << 24);
  }

  private static KeySet filled(KeySet set, int keys) {
    for (int i = 0; i < keys; i++) {
      set.add("key-" + i);
    }
    return set;
  }
}
