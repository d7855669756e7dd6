package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole-number keys, stored as their value in runs of slots, behave as any other key. */
class KeySetWholeNumberTest {

  @Test
  void identifiersInOrderAreEachFoundOnceAndNothingElseIs() {
    KeySet set = new KeySet();
    for (int id = 1_000_000; id < 1_200_000; id++) {
      assertThat(set.add(Integer.toString(id))).isTrue();
    }
    for (int id = 1_000_000; id < 1_200_000; id++) {
      assertThat(set.add(Integer.toString(id))).isFalse();
    }
    assertThat(set.size()).isEqualTo(200_000);
    assertThat(set.contains("999999")).isFalse();
    assertThat(set.contains("1200000")).isFalse();
  }

  @Test
  void identifiersWithAPowerOfTwoStrideStillFitAndAreFound() {
    KeySet set = new KeySet();
    for (long k = 1; k <= 50_000; k++) {
      assertThat(set.add(Long.toString(k << 20))).isTrue();
      assertThat(set.add(Long.toString((k << 10) + 1))).isTrue();
    }
    set.trim();
    assertThat(set.size()).isEqualTo(100_000);
    assertThat(set.contains(Long.toString(7L << 20))).isTrue();
    assertThat(set.contains(Long.toString((7L << 10) + 1))).isTrue();
    assertThat(set.contains(Long.toString(7L << 10))).isFalse();
  }

  @Test
  void textThatIsNotAPlainWholeNumberIsAKeyOfItsOwn() {
    KeySet set = new KeySet();
    assertThat(set.add("123")).isTrue();
    assertThat(set.add("0123")).isTrue();
    assertThat(set.add("+123")).isTrue();
    assertThat(set.add("123 ")).isTrue();
    assertThat(set.add("0")).isTrue();
    assertThat(set.add("00")).isTrue();
    assertThat(set.add("999999999999999999")).isTrue(); // 18 digits, the most stored as a value
    assertThat(set.add("1000000000000000000")).isTrue(); // 19 digits: hashed as text
    assertThat(set.add("123")).isFalse();
    assertThat(set.add("1000000000000000000")).isFalse();
    assertThat(set.size()).isEqualTo(8);
  }

  @Test
  void aNumberHashesTheSameWhateverHoldsItsText() {
    assertThat(KeySet.hash(new StringBuilder("4000000004"))).isEqualTo(KeySet.hash("4000000004"));
    assertThat(KeySet.hash("4000000004")).isNotEqualTo(KeySet.hash("4000000005")).isNotZero();
    assertThat(KeySet.hash("0")).isNotZero();
  }
}
