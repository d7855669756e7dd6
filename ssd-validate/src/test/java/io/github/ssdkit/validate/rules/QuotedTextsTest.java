package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching the inside of a JSON string against a few texts, in place. */
class QuotedTextsTest {

  private final QuotedTexts flags = new QuotedTexts(List.of("NFA_FLAG", "NFA_S47_END_FLAG", "NF", "N", "Y", "NFA_FLAG"));

  @Test
  void findsTheTextTheStringHoldsAtItsLastPosition() {
    String cell = "{\"NFA_FLAG\":\"Y\"}";
    int t = flags.match(cell, 2);
    assertThat(flags.position(t)).isEqualTo(5);
    assertThat(flags.length(t)).isEqualTo("NFA_FLAG".length());
    assertThat(flags.position(flags.match(cell, 13))).isEqualTo(4);
  }

  @Test
  void tellsTextsApartThatShareTheirFirstCharacters() {
    assertThat(flags.position(flags.match("\"NFA_S47_END_FLAG\"", 1))).isEqualTo(1);
    assertThat(flags.position(flags.match("\"NF\"", 1))).isEqualTo(2);
    assertThat(flags.position(flags.match("\"N\"", 1))).isEqualTo(3);
  }

  @Test
  void matchesNoPrefixNoLongerStringAndNoUnclosedString() {
    assertThat(flags.match("\"NFA_FLA\"", 1)).isNegative();
    assertThat(flags.match("\"NFA_FLAGS\"", 1)).isNegative();
    assertThat(flags.match("\"NFA_FLAG", 1)).isNegative();
    assertThat(flags.match("\"Y", 1)).isNegative();
    assertThat(flags.match("\"\"", 1)).isNegative();
    assertThat(flags.match("\"nfa_flag\"", 1)).isNegative();
  }

  @Test
  void neverMatchesAnEscapedSpelling() {
    assertThat(flags.match("\"NFA\\u005FFLAG\"", 1)).isNegative();
  }

  @Test
  void leavesOutTextsThatAJsonStringCannotHoldPlainly() {
    QuotedTexts odd = new QuotedTexts(List.of("a\"b", "a\\b", "", "é"));
    assertThat(odd.match("\"a\\\"b\"", 1)).isNegative();
    assertThat(odd.match("\"a\\\\b\"", 1)).isNegative();
    assertThat(odd.position(odd.match("\"é\"", 1))).isEqualTo(3);
  }
}
