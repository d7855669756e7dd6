package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.MotherTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The mother items of the SSDA903 header (MOTHER, MC_DOB), which the SSD holds as
 * {@code pers_is_mother} and the {@code ssd_mother} rows of the child's own children.
 */
final class Mothers {

  private Mothers() {}

  static boolean yes(Frame f, String column, int i) {
    String v = f.text(column, i);
    return v != null && Set.of("Y", "YES", "1", "TRUE").contains(v.toUpperCase(Locale.ROOT));
  }

  /** A person's first ssd_mother row giving a child's date of birth, or null. */
  static Integer childBorn(Map<String, List<Integer>> byMother, Frame m, String person) {
    for (int j : byMother.getOrDefault(person, List.of())) {
      if (m.date(MotherTable.CHILDS_DOB, j) != null) {
        return j;
      }
    }
    return null;
  }

  /** 611 (a mother needs her child's date of birth), 612 (a girl not recorded as a mother has one) and 174 (a boy has one). */
  static final class Flag implements RuleLogic {
    private final String code;

    Flag(String code) {
      this.code = code;
    }

    @Override
    public void check(RuleInput in, Findings out) {
      Frame p = in.table(Ssda903Rules.PERSON);
      Frame m = in.table(Ssda903Rules.MOTHERS);
      Map<String, List<Integer>> byMother = m.groupBy(MotherTable.PERSON_ID);
      for (int i : in.rows(p)) {
        String id = p.text(PersonTable.PERSON_ID, i);
        Integer child = id == null ? null : childBorn(byMother, m, id);
        switch (code) {
          case "611" -> {
            if (yes(p, PersonTable.IS_MOTHER, i) && child == null) {
              out.at(p, i, PersonTable.IS_MOTHER, "the child is recorded as a mother, but ssd_mother gives no date of birth of her child");
            }
          }
          case "612" -> {
            if (!yes(p, PersonTable.IS_MOTHER, i) && "F".equals(sex(p, i)) && child != null) {
              out.at(p, i, PersonTable.IS_MOTHER, "the girl is not recorded as a mother, but " + m.describe(child)
                  + " gives the date of birth of her child");
            }
          }
          default -> {
            if ("M".equals(sex(p, i)) && child != null) {
              out.at(p, i, PersonTable.SEX, "a male child may not have a child's date of birth, as " + m.describe(child) + " gives");
            }
          }
        }
      }
    }
  }

  private static String sex(Frame p, int i) {
    return p.has(PersonTable.SEX, i) ? p.text(PersonTable.SEX, i).toUpperCase(Locale.ROOT) : "";
  }

  /** 621: a mother's child may not be born on or before the mother's own birth. */
  static final class OlderThanChild implements RuleLogic {
    @Override
    public void check(RuleInput in, Findings out) {
      Frame p = in.table(Ssda903Rules.PERSON);
      Frame m = in.table(Ssda903Rules.MOTHERS);
      Map<String, Integer> people = p.indexBy(PersonTable.PERSON_ID);
      for (int j : in.rows(m)) {
        LocalDate child = m.date(MotherTable.CHILDS_DOB, j);
        Integer i = m.text(MotherTable.PERSON_ID, j) == null ? null : people.get(m.text(MotherTable.PERSON_ID, j));
        LocalDate mother = i == null ? null : p.date(PersonTable.DOB, i);
        if (child != null && mother != null && !child.isAfter(mother)) {
          out.at(m, j, MotherTable.CHILDS_DOB, "the child's date of birth " + child + " is not after the mother's own, " + mother
              + " (" + p.describe(i) + ")");
        }
      }
    }
  }
}
