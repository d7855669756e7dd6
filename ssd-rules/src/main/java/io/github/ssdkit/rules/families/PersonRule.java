package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;

/**
 * A rule about each row of a table together with its child's row in ssd_person (a closure for
 * death against the date of death, a referral against the date of birth). Rows whose person is not
 * in ssd_person pass: the table pass reports that foreign key.
 */
public final class PersonRule implements RuleLogic {

  /** Whether a row, with its person's row, breaks the rule; the message if so, else null. */
  @FunctionalInterface
  public interface Check {
    String breach(Frame f, int i, Frame people, int p, RuleInput in);
  }

  private final String table;
  private final String person;
  private final String field;
  private final Check check;

  /**
   * @param table the table
   * @param person its column holding the person id
   * @param field the field issues point at
   * @param check the condition and message
   */
  public PersonRule(String table, String person, String field, Check check) {
    this.table = table;
    this.person = person;
    this.field = field;
    this.check = check;
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    Frame people = in.table(Persons.TABLE);
    int[] personRow = f.linkTo(person, people, Persons.ID);
    for (int i : in.rows(f)) {
      int p = personRow[i];
      if (p < 0) {
        continue;
      }
      String message = check.breach(f, i, people, p, in);
      if (message != null) {
        out.at(f, i, field, message + " (" + people.describe(p) + ")");
      }
    }
  }
}
