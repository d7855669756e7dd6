package io.github.ssdkit.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * National identifiers whose shape and check character are published, so an extract can be
 * checked without any lookup.
 */
public enum IdentifierScheme {
  /** NHS number: ten digits, the last a modulus 11 check digit over the first nine. */
  NHS_NUMBER("nhs_number", "^[0-9]{10}$") {
    @Override
    public boolean matchesPattern(CharSequence value) {
      if (value == null || value.length() != 10) {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        if (!digit(value.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean hasValidCheck(CharSequence value) {
      if (!matchesPattern(value)) {
        return false;
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (value.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - (sum % 11);
      if (check == 11) {
        check = 0;
      }
      return check != 10 && check == value.charAt(9) - '0';
    }
  },
  /**
   * Unique Pupil Number: a check letter, then twelve characters (LA code, establishment, year,
   * serial), the last of which may be a letter in a temporary UPN. The check letter is the
   * weighted sum of characters 2 to 13 (weights 2 to 13) modulo 23, read from a 23-letter alphabet
   * without I, O and S.
   */
  UPN("upn", "^[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]$") {
    @Override
    public boolean matchesPattern(CharSequence value) {
      if (value == null || value.length() != 13 || !upnLetter(value.charAt(0))) {
        return false;
      }
      for (int i = 1; i < 12; i++) {
        if (!digit(value.charAt(i))) {
          return false;
        }
      }
      char last = value.charAt(12);
      return digit(last) || upnLetter(last);
    }

    @Override
    public boolean hasValidCheck(CharSequence value) {
      if (!matchesPattern(value)) {
        return false;
      }
      int sum = 0;
      for (int i = 1; i < 13; i++) {
        char c = value.charAt(i);
        int digit = Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
        sum += digit * (i + 1);
      }
      return UPN_LETTERS.charAt(sum % 23) == value.charAt(0);
    }
  };

  private static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private final String specName;
  private final String pattern;

  IdentifierScheme(String specName, String pattern) {
    this.specName = specName;
    this.pattern = pattern;
  }

  /** {@return the name used in spec files, such as {@code nhs_number}} */
  public String specName() {
    return specName;
  }

  /**
   * An anchored regular expression for the shape, usable in JSON Schema too.
   *
   * @return the pattern
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Whether the value has the shape of {@link #pattern()}, decided by a hand-written test instead
   * of a regular expression: this runs on every identifier cell of an extract, which the validator
   * passes as it read it, with no String made. A property test holds it to the same answers as the
   * pattern on random input.
   *
   * @param value the text, possibly null (which never matches)
   * @return true when the whole value matches the pattern
   */
  public abstract boolean matchesPattern(CharSequence value);

  /**
   * Whether the value has the right shape and its check character is correct.
   *
   * @param value a value
   * @return whether the value is a valid identifier
   */
  public abstract boolean hasValidCheck(CharSequence value);

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The letters of {@code [A-HJ-NP-RT-Z]}, which are those of {@link #UPN_LETTERS}. */
  private static boolean upnLetter(char c) {
    return c >= 'A' && c <= 'Z' && UPN_LETTERS.indexOf(c) >= 0;
  }

  /**
   * The scheme by its spec-file name.
   *
   * @param name the name
   * @return the scheme, or empty when there is none of that name
   */
  public static Optional<IdentifierScheme> fromSpecName(String name) {
    return Arrays.stream(values()).filter(t -> t.specName.equals(name)).findFirst();
  }
}
