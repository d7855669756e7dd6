package io.github.ssdkit.spec;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * National identifiers whose shape and check character are published, so an extract can be
 * checked without any lookup.
 */
public enum IdentifierScheme {
  /** NHS number: ten digits, the last a modulus 11 check digit over the first nine. */
  NHS_NUMBER("nhs_number", "^[0-9]{10}$") {
    @Override
    public boolean hasValidCheck(String value) {
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
    public boolean hasValidCheck(String value) {
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
  private final Pattern compiled;

  IdentifierScheme(String specName, String pattern) {
    this.specName = specName;
    this.pattern = pattern;
    this.compiled = Pattern.compile(pattern);
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
   * Whether a value has the right shape (its check character is not checked).
   *
   * @param value a value, or null
   * @return whether it matches {@link #pattern()}
   */
  public boolean matchesPattern(String value) {
    return value != null && compiled.matcher(value).matches();
  }

  /**
   * Whether the value has the right shape and its check character is correct.
   *
   * @param value a value
   * @return whether the value is a valid identifier
   */
  public abstract boolean hasValidCheck(String value);

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
