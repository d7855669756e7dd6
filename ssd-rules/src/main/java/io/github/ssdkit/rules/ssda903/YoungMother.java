package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** 620: a child recorded as a mother must have turned 11 by the start of the collection year. */
final class YoungMother implements RuleLogic {

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(Ssda903Rules.PERSON);
    for (int i : in.rows(f)) {
      String mother = f.text(PersonTable.IS_MOTHER, i);
      LocalDate dob = f.date(PersonTable.DOB, i);
      if (dob == null || mother == null || !Set.of("Y", "YES", "1", "TRUE").contains(mother.toUpperCase(Locale.ROOT))) {
        continue;
      }
      if (dob.plusYears(11).isAfter(in.period().start())) {
        out.at(f, i, PersonTable.IS_MOTHER, "the child is recorded as a mother but, born " + dob
            + ", was under 11 at the start of the collection year " + in.period().start());
      }
    }
  }
}
