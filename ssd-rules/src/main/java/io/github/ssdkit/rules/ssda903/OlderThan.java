package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.LegalStatusTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.families.PersonAge.On;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * 358: the youth justice legal statuses (J1 to J3) need a child older than 10 when the status
 * begins; a status beginning on the 10th birthday or earlier is reported, as the return's tool does.
 */
final class OlderThan implements RuleLogic {

  private final On on;
  private final Set<String> codes;
  private final int years;

  OlderThan(On on, Set<String> codes, int years) {
    this.on = on;
    this.codes = codes;
    this.years = years;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(on.table());
    Frame people = in.table(Ssda903Rules.PERSON);
    Map<String, Integer> byId = people.indexBy(PersonTable.PERSON_ID);
    for (int i : in.rows(f)) {
      LocalDate day = f.date(on.date(), i);
      Integer p = f.text(on.person(), i) == null ? null : byId.get(f.text(on.person(), i));
      LocalDate dob = p == null ? null : people.date(PersonTable.DOB, p);
      if (day == null || dob == null || !codes.contains(Ssda903Rules.upper(f, LegalStatusTable.LEGAL_STATUS, i))) {
        continue;
      }
      if (!day.isAfter(dob.plusYears(years))) {
        out.at(f, i, on.date(), "legal status " + f.text(LegalStatusTable.LEGAL_STATUS, i) + " begins on " + day
            + ", when the child (born " + dob + ", " + people.describe(p) + ") was not older than " + years);
      }
    }
  }
}
