package io.github.ssdkit.rules.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void aDayNumberGivesItsDateSharedFrom1900To2099() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(1900, 1, 1), LocalDate.of(2025, 3, 31), LocalDate.of(2024, 2, 29),
        LocalDate.of(2099, 12, 31)}) {
      int n = (int) day.toEpochDay();
      assertThat(Dates.ofDay(n)).isEqualTo(day).isSameAs(Dates.ofDay(n));
    }
  }

  @Test
  void daysOutsideTheKeptYearsAreMadeEachTime() {
    for (LocalDate day : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(2100, 1, 1), LocalDate.of(1, 1, 1)}) {
      assertThat(Dates.ofDay((int) day.toEpochDay())).isEqualTo(day);
    }
  }
}
