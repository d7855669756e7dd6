package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.Set;

/**
 * SSDA903 header items needed for every child looked after in the year other than on short breaks
 * only (see {@link Ssda903ConditionalsJoined#notOnlyShortBreaks}): 442 a pupil number or the reason
 * there is none, 393 whether a girl is a mother, and 165 the mother item as a whole (a yes/no value,
 * never "yes" for a boy, given for such a girl).
 */
final class Ssda903ConditionalsPeople implements RuleLogic {

  private static final String MOTHER = PersonTable.IS_MOTHER;
  private final String code;

  Ssda903ConditionalsPeople(String code) {
    this.code = code;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame p = in.table(Ssda903Rules.PERSON);
    Set<String> children = Ssda903ConditionalsJoined.notOnlyShortBreaks(in);
    for (int i : in.rows(p)) {
      boolean lookedAfter = children.contains(p.text(PersonTable.PERSON_ID, i));
      switch (code) {
        case "442" -> {
          if (lookedAfter && !p.has(PersonTable.UPN, i) && !p.has(PersonTable.UPN_UNKNOWN, i)) {
            out.at(p, i, PersonTable.UPN, "a child looked after in the year (not only on short breaks) needs a unique pupil "
                + "number or the reason there is none");
          }
        }
        case "393" -> {
          if (lookedAfter && girl(in, p, i) && !p.has(MOTHER, i)) {
            out.at(p, i, MOTHER, "a girl looked after in the year (not only on short breaks) needs to say whether she is a mother");
          }
        }
        default -> {
          String mother = in.canonicalCode(p.table(), MOTHER, p.text(MOTHER, i));
          if (mother != null && !mother.equals("Y") && !mother.equals("N")) {
            out.at(p, i, MOTHER, "whether the child is a mother must be yes or no (Y/N, or 1/0)");
          } else if ("Y".equals(mother) && "M".equals(in.canonicalCode(p.table(), PersonTable.SEX, p.text(PersonTable.SEX, i)))) {
            out.at(p, i, MOTHER, "a boy cannot be recorded as a mother");
          } else if (mother == null && lookedAfter && girl(in, p, i)) {
            out.at(p, i, MOTHER, "a girl looked after in the year (not only on short breaks) needs to say whether she is a mother");
          }
        }
      }
    }
  }

  private static boolean girl(RuleInput in, Frame p, int i) {
    return "F".equals(in.canonicalCode(p.table(), PersonTable.SEX, p.text(PersonTable.SEX, i)));
  }
}
