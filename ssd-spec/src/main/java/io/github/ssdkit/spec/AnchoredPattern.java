package io.github.ssdkit.spec;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The spec's regular expressions (column patterns, pattern checks, local codes) are anchored and compile. */
public final class AnchoredPattern {

  private AnchoredPattern() {}

  /**
   * What is wrong with {@code regex} as a spec pattern, as the end of a sentence, or null when nothing.
   *
   * @param regex the pattern as written in the spec
   * @return the problem, or null when the pattern is fine
   */
  public static String problem(String regex) {
    if (!regex.startsWith("^") || !regex.endsWith("$")) {
      return "pattern must be anchored with ^ and $";
    }
    try {
      Pattern.compile(regex);
      return null;
    } catch (PatternSyntaxException e) {
      return "pattern is not a valid regular expression: " + e.getDescription();
    }
  }
}
