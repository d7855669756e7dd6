package io.github.ssdkit.rules.ssda903;

/**
 * The one reading of the SSD's free-text immigration status as "unaccompanied asylum-seeking
 * child" that every SSDA903 rule shares (decisions 310 and 320): the text names {@code UASC} or
 * {@code unaccompanied}, in any case. Other wording is left alone rather than guessed at, so an
 * authority that writes it otherwise gets the checks for children who are not UASC.
 */
final class Uasc {

  private Uasc() {}

  /** {@return whether a status text names an unaccompanied asylum-seeking child; false for null} */
  static boolean named(String status) {
    if (status == null) {
      return false;
    }
    return holds(status, "UASC") || holds(status, "UNACCOMPANIED");
  }

  /** Whether {@code text} holds {@code word} in any case, without making an upper-case copy per cell. */
  private static boolean holds(String text, String word) {
    for (int at = 0; at + word.length() <= text.length(); at++) {
      if (text.regionMatches(true, at, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
