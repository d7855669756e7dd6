package io.github.ssdkit.rules.ssda903;

import static io.github.ssdkit.rules.ssda903.Ssda903Rules.CARE_LEAVERS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.EPISODES;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PERSON;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.PLACEMENTS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.REVIEWS;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.SDQ;
import static io.github.ssdkit.rules.ssda903.Ssda903Rules.upper;

import io.github.ssdkit.model.meta.CareLeaversTable;
import io.github.ssdkit.model.meta.ClaEpisodesTable;
import io.github.ssdkit.model.meta.ClaPlacementTable;
import io.github.ssdkit.model.meta.ClaReviewsTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.model.meta.SdqScoresTable;
import io.github.ssdkit.rules.families.PersonRule;
import io.github.ssdkit.rules.families.RowRule;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.Period;
import io.github.ssdkit.rules.run.RuleInput;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The SSDA903 rules on a child's age on a date: an event's own date (a placement's start, a review)
 * or the collection year's first or last day (1 April, 31 March). An age of N is reached on the
 * N-th birthday itself ({@code dob.plusYears(n)}, 29 February birthdays on 28 February, as the
 * return's tool adds years). Rows without the date or the date of birth pass. Facts follow the
 * public SSDA903 validator. {@link #register} also registers the rules that need several rows
 * ({@link Ssda903AgesPeople}), the linked date orders ({@link Ssda903AgesLinkedDates}) and the
 * durations ({@link Ssda903Durations}).
 */
final class Ssda903Ages {

  private Ssda903Ages() {}

  static void register(Registry r) {
    questionnaires(r);
    people(r);
    placements(r);
    endings(r);
    r.add("440", ageOnReview(Set.of("PN0"), false,
        "participation code PN0 is only for a child under 4, but the child was 4 or over at the review"));
    r.add("441", ageOnReview(Set.of("PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"), true,
        "a child under 4 at the review takes participation code PN0"));
    Ssda903AgesPeople.register(r);
    Ssda903AgesLinkedDates.register(r);
    Ssda903Durations.register(r);
  }

  /** The day a child born on {@code dob} turns {@code years}. */
  static LocalDate birthday(LocalDate dob, int years) {
    return dob.plusYears(years);
  }

  private static LocalDate dob(Frame people, int p) {
    return people.date(PersonTable.DOB, p);
  }

  /** A questionnaire row belongs to the year's return when it has no date or is dated in the period. */
  private static boolean thisYear(Frame f, int i, Period period) {
    LocalDate done = f.date(SdqScoresTable.SDQ_COMPLETED_DATE, i);
    return done == null || period.contains(done);
  }

  private static void questionnaires(Registry r) {
    r.add("188", new PersonRule(SDQ, SdqScoresTable.PERSON_ID, SdqScoresTable.SDQ_SCORE, (f, i, people, p, in) -> {
      LocalDate dob = dob(people, p);
      if (dob == null || !thisYear(f, i, in.period()) || !answered(f, i)
          || !birthday(dob, 4).isAfter(in.period().end())) {
        return null;
      }
      return "the child, born " + dob + ", is under 4 on " + in.period().end()
          + " and takes no questionnaire score or reason for none";
    }));
    r.add("189", new PersonRule(SDQ, SdqScoresTable.PERSON_ID, SdqScoresTable.SDQ_SCORE, (f, i, people, p, in) -> {
      LocalDate dob = dob(people, p);
      if (dob == null || !thisYear(f, i, in.period()) || !answered(f, i)
          || !birthday(dob, 17).isBefore(in.period().start())) {
        return null;
      }
      return "the young person, born " + dob + ", was over 17 on " + in.period().start()
          + " and takes no questionnaire score or reason for none";
    }));
  }

  private static boolean answered(Frame f, int i) {
    return f.has(SdqScoresTable.SDQ_SCORE, i) || f.has(SdqScoresTable.SDQ_REASON, i);
  }

  private static void people(Registry r) {
    r.add("209", RowRule.on(PERSON, PersonTable.UPN_UNKNOWN, (f, i, in) -> {
      LocalDate dob = f.date(PersonTable.DOB, i);
      boolean un1 = "UN1".equals(upper(f, PersonTable.UPN_UNKNOWN, i)) || "UN1".equals(upper(f, PersonTable.UPN, i));
      return un1 && dob != null && !birthday(dob, 4).isAfter(schoolAgeCutOff(in));
    }, (f, i) -> "the child, born " + f.date(PersonTable.DOB, i)
        + ", was of school age (4 by 31 August before the collection year), so the unknown pupil number reason UN1"
        + " (too young for a number) does not apply"));
    r.add("351", RowRule.on(PERSON, PersonTable.DOB, (f, i, in) -> {
      LocalDate dob = f.date(PersonTable.DOB, i);
      return dob != null && in.period().start().isAfter(birthday(dob, 25));
    }, (f, i) -> "the child, born " + f.date(PersonTable.DOB, i) + ", was over 25 at the start of the collection year"));
  }

  /** 31 August of the calendar year before the one the period starts in (31 August 2024 for 2025-26). */
  private static LocalDate schoolAgeCutOff(RuleInput in) {
    return LocalDate.of(in.period().start().getYear() - 1, 8, 31);
  }

  private static void placements(Registry r) {
    r.add("371", youngestPlaced("K3", 16, "supported accommodation not regulated as a children's home"));
    r.add("372", youngestPlaced("R5", 10, "youth custody or prison"));
    r.add("373", youngestPlaced("S1", 4, "a school"));
    r.add("374", youngestPlaced("P3", 14, "residential employment"));
    r.add("234", new PersonRule(PLACEMENTS, ClaPlacementTable.PERSON_ID, ClaPlacementTable.CLA_PLACEMENT_CHANGE_REASON,
        (f, i, people, p, in) -> {
          LocalDate dob = dob(people, p);
          LocalDate moved = f.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, i);
          if (dob == null || moved == null || !"CUSTOD".equals(upper(f, ClaPlacementTable.CLA_PLACEMENT_CHANGE_REASON, i))
              || !moveInYear(in, f, f.text(ClaPlacementTable.PERSON_ID, i), moved) || !moved.isBefore(birthday(dob, 10))) {
            return null;
          }
          return "the placement ended on " + moved + " because the child was taken into custody, but the child, born "
              + dob + ", was under 10";
        }));
  }

  /**
   * Whether the return holds a move on this day: the placement the child moved to (one starting
   * that day) was open in the year, or, with no such placement, the move itself is in the year.
   */
  private static boolean moveInYear(RuleInput in, Frame f, String child, LocalDate moved) {
    Integer j = child == null ? null : in.once(MOVES).get(new Move(child, moved));
    if (j != null) {
      return Ssda903AgesLinkedDates.openIn(in.period(), moved, f.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, j));
    }
    return in.period().contains(moved);
  }

  /** A child's placement start: where {@link #moveInYear} looks a move up. */
  private record Move(String child, LocalDate day) {}

  /** The first placement in the return starting on each day, by child, found once per run of the rule. */
  private static final Function<RuleInput, Map<Move, Integer>> MOVES = in -> {
    Frame f = in.table(PLACEMENTS);
    Map<Move, Integer> first = new HashMap<>();
    for (int j : in.rows(f)) {
      String child = f.text(ClaPlacementTable.PERSON_ID, j);
      LocalDate start = f.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, j);
      if (child != null && start != null) {
        first.putIfAbsent(new Move(child, start), j);
      }
    }
    return first;
  };

  /** A placement of the given type, open in the year, that starts before the child turns {@code years}. */
  private static PersonRule youngestPlaced(String type, int years, String what) {
    return new PersonRule(PLACEMENTS, ClaPlacementTable.PERSON_ID, ClaPlacementTable.CLA_PLACEMENT_START_DATE, (f, i, people, p, in) -> {
      LocalDate dob = dob(people, p);
      LocalDate start = f.date(ClaPlacementTable.CLA_PLACEMENT_START_DATE, i);
      if (dob == null || start == null || !type.equals(upper(f, ClaPlacementTable.CLA_PLACEMENT_TYPE, i))
          || !Ssda903AgesLinkedDates.openIn(in.period(), start, f.date(ClaPlacementTable.CLA_PLACEMENT_END_DATE, i))
          || !start.isBefore(birthday(dob, years))) {
        return null;
      }
      return "a placement in " + what + " (" + type + ") needs a child of at least " + years + ", but it starts on "
          + start + " and the child was born " + dob;
    });
  }

  private static void endings(Registry r) {
    r.add("407", new PersonRule(EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, (f, i, people, p, in) -> {
      LocalDate dob = dob(people, p);
      LocalDate ended = f.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i);
      if (dob == null || ended == null
          || !Set.of("E45", "E46", "E47", "E48").contains(upper(f, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i))
          || !ended.isAfter(birthday(dob, 18))) {
        return null;
      }
      return "the child left care on " + ended + " through a special guardianship order ("
          + f.text(ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i) + ") after the 18th birthday (born " + dob + ")";
    }));
    r.add("460", new PersonRule(EPISODES, ClaEpisodesTable.PERSON_ID, ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, (f, i, people, p, in) -> {
      LocalDate dob = dob(people, p);
      LocalDate ended = f.date(ClaEpisodesTable.CLA_EPISODE_CEASED_DATE, i);
      if (dob == null || ended == null || !"E17".equals(upper(f, ClaEpisodesTable.CLA_EPISODE_CEASED_REASON, i))
          || !ended.isBefore(birthday(dob, 18))) {
        return null;
      }
      return "reason E17 (staying on with former foster carers at 18) needs a young person of 18 or over, but care"
          + " ended on " + ended + " and the child was born " + dob;
    }));
    r.add("3001", new PersonRule(CARE_LEAVERS, CareLeaversTable.PERSON_ID, CareLeaversTable.CARE_LEAVER_ACCOMMODATION,
        (f, i, people, p, in) -> {
          LocalDate dob = dob(people, p);
          String accom = Ssda903Rules.accommodation(f, i);
          if (dob == null || accom == null || !Set.of("Z1", "Z2").contains(accom)
              || !in.period().contains(birthday(dob, 17))) {
            return null;
          }
          return "a care leaver who turns 17 in the collection year (born " + dob
              + ") may not be recorded as living with former foster carers (" + accom + ")";
        }));
    r.add("347", new PersonRule(CARE_LEAVERS, CareLeaversTable.PERSON_ID, CareLeaversTable.CARE_LEAVER_ACCOMMODATION,
        (f, i, people, p, in) -> {
          LocalDate dob = dob(people, p);
          if (dob == null || !upper(f, CareLeaversTable.CARE_LEAVER_ACCOMMODATION, i).startsWith("T")
              || !birthday(dob, 18).isAfter(in.period().start())) {
            return null;
          }
          return "a care leaver under 18 on " + in.period().start() + " (born " + dob
              + ") may not be recorded as living in a foyer (T)";
        }));
  }

  private static PersonRule ageOnReview(Set<String> codes, boolean wrongUnder4, String what) {
    return new PersonRule(REVIEWS, ClaReviewsTable.CLA_PERSON_ID, ClaReviewsTable.CLA_REVIEW_PARTICIPATION, (f, i, people, p, in) -> {
      LocalDate dob = dob(people, p);
      LocalDate review = f.date(ClaReviewsTable.CLA_REVIEW_DATE, i);
      if (dob == null || review == null || !in.period().contains(review)
          || !codes.contains(upper(f, ClaReviewsTable.CLA_REVIEW_PARTICIPATION, i))) {
        return null;
      }
      LocalDate fourth = birthday(dob, 4);
      boolean breach = wrongUnder4 ? review.isBefore(fourth) : review.isAfter(fourth);
      return breach ? what + " (review on " + review + ", child born " + dob + ")" : null;
    });
  }
}
