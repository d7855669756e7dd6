package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Links.eachRow;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.MissingTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.families.Intervals;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.ssda903.Ssda903Links.Children;
import java.time.LocalDate;
import java.util.List;

/** SSDA903 rules linking a child's missing periods (ssd_missing) to the episodes of care. */
final class Ssda903LinksMissing {

  private Ssda903LinksMissing() {}

  private static final String START = MissingTable.MISSING_EPISODE_START_DATE;
  private static final String END = MissingTable.MISSING_EPISODE_END_DATE;
  private static final String CHILD = MissingTable.PERSON_ID;
  private static final String EPISODE_START = ClaEpisodesTable.CLA_EPISODE_START_DATE;

  static void register(Registry r) {
    r.add("575", eachRow(Ssda903Rules.MISSING, END, (m, i, in) -> {
      LocalDate start = m.date(START, i);
      if (start == null || m.has(END, i)) {
        return null;
      }
      Frame e = in.table(Ssda903Rules.EPISODES);
      for (int k : in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, m.text(CHILD, i))) {
        LocalDate from = e.date(EPISODE_START, k);
        LocalDate to = e.date(Ssda903Links.ENDED, k);
        if (from != null && to != null && !start.isBefore(from) && !start.isAfter(to)) {
          return "the missing period began during " + e.describe(k) + ", which ended on " + to
              + ", so it needs an end date";
        }
      }
      return null;
    }));
    r.add("577", eachRow(Ssda903Rules.MISSING, END, (m, i, in) -> {
      LocalDate start = m.date(START, i);
      if (start == null || m.has(END, i)) {
        return null;
      }
      List<Integer> episodes = in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, m.text(CHILD, i));
      return episodes.isEmpty() || stillInCare(in, episodes, start) ? null
          : "the missing period started on " + start + ", but the period of care it started in has ended (none that"
              + " began by then is still open on 31 March), so it needs an end date";
    }));
    r.add("580", eachRow(Ssda903Rules.EPISODES, Ssda903Links.REASON_ENDED, (e, i, in) -> {
      LocalDate ended = e.date(Ssda903Links.ENDED, i);
      String child = e.text(Ssda903Links.EPISODE_CHILD, i);
      List<Integer> people = in.of(Ssda903Rules.PERSON, PersonTable.PERSON_ID, child);
      if (ended == null || people.isEmpty() || "E8".equals(Ssda903Rules.upper(e, Ssda903Links.REASON_ENDED, i))) {
        return null;
      }
      LocalDate birth = in.table(Ssda903Rules.PERSON).date(PersonTable.DOB, people.get(0));
      if (birth == null || !ended.equals(birth.plusYears(18))) {
        return null;
      }
      Frame m = in.table(Ssda903Rules.MISSING);
      for (int k : in.of(Ssda903Rules.MISSING, CHILD, child)) {
        if (ended.equals(m.date(END, k))) {
          return "the child was missing (" + m.describe(k) + ") until leaving care on the 18th birthday, so the "
              + "reason the episode ended must be E8";
        }
      }
      return null;
    }));
  }

  /**
   * Whether the child is still looked after on 31 March in a period of care that began on or before
   * a day: an episode open then (no end, or one after 31 March) whose chain of same-day handovers
   * goes back to a start on or before the day.
   */
  static boolean stillInCare(Children in, List<Integer> episodes, LocalDate day) {
    Frame e = in.table(Ssda903Rules.EPISODES);
    LocalDate ref = in.in.referenceDate();
    List<Integer> ordered = Intervals.byStart(e, EPISODE_START, episodes);
    for (int k = ordered.size() - 1; k >= 0; k--) {
      LocalDate to = e.date(Ssda903Links.ENDED, ordered.get(k));
      if (to != null && !to.isAfter(ref) || e.date(EPISODE_START, ordered.get(k)).isAfter(ref)) {
        continue;
      }
      int first = k;
      while (first > 0 && e.date(EPISODE_START, ordered.get(first)).equals(
          e.date(Ssda903Links.ENDED, ordered.get(first - 1)))) {
        first--;
      }
      if (!e.date(EPISODE_START, ordered.get(first)).isAfter(day)) {
        return true;
      }
    }
    return false;
  }
}
