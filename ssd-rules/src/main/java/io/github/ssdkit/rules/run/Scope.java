package io.github.ssdkit.rules.run;

import java.util.List;
import java.util.Map;

/**
 * Which rows of the SSD a return would hold for the collection period. The SSD keeps every
 * referral and episode ever recorded, while a return holds only those open during its year, so a
 * rule that, say, wants a closure date inside the census year must not look at a referral closed
 * five years ago. Each return defines its scope from a few columns, loaded besides the rules' own.
 */
public interface Scope {

  /** The columns the scope reads, by table. */
  Map<String, List<String>> columns();

  /**
   * Whether row {@code i} of a table is in the return. Tables the scope does not know are wholly in.
   *
   * @param in the rule input, for the other tables and the period
   * @param f the table
   * @param i the row
   * @return whether the row is in the return
   */
  boolean includes(RuleInput in, Frame f, int i);

  /** A scope holding every row of every table. */
  Scope EVERYTHING = new Scope() {
    @Override
    public Map<String, List<String>> columns() {
      return Map.of();
    }

    @Override
    public boolean includes(RuleInput in, Frame f, int i) {
      return true;
    }
  };
}
