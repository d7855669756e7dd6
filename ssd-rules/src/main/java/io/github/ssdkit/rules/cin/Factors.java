package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.AssessmentFactorsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the factor codes of an assessment from its JSON array text, such as {@code ["1A","21"]}. */
final class Factors {

  static final String TABLE = AssessmentFactorsTable.NAME;
  static final String COLUMN = AssessmentFactorsTable.ASSESSMENT_FACTORS_JSON;

  private Factors() {}

  /**
   * The codes in order, upper case, repeats kept; empty for an empty cell. Text that is not an array
   * is the table pass's to report. A code is a quoted text, or else a bare number with at most one
   * letter after it, as in a hand-written {@code [1A, 21]}. Scanned by hand: a pattern matcher per
   * row was the factor rules' main cost.
   */
  static List<String> codes(String json) {
    List<String> out = new ArrayList<>();
    if (json == null || !json.strip().startsWith("[")) {
      return out;
    }
    int n = json.length();
    for (int p = 0; p < n; ) {
      char c = json.charAt(p);
      int close = c == '"' ? json.indexOf('"', p + 1) : -1;
      if (close > 0) {
        add(out, json.substring(p + 1, close));
        p = close + 1;
      } else if (c >= '0' && c <= '9') {
        int end = p + 1;
        while (end < n && json.charAt(end) >= '0' && json.charAt(end) <= '9') {
          end++;
        }
        if (end < n && isAsciiLetter(json.charAt(end))) {
          end++;
        }
        add(out, json.substring(p, end));
        p = end;
      } else {
        p++;
      }
    }
    return out;
  }

  private static void add(List<String> out, String code) {
    if (!code.isBlank()) {
      out.add(code.strip().toUpperCase(Locale.ROOT));
    }
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
