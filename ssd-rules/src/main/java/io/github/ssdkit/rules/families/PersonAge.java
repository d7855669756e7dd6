package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * A child's age on the date of a row (an episode's start, a placement's end), from the date of
 * birth in ssd_person: rows the rule is about ({@code applies}) must be at least {@code min} years
 * old on that date, or under {@code max}. The age counts from the birthday itself, as the returns'
 * tools add whole years to the date of birth. Rows without a date, a person or a date of birth pass.
 */
public final class PersonAge implements RuleLogic {

  /** Where the age is taken: a table, its person column and the date the age is taken on. */
  public record On(String table, String person, String date) {}

  private final On on;
  private final BiPredicate<Frame, Integer> applies;
  private final int min;
  private final int max;
  private final String what;

  private PersonAge(On on, BiPredicate<Frame, Integer> applies, int min, int max, String what) {
    this.on = on;
    this.applies = applies;
    this.min = min;
    this.max = max;
    this.what = what;
  }

  /** The child must be at least {@code years} old on the date. */
  public static PersonAge atLeast(On on, BiPredicate<Frame, Integer> applies, int years, String what) {
    return new PersonAge(on, applies, years, Integer.MAX_VALUE, what);
  }

  /** The child must be under {@code years} on the date. */
  public static PersonAge under(On on, BiPredicate<Frame, Integer> applies, int years, String what) {
    return new PersonAge(on, applies, 0, years, what);
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(on.table());
    Frame people = in.table(Persons.TABLE);
    Map<String, Integer> byId = people.indexBy(Persons.ID);
    for (int i : in.rows(f)) {
      LocalDate day = f.date(on.date(), i);
      String person = f.text(on.person(), i);
      Integer p = person == null ? null : byId.get(person);
      LocalDate dob = p == null ? null : people.date(Persons.DOB, p);
      if (day == null || dob == null || !applies.test(f, i)) {
        continue;
      }
      boolean tooYoung = day.isBefore(dob.plusYears(min));
      boolean tooOld = max != Integer.MAX_VALUE && !day.isBefore(dob.plusYears(max));
      if (tooYoung || tooOld) {
        out.at(f, i, on.date(), what + ": the child, born " + dob + " (" + people.describe(p) + "), is "
            + io.github.ssdkit.rules.run.Dates.ageOn(dob, day) + " on " + day
            + (tooYoung ? ", younger than " + min : ", not under " + max));
      }
    }
  }
}
