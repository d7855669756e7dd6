package io.github.ssdkit.sample;

import io.github.ssdkit.spec.IdentifierScheme;

/**
 * Makes unique key values and valid national identifiers from a running number, so uniqueness
 * needs no memory. Generated keys never start with 9; that prefix is kept for dangling references.
 */
final class Identifiers {

  private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private Identifiers() {}

  /** A key for the n-th row (n from 0), seven digits while they last. */
  static String key(long n) {
    // 1000000..8999999, then 11 digits from 10000000000: never a leading 9.
    return Long.toString(n < 8_000_000 ? 1_000_000 + n : 10_000_000_000L + n);
  }

  /** A value no generated key has: eight digits with a leading 9. */
  static String danglingKey(long n) {
    return "9" + (1_000_000 + n % 1_000_000);
  }

  /** The n-th valid identifier of the scheme (distinct for distinct n). */
  static String identifier(IdentifierScheme scheme, long n) {
    return scheme == IdentifierScheme.NHS_NUMBER ? nhsNumber(n) : upn(n);
  }

  private static String nhsNumber(long n) {
    // Nine-digit stems from 400000000 upwards, skipping stems whose check digit would be 10:
    // index n maps to stem 400000000 + 2n or its neighbour, so distinct n stay distinct.
    long stem = 400_000_000L + 2 * n;
    for (long s = stem; ; s++) {
      String digits = Long.toString(s);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (digits.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 11) {
        check = 0;
      }
      if (check != 10) {
        return digits + check;
      }
    }
  }

  private static String upn(long n) {
    // LA 201, then eleven digits of serial: twelve characters after the check letter.
    // Padded by hand: String.format follows the default locale, whose digits may not be ASCII.
    String serial = Long.toString(n % 1_000_000_000L);
    String body = "201" + "0".repeat(9 - serial.length()) + serial;
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (body.charAt(i) - '0') * (i + 2);
    }
    return UPN_LETTERS.charAt(sum % 23) + body;
  }

  /** The same identifier with a wrong check character (same shape). */
  static String breakCheck(IdentifierScheme scheme, String valid) {
    if (scheme == IdentifierScheme.NHS_NUMBER) {
      char last = valid.charAt(9);
      char other = last == '9' ? '0' : (char) (last + 1);
      return valid.substring(0, 9) + other;
    }
    int at = UPN_LETTERS.indexOf(valid.charAt(0));
    return UPN_LETTERS.charAt((at + 1) % 23) + valid.substring(1);
  }
}
