package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Rules.EPISODES;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPreviousPermanenceTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 632: the date of a previous permanence order, held as text that may leave parts unknown
 * (decision 31: {@code dd/mm/yyyy} with {@code ZZ} or {@code ZZZZ} for an unknown part, or an ISO
 * date), must be a possible date and fall before the child's first episode of care. An unknown
 * part is read as late as it could be (an unknown day as the month's last, an unknown month as
 * December), as the return's tool reads it, so a date that could fall on or after the start is
 * reported; with the year unknown only the form is checked.
 */
final class Ssda903AgesPreviousPermanence {

  private static final String TABLE = ClaPreviousPermanenceTable.NAME;
  private static final String DATE = ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_ORDER_DATE;

  private Ssda903AgesPreviousPermanence() {}

  /** The partly known date read as late as it could be. */
  record Latest(Optional<LocalDate> day) {}

  /** The latest day a text could mean (empty when its year is unknown), or null when it is no possible date. */
  static Latest latest(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return new Latest(Optional.of(LocalDate.parse(t)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    String[] parts = t.split("/", -1);
    if (parts.length != 3 || !parts[0].matches("ZZ|\\d{1,2}") || !parts[1].matches("ZZ|\\d{1,2}")
        || !parts[2].matches("ZZZZ|\\d{4}")) {
      return null;
    }
    int year = parts[2].equals("ZZZZ") ? 2000 : Integer.parseInt(parts[2]);
    int month = parts[1].equals("ZZ") ? 12 : Integer.parseInt(parts[1]);
    if (month < 1 || month > 12) {
      return null;
    }
    int last = YearMonth.of(year, month).lengthOfMonth();
    int day = parts[0].equals("ZZ") ? last : Integer.parseInt(parts[0]);
    boolean possible = parts[1].equals("ZZ") ? day >= 1 && day <= 31 : day >= 1 && day <= last;
    if (!possible) {
      return null;
    }
    return new Latest(parts[2].equals("ZZZZ") ? Optional.empty() : Optional.of(LocalDate.of(year, month, day)));
  }

  static void check(RuleInput in, Findings out) {
    Frame f = in.table(TABLE);
    Frame e = in.table(EPISODES);
    Map<String, List<Integer>> episodes = e.groupBy(ClaEpisodesTable.PERSON_ID);
    for (int i : in.rows(f)) {
      String text = f.text(DATE, i);
      if (text == null) {
        continue;
      }
      Latest latest = latest(text);
      if (latest == null) {
        out.at(f, i, DATE, "the previous permanence order date '" + text
            + "' is not a possible date (dd/mm/yyyy, with ZZ for an unknown day or month and ZZZZ for an unknown year)");
        continue;
      }
      int j = Ssda903AgesLinkedDates.extreme(e, episodes.get(f.text(ClaPreviousPermanenceTable.PERSON_ID, i)),
          ClaEpisodesTable.CLA_EPISODE_START_DATE, false, k -> true);
      if (j >= 0 && latest.day().isPresent() && !latest.day().get().isBefore(e.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j))) {
        out.at(f, i, DATE, "the previous permanence order dated " + text + " is not before the child's first episode of"
            + " care began on " + e.date(ClaEpisodesTable.CLA_EPISODE_START_DATE, j) + " (" + e.describe(j) + ")");
      }
    }
  }
}
