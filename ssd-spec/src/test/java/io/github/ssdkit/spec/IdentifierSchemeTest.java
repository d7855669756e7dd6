package io.github.ssdkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierSchemeTest {

  @Test
  void acceptsNhsNumbersWhoseCheckDigitIsRight() {
    // 943 476 5919: weights 10..2 give 299, 299 mod 11 = 2, 11 - 2 = 9, the last digit.
    assertThat(IdentifierScheme.NHS_NUMBER.hasValidCheck("9434765919")).isTrue();
    assertThat(IdentifierScheme.NHS_NUMBER.hasValidCheck("9434765918")).isFalse();
    assertThat(IdentifierScheme.NHS_NUMBER.hasValidCheck("943476591")).isFalse();
    assertThat(IdentifierScheme.NHS_NUMBER.hasValidCheck("94347659AB")).isFalse();
  }

  @Test
  void rejectsNhsNumbersWhoseCheckWouldBeTen() {
    // 000 000 006 x: sum 12, 12 mod 11 = 1, check 10, which no NHS number may have.
    for (char last = '0'; last <= '9'; last++) {
      assertThat(IdentifierScheme.NHS_NUMBER.hasValidCheck("000000006" + last)).isFalse();
    }
  }

  @Test
  void checksTheUpnCheckLetter() {
    // Body 201 3020 15 000 1: weighted sum 2*2+0*3+1*4+3*5+0*6+2*7+0*8+1*9+5*10+0+0+0+1*13 = 109,
    // 109 mod 23 = 17, the 18th letter of ABCDEFGHJKLMNPQRTUVWXYZ, U.
    assertThat(IdentifierScheme.UPN.hasValidCheck("U201302015000" + "")).isFalse();
    assertThat(IdentifierScheme.UPN.hasValidCheck("U20130201500" + "1")).isTrue();
    assertThat(IdentifierScheme.UPN.hasValidCheck("A20130201500" + "1")).isFalse();
    assertThat(IdentifierScheme.UPN.matchesPattern("I20130201500" + "1")).isFalse();
  }

  @Test
  void acceptsTemporaryUpnsEndingInALetter() {
    // Position 13 letter A counts 0: sum 109 - 13 = 96, 96 mod 23 = 4, E.
    assertThat(IdentifierScheme.UPN.hasValidCheck("E20130201500A")).isTrue();
  }
}
