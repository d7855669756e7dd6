package io.github.ssdkit.validate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.model.runtime.SsdJson;
import io.github.ssdkit.model.table.Person;
import io.github.ssdkit.model.table.VersionLogEntry;
import io.github.ssdkit.spec.format.ExtractFormat;
import io.github.ssdkit.validate.rules.Temporal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The three readers of extract dates agree on every text: {@link ExtractFormat}'s patterns (which
 * the JSON Schemas carry), the validator's hand parser and {@link SsdJson}.
 */
class ExtractFormatAgreementTest {

  private final Temporal temporal = new Temporal(List.of());

  @Test
  void everyCalendarDayOfManyYearsIsJudgedAlike() {
    // year 0 (no calendar year), the years ending in 0, 00 and 000, and the leap rules
    int[][] years = {{0, 12}, {95, 105}, {396, 404}, {995, 1005}, {1895, 2105}, {2396, 2404}};
    int checked = 0;
    for (int[] span : years) {
      for (int y = span[0]; y <= span[1]; y++) {
        for (int m = 0; m <= 13; m++) {
          for (int d = 0; d <= 32; d++) {
            String date = String.format("%04d-%02d-%02d", y, m, d);
            agree(date);
            agree(date + "T00:00:00");
            agree(date + " 23:59:59.5");
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100_000);
    assertThat(ExtractFormat.isDate("2000-02-29")).isTrue();
    assertThat(ExtractFormat.isDate("1900-02-29")).isFalse();
    assertThat(ExtractFormat.isDate("0000-01-01")).isFalse();
    assertThat(ExtractFormat.isDate("0400-02-29")).isTrue();
  }

  @Test
  void fractionsUpToTheLimitAndMidnightDatesAreJudgedAlike() {
    String digits = "1234567890123";
    for (int n = 0; n <= digits.length(); n++) {
      agree("2020-01-01T10:11:12." + digits.substring(0, n));
      agree("2020-01-01 00:00:00." + "0".repeat(n));
    }
    assertThat(ExtractFormat.isDateTime("2020-01-01T10:11:12." + digits.substring(0, ExtractFormat.MAX_FRACTION_DIGITS))).isTrue();
    assertThat(ExtractFormat.isDateTime("2020-01-01T10:11:12." + digits.substring(0, ExtractFormat.MAX_FRACTION_DIGITS + 1))).isFalse();
  }

  @Property(tries = 3000)
  void anyTextIsJudgedAlike(@ForAll("texts") String text) {
    agree(text);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-T :.Zt").ofMaxLength(32);
    Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(0, 9999),
        Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32))
        .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 25),
        Arbitraries.integers().between(0, 61), Arbitraries.integers().between(0, 61),
        Arbitraries.strings().withChars("0123456789").ofMaxLength(11), Arbitraries.of("T", " ", "t", "", "  "))
        .as((h, mi, s, f, sep) -> String.format("%s%02d:%02d:%02d", sep, h, mi, s) + (f.isEmpty() ? "" : "." + f));
    Arbitrary<String> dateTime = Combinators.combine(date, time, Arbitraries.of("", "", "Z", " ", "+01:00"))
        .as((d, t, tail) -> d + t + tail);
    return Arbitraries.oneOf(noise, date, dateTime);
  }

  private void agree(String text) {
    boolean isDateTime = ExtractFormat.isDateTime(text);
    boolean isDate = ExtractFormat.isDate(text);
    assertThat(temporal.parseDateTime(text) != Temporal.INVALID).as("validator date-time '%s'", text).isEqualTo(isDateTime);
    assertThat(temporal.parseDate(text) != Temporal.INVALID).as("validator date '%s'", text).isEqualTo(isDate);
    if (!text.isEmpty()) {
      assertThat(readsAs(text, "{\"pers_person_id\":\"P\",\"pers_dob\":\"%s\"}", Person.class)).as("SsdJson date-time '%s'", text)
          .isEqualTo(isDateTime);
      assertThat(readsAs(text, "{\"version_number\":\"1\",\"release_date\":\"%s\"}", VersionLogEntry.class))
          .as("SsdJson date '%s'", text).isEqualTo(isDate);
    }
  }

  private static boolean readsAs(String text, String row, Class<? extends Record> type) {
    try {
      SsdJson.read(String.format(row, text), type);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
