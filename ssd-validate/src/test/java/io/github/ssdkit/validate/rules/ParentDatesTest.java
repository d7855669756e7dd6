package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A parent's dates are found by its key, whether the key is kept in the window of numbers or hashed. */
class ParentDatesTest {

  @Test
  void identifiersInOrderFarNumbersAndTextKeysAllKeepTheirDates() {
    ParentDates dates = new ParentDates(List.of("start", "end"));
    for (int id = 1_000_000; id < 1_300_000; id++) {
      dates.put(Integer.toString(id), new int[] {id % 20_000, ParentDates.NONE});
    }
    dates.put("999999999999", new int[] {7, 8});
    dates.put("EP-1", new int[] {9, 10});
    dates.put("0042", new int[] {11, 12}); // text: a leading zero is not a plain whole number

    assertThat(dates.size()).isEqualTo(300_003);
    assertThat(datesOf(dates, "1123456")).containsExactly(1_123_456 % 20_000, ParentDates.NONE);
    assertThat(datesOf(dates, "999999999999")).containsExactly(7, 8);
    assertThat(datesOf(dates, "EP-1")).containsExactly(9, 10);
    assertThat(datesOf(dates, "0042")).containsExactly(11, 12);
    assertThat(dates.slot("42")).isEqualTo(-1);
    assertThat(dates.slot("1300000")).isEqualTo(-1);
    assertThat(dates.slot("999999")).isEqualTo(-1);
  }

  @Test
  void theFirstRowOfAKeyWinsAndNumbersHashedBeforeTheWindowReachedThemKeepTheirDates() {
    ParentDates dates = new ParentDates(List.of("start"));
    dates.put("5000000", new int[] {1}); // the first window is made around this one
    // too far below it for the window's budget at first, so hashed; once there are enough keys the
    // window reaches down over them all, and the dates of 5000000 move with it
    for (int id = 4_899_999; id >= 4_700_000; id--) {
      dates.put(Integer.toString(id), new int[] {id - 4_700_000});
    }
    dates.put("4700000", new int[] {-5});
    dates.put("5000000", new int[] {-5});

    assertThat(dates.size()).isEqualTo(200_001);
    for (int id = 4_700_000; id < 4_900_000; id += 997) {
      assertThat(datesOf(dates, Integer.toString(id))).as("%d", id).containsExactly(id - 4_700_000);
    }
    assertThat(datesOf(dates, "4700000")).containsExactly(0);
    assertThat(datesOf(dates, "5000000")).containsExactly(1);
    assertThat(dates.slot("4900000")).isEqualTo(-1);
  }

  private static int[] datesOf(ParentDates dates, String key) {
    int slot = dates.slot(key);
    assertThat(slot).as(key).isNotNegative(); // callers take a negative slot for a key not kept
    int[] found = new int[dates.columns().size()];
    for (int c = 0; c < found.length; c++) {
      found[c] = dates.day(slot, c);
    }
    return found;
  }
}
