package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole numbers close together are held as bits in a window; the set behaves the same as with hashes. */
class KeySetWindowTest {

  @Test
  void identifiersHandedOutInOrderTakeAboutABitEachAndNoSlots() {
    KeySet set = new KeySet(1_000_000);
    for (int id = 1_000_000; id < 2_000_000; id++) {
      assertThat(set.add(Integer.toString(id))).isTrue();
    }
    set.trim();

    assertThat(set.size()).isEqualTo(1_000_000);
    assertThat(set.capacity()).isEqualTo(1024); // no slots were made for the estimate
    assertThat(set.windowBytes()).isLessThanOrEqualTo(2 * 1_000_000 / 8 + (1 << 17));
    assertThat(set.add("1500000")).isFalse();
    assertThat(set.contains("1999999")).isTrue();
    assertThat(set.contains("2000000")).isFalse();
    assertThat(set.contains("999999")).isFalse();
  }

  @Test
  void aNumberFarFromTheOthersIsHashedAndStillFound() {
    KeySet set = new KeySet();
    for (int id = 1; id <= 100_000; id++) {
      set.add(Integer.toString(id));
    }
    long window = set.windowBytes();

    assertThat(set.add("999999999999")).isTrue();
    assertThat(set.add("999999999999")).isFalse();
    assertThat(set.contains("999999999999")).isTrue();
    assertThat(set.contains("999999999998")).isFalse();
    assertThat(set.windowBytes()).isEqualTo(window);
    assertThat(set.size()).isEqualTo(100_001);
  }

  @Test
  void numbersHashedBeforeTheWindowReachedThemAreMovedIntoItAndNotCountedTwice() {
    KeySet set = new KeySet();
    set.add("3000000"); // the first window is made around this one
    for (int id = 1_099_999; id >= 1_000_000; id--) {
      // the first ones are hashed, too far from 3000000 for the window's budget; once there are
      // enough keys, the window reaches down to the one being added, over all those hashed
      assertThat(set.add(Integer.toString(id))).isTrue();
    }
    assertThat(set.add("3000001")).isTrue();
    set.trim();

    assertThat(set.size()).isEqualTo(100_002);
    assertThat(set.capacity()).isEqualTo(1024);
    for (int id = 1_000_000; id < 1_100_000; id++) {
      assertThat(set.add(Integer.toString(id))).isFalse();
    }
    assertThat(set.add("3000000")).isFalse();
    assertThat(set.contains("2999999")).isFalse();
    assertThat(set.size()).isEqualTo(100_002);
  }

  @Test
  void numbersArrivingDownwardsWidenTheWindowBelowItsStart() {
    KeySet set = new KeySet();
    for (int id = 500_000; id > 0; id--) {
      assertThat(set.add(Integer.toString(id))).isTrue();
    }
    set.trim();

    assertThat(set.size()).isEqualTo(500_000);
    assertThat(set.capacity()).isEqualTo(1024);
    assertThat(set.add("1")).isFalse();
    assertThat(set.add("0")).isTrue();
  }

  @Test
  void noOtherKeyHashesIntoTheRangeOfWholeNumbers() {
    for (int i = 0; i < 200_000; i++) {
      long h = KeySet.hash("key-" + i);
      assertThat(h >>> 60).as("key-%d", i).isNotEqualTo(KeySet.WHOLE >>> 60);
    }
    assertThat(KeySet.hash("42") >>> 60).isEqualTo(KeySet.WHOLE >>> 60);
  }
}
