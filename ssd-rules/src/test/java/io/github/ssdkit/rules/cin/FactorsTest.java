package io.github.ssdkit.rules.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FactorsTest {

  @Test
  void readsQuotedAndBareCodesInOrderInUpperCase() {
    assertThat(Factors.codes("[\"1a\",\"21\", \" 3c \"]")).containsExactly("1A", "21", "3C");
    assertThat(Factors.codes("[1A, 21,4b]")).containsExactly("1A", "21", "4B");
    assertThat(Factors.codes(" [\"18A\",\"18A\"]")).containsExactly("18A", "18A");
  }

  @Test
  void leavesOutBlanksAndReadsNothingFromTextThatIsNotAnArray() {
    assertThat(Factors.codes("[\"\", \"  \", \"2B\"]")).containsExactly("2B");
    assertThat(Factors.codes("\"1A\"")).isEmpty();
    assertThat(Factors.codes(null)).isEmpty();
    assertThat(Factors.codes("")).isEmpty();
  }

  @Test
  void aQuoteLeftOpenIsSkippedAndWhatFollowsIsStillRead() {
    assertThat(Factors.codes("[\"1A\", \"2")).containsExactly("1A", "2");
    assertThat(Factors.codes("[12ab]")).containsExactly("12A");
  }

  /** The definition the scan replaced: a quoted text, or digits with at most one ASCII letter after them. */
  private static final Pattern DEFINITION = Pattern.compile("\"([^\"]*)\"|([0-9]+[A-Za-z]?)");

  private static List<String> byDefinition(String json) {
    List<String> out = new ArrayList<>();
    if (json == null || !json.strip().startsWith("[")) {
      return out;
    }
    Matcher m = DEFINITION.matcher(json);
    while (m.find()) {
      String code = m.group(1) != null ? m.group(1) : m.group(2);
      if (!code.isBlank()) {
        out.add(code.strip().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  @Test
  void agreesWithTheDefinitionOnManyOddTexts() {
    String alphabet = "[]\", 0123456789aAzZé\t";
    Random random = new Random(20261203L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "[" : "");
      for (int k = random.nextInt(14); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String json = text.toString();
      assertThat(Factors.codes(json)).as(json).isEqualTo(byDefinition(json));
    }
  }
}
