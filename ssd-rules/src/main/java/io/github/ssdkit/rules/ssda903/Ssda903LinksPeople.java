package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Links.eachRow;

import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPreviousPermanenceTable;
import io.github.ssdkit.model.meta.ClaReviewsTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.families.Intervals;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import io.github.ssdkit.rules.ssda903.Ssda903Links.Children;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * SSDA903 rules linking a child's own items (ssd_person, previous permanence, reviews) to the
 * episodes of care: the pupil number reason, the mother item, previous permanence on starting care.
 */
final class Ssda903LinksPeople {

  private Ssda903LinksPeople() {}

  private static final String PERSON_ID = PersonTable.PERSON_ID;
  private static final String EPISODE_START = ClaEpisodesTable.CLA_EPISODE_START_DATE;
  /** Previous permanence is collected for children who started to be looked after from this day. */
  private static final LocalDate PREVIOUS_PERMANENCE_FROM = LocalDate.of(2016, 4, 1);

  /**
   * The day the child's period of care in the return began: the child's first episode in the
   * return, followed back through same-day handovers; null when the child has none.
   */
  static LocalDate careBegan(Children in, String child) {
    Frame e = in.table(Ssda903Rules.EPISODES);
    List<Integer> ordered = Intervals.byStart(e, EPISODE_START,
        in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, child));
    int k = 0;
    while (k < ordered.size() && !in.in.inScope(e, ordered.get(k))) {
      k++;
    }
    if (k == ordered.size()) {
      return null;
    }
    while (k > 0 && e.date(EPISODE_START, ordered.get(k)).equals(e.date(Ssda903Links.ENDED, ordered.get(k - 1)))) {
      k--;
    }
    return e.date(EPISODE_START, ordered.get(k));
  }

  static void register(Registry r) {
    r.add("630", eachRow(Ssda903Rules.EPISODES, ClaEpisodesTable.CLA_EPISODE_START_REASON, (e, i, in) -> {
      LocalDate start = e.date(EPISODE_START, i);
      if (start == null || start.isBefore(in.in.period().start())
          || !"S".equals(Ssda903Rules.upper(e, ClaEpisodesTable.CLA_EPISODE_START_REASON, i))) {
        return null;
      }
      Frame p = in.table(ClaPreviousPermanenceTable.NAME);
      List<Integer> rows = in.of(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PERSON_ID,
          e.text(Ssda903Links.EPISODE_CHILD, i));
      for (int k : rows) {
        String option = Ssda903Rules.upper(p, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION, k);
        if (option.equals("Z1") || !option.isEmpty() && p.has(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_LA, k)
            && p.has(ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_ORDER_DATE, k)) {
          return null;
        }
      }
      return "the child started to be looked after, so needs a previous permanence record with an option (and, "
          + "unless Z1, the authority and date of the order)" + (rows.isEmpty() ? "; there is none"
          : "; " + p.describe(rows.get(0)) + " is incomplete");
    }));
    r.add("210", eachRow(Ssda903Rules.PERSON, PersonTable.UPN_UNKNOWN, (p, i, in) -> {
      if (!"UN4".equals(in.in.canonicalCode(Ssda903Rules.PERSON, PersonTable.UPN_UNKNOWN, p.text(PersonTable.UPN_UNKNOWN, i)))) {
        return null;
      }
      List<Integer> episodes = in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, p.text(PERSON_ID, i));
      LocalDate weekBefore = in.in.referenceDate().minusDays(7);
      return !episodes.isEmpty() && Ssda903LinksMissing.stillInCare(in, episodes, weekBefore.minusDays(1))
          ? "the child has been looked after for more than a week on " + in.in.referenceDate()
              + ", so the pupil number may no longer be unknown for reason UN4"
          : null;
    }));
    r.add("634", eachRow(ClaPreviousPermanenceTable.NAME, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION, (f, i, in) -> {
      if (!Ssda903Links.anyOf(f, i, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_OPTION, ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_LA,
          ClaPreviousPermanenceTable.PREVIOUS_PERMANENCE_ORDER_DATE)) {
        return null;
      }
      LocalDate began = careBegan(in, f.text(ClaPreviousPermanenceTable.PERSON_ID, i));
      return began != null && began.isBefore(PREVIOUS_PERMANENCE_FROM) ? "previous permanence is recorded, but the "
          + "child's period of care began on " + began + ", before " + PREVIOUS_PERMANENCE_FROM : null;
    }));
    r.add("607", new MotherItem());
    r.add("399", new ShortBreaksOnly());
  }

  /**
   * 607: a girl who stopped being looked after in the year (an episode ending in the year other
   * than by X1, not under a short-break status V3 or V4) needs the mother item.
   */
  static final class MotherItem implements RuleLogic {
    @Override
    public void check(RuleInput input, Findings out) {
      Children in = new Children(input);
      EpisodeLinks links = new EpisodeLinks(input);
      Frame e = links.episodes;
      Frame p = input.table(Ssda903Rules.PERSON);
      for (int i : input.rows(p)) {
        if (p.has(PersonTable.IS_MOTHER, i)
            || !"F".equals(input.canonicalCode(Ssda903Rules.PERSON, PersonTable.SEX, p.text(PersonTable.SEX, i)))) {
          continue;
        }
        for (int k : in.of(Ssda903Rules.EPISODES, Ssda903Links.EPISODE_CHILD, p.text(PERSON_ID, i))) {
          LocalDate ended = e.date(Ssda903Links.ENDED, k);
          String reason = Ssda903Rules.upper(e, Ssda903Links.REASON_ENDED, k);
          if (ended != null && input.period().contains(ended) && !reason.isEmpty() && !reason.equals("X1")
              && !Set.of("V3", "V4").contains(links.status(k))) {
            out.at(p, i, PersonTable.IS_MOTHER, "the young woman stopped being looked after in the year ("
                + e.describe(k) + "), so whether she is a mother must be given");
            break;
          }
        }
      }
    }
  }

  /**
   * 399: a child whose episodes in the year are all short breaks (legal status V3 or V4) takes no
   * mother item and no reviews in the year.
   */
  static final class ShortBreaksOnly implements RuleLogic {
    @Override
    public void check(RuleInput input, Findings out) {
      Children in = new Children(input);
      EpisodeLinks links = new EpisodeLinks(input);
      Frame e = links.episodes;
      Frame p = input.table(Ssda903Rules.PERSON);
      Frame reviews = input.table(Ssda903Rules.REVIEWS);
      for (List<Integer> episodes : e.groupBy(Ssda903Links.EPISODE_CHILD, input.rows(e)).values()) {
        if (!episodes.stream().allMatch(k -> Set.of("V3", "V4").contains(links.status(k)))) {
          continue;
        }
        String child = e.text(Ssda903Links.EPISODE_CHILD, episodes.get(0));
        String why = "the child's episodes in the year are all short breaks (legal status V3 or V4, as in "
            + e.describe(episodes.get(0)) + "), so ";
        for (int i : in.of(Ssda903Rules.PERSON, PERSON_ID, child)) {
          if (p.has(PersonTable.IS_MOTHER, i)) {
            out.at(p, i, PersonTable.IS_MOTHER, why + "the mother item is not given");
          }
        }
        for (int k : in.of(Ssda903Rules.REVIEWS, ClaReviewsTable.CLA_PERSON_ID, child)) {
          LocalDate held = reviews.date(ClaReviewsTable.CLA_REVIEW_DATE, k);
          if (held != null ? input.period().contains(held) : reviews.has(ClaReviewsTable.CLA_REVIEW_PARTICIPATION, k)) {
            out.at(reviews, k, ClaReviewsTable.CLA_REVIEW_DATE, why + "no reviews are recorded in the return");
          }
        }
      }
    }
  }
}
