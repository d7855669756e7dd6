package io.github.ssdkit.rules.cin;

import io.github.ssdkit.model.meta.AssessmentFactorsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the factor codes of an assessment from its JSON array text, such as {@code ["1A","21"]}. */
final class Factors {

  static final String TABLE = AssessmentFactorsTable.NAME;
  static final String COLUMN = AssessmentFactorsTable.ASSESSMENT_FACTORS_JSON;
  private static final Pattern CODE = Pattern.compile("\"([^\"]*)\"|([0-9]+[A-Za-z]?)");

  private Factors() {}

  /** The codes in order, upper case, repeats kept; empty for an empty cell. Text that is not an array is the table pass's to report. */
  static List<String> codes(String json) {
    List<String> out = new ArrayList<>();
    if (json == null || !json.strip().startsWith("[")) {
      return out;
    }
    Matcher m = CODE.matcher(json);
    while (m.find()) {
      String code = m.group(1) != null ? m.group(1) : m.group(2);
      if (!code.isBlank()) {
        out.add(code.strip().toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }
}
