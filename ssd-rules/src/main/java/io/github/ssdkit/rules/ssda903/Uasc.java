package io.github.ssdkit.rules.ssda903;

import java.util.Locale;

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
    String s = status.toUpperCase(Locale.ROOT);
    return s.contains("UASC") || s.contains("UNACCOMPANIED");
  }
}
