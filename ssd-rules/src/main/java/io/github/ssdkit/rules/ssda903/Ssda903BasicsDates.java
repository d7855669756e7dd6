package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.rules.ssda903.Ssda903BasicsRows.Check;
import io.github.ssdkit.validate.rules.Temporal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The return's "is not a valid date" rules (102, 141, 1004...) on SSD date cells.
 *
 * <p>The table pass of the validator already reports, once per cell, every date that is not
 * written {@code yyyy-MM-dd} (with a hint when it looks like {@code dd/MM/yyyy}, which
 * {@code --date-format} accepts), and the rule pack sees such a cell as text with no date
 * ({@code Frame.date} is null while {@code Frame.has} is true). Repeating every one of those under
 * the return's code would double a flood of issues for a whole column exported in another layout,
 * and would call dates wrong that the validator accepts with {@code --date-format}. So a date rule
 * reports only what the return's rule means and the SSD cannot fix by an option: a cell that is
 * empty where the return requires the date (102, 1004), and a text that is no calendar day in any
 * layout (31 February, {@code unknown}, a two-digit year). A real day in another layout
 * ({@code 15/06/2025}, {@code 2025/06/15}) is left to the table pass; an empty cell the return
 * allows passes.
 */
final class Ssda903BasicsDates {

  /** Year, month and day with slashes or dots, which {@code --date-format} may accept. */
  private static final Pattern YEAR_FIRST = Pattern.compile("([0-9]{4})([/.])([0-9]{1,2})\\2([0-9]{1,2})");

  private Ssda903BasicsDates() {}

  /**
   * A date column checked as the return checks it.
   *
   * @param column the date column
   * @param required whether an empty cell breaks the rule
   * @param what the date, in words ("the date of birth")
   * @return the check
   */
  static Check realDate(String column, boolean required, String what) {
    return (f, i, in) -> {
      String text = f.text(column, i);
      if (text == null) {
        return required ? what + " is missing" : null;
      }
      if (f.date(column, i) != null || realDayInAnotherLayout(text)) {
        return null;
      }
      return what + " '" + text + "' is not a real date";
    };
  }

  /** Whether a text that is not an ISO date is still a real calendar day with a four-digit year. */
  static boolean realDayInAnotherLayout(String text) {
    Optional<String> lookalike = Temporal.lookalikePattern(text);
    if (lookalike.isPresent()) {
      return lookalike.get().contains("yyyy");
    }
    Matcher m = YEAR_FIRST.matcher(text);
    if (!m.matches()) {
      return false;
    }
    if (Integer.parseInt(m.group(1)) < 1) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
