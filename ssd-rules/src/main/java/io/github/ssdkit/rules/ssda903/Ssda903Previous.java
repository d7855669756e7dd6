package io.github.ssdkit.rules.ssda903;

import io.github.ssdkit.model.meta.MotherTable;
import io.github.ssdkit.model.meta.PersonTable;
import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.Implementations.Registry;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The SSDA903 rules that compare a child's header with last year's (catalogue {@code needs:
 * previous-return}): they run only when last year's extract is given, and look only at children in
 * both years' returns, matched by person id.
 */
public final class Ssda903Previous {

  private static final String PERSON = PersonTable.NAME;
  private static final Set<String> UNKNOWN_LATER = Set.of("UN2", "UN3", "UN4", "UN5");
  /** An unknown-UPN reason rather than a number: the return's UN1 to UN5, and the SSD's further UN codes. */
  private static final java.util.regex.Pattern UNKNOWN = java.util.regex.Pattern.compile("UN\\d{1,2}");

  private Ssda903Previous() {}

  /** Registers 202, 203, 204, 207, 208 and 626, and the episode comparisons of {@link Ssda903PreviousEpisodes} and the histories of {@link Ssda903PreviousHistories}. */
  public static void register(Registry r) {
    Ssda903PreviousEpisodes.register(r);
    Ssda903PreviousHistories.register(r);
    r.add("202", new SameAsLastYear("sex", (in, f, i) -> in.canonicalCode(PERSON, PersonTable.SEX, f.text(PersonTable.SEX, i)),
        PersonTable.SEX));
    r.add("203", new SameAsLastYear("date of birth", (in, f, i) -> f.has(PersonTable.DOB, i)
        ? String.valueOf(f.date(PersonTable.DOB, i)) : null, PersonTable.DOB));
    r.add("204", new SameAsLastYear("ethnicity",
        (in, f, i) -> in.canonicalCode(PERSON, PersonTable.ETHNICITY, f.text(PersonTable.ETHNICITY, i)), PersonTable.ETHNICITY));
    r.add("208", new UpnAsLastYear());
    r.add("207", new StillAMother());
    r.add("626", new MotherBeforeTheYear());
  }

  /** Reads one header value of row {@code i}, as the return would write it; null when empty. */
  @FunctionalInterface
  interface HeaderValue {
    String of(RuleInput in, Frame person, int i);
  }

  /**
   * Calls {@code pair} with each child in this year's return who is also in last year's: this
   * year's row and last year's.
   */
  static void inBothYears(RuleInput in, PairVisitor pair) {
    Frame now = in.table(PERSON);
    RuleInput last = in.previous();
    Frame before = last.table(PERSON);
    Map<String, Integer> lastYear = new java.util.HashMap<>();
    for (int j : last.rows(before)) {
      String id = before.text(PersonTable.PERSON_ID, j);
      if (id != null) {
        lastYear.putIfAbsent(id, j);
      }
    }
    for (int i : in.rows(now)) {
      String id = now.text(PersonTable.PERSON_ID, i);
      Integer j = id == null ? null : lastYear.get(id);
      if (j != null) {
        pair.visit(now, i, before, j);
      }
    }
  }

  /** One child in both years' returns. */
  @FunctionalInterface
  interface PairVisitor {
    void visit(Frame now, int i, Frame before, int j);
  }

  /** 202, 203, 204: a header value (sex, date of birth, ethnicity) must be what last year's return said; two empties agree. */
  static final class SameAsLastYear implements RuleLogic {
    private final String what;
    private final HeaderValue value;
    private final String column;

    SameAsLastYear(String what, HeaderValue value, String column) {
      this.what = what;
      this.value = value;
      this.column = column;
    }

    @Override
    public void check(RuleInput in, Findings out) {
      RuleInput last = in.previous();
      inBothYears(in, (now, i, before, j) -> {
        String here = value.of(in, now, i);
        String there = value.of(last, before, j);
        if (!Objects.equals(here, there)) {
          out.at(now, i, column, "the child's " + what + " (" + shown(here) + ") differs from last year's extract ("
              + shown(there) + " at " + before.describe(j) + ")");
        }
      });
    }
  }

  /**
   * 208: the unique pupil number (or its unknown reason, UN1 to UN5) must be last year's, except
   * a change from none to UN1, from none or UN1 to UN2-UN5, or from none or an unknown reason to a
   * real number.
   */
  static final class UpnAsLastYear implements RuleLogic {

    @Override
    public void check(RuleInput in, Findings out) {
      RuleInput last = in.previous();
      inBothYears(in, (now, i, before, j) -> {
        String here = upn(now, i);
        String there = upn(before, j);
        if (Objects.equals(here, there)) {
          return;
        }
        boolean wasUnknown = there == null || UNKNOWN.matcher(there).matches();
        boolean laterReason = (there == null || there.equals("UN1")) && here != null && UNKNOWN_LATER.contains(here)
            || there == null && "UN1".equals(here);
        boolean nowKnown = wasUnknown && here != null && !UNKNOWN.matcher(here).matches();
        if (!laterReason && !nowKnown) {
          String column = now.has(PersonTable.UPN, i) || !now.has(PersonTable.UPN_UNKNOWN, i) ? PersonTable.UPN : PersonTable.UPN_UNKNOWN;
          out.at(now, i, column, "the child's pupil number (" + shown(here) + ") differs from last year's extract ("
              + shown(there) + " at " + before.describe(j) + ")");
        }
      });
    }

    /** The return's UPN: the number, else the unknown reason; upper-cased, null when both are empty. */
    private static String upn(Frame f, int i) {
      String v = f.has(PersonTable.UPN, i) ? f.text(PersonTable.UPN, i) : f.text(PersonTable.UPN_UNKNOWN, i);
      return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }
  }

  /** 207: a child recorded as a mother last year must still be recorded as one. */
  static final class StillAMother implements RuleLogic {

    @Override
    public void check(RuleInput in, Findings out) {
      inBothYears(in, (now, i, before, j) -> {
        if (Mothers.yes(before, PersonTable.IS_MOTHER, j) && !Mothers.yes(now, PersonTable.IS_MOTHER, i)) {
          out.at(now, i, PersonTable.IS_MOTHER, "the child is not recorded as a mother, but last year's extract recorded her as one ("
              + before.describe(j) + ")");
        }
      });
    }
  }

  /**
   * 626: a child recorded as a mother now, but expressly not last year, may not have had her child
   * before this year began (the child's date of birth as {@link Mothers#childBorn} finds it).
   */
  static final class MotherBeforeTheYear implements RuleLogic {
    private static final Set<String> NO = Set.of("N", "NO", "0", "FALSE");

    @Override
    public void check(RuleInput in, Findings out) {
      Frame m = in.table(MotherTable.NAME);
      Map<String, java.util.List<Integer>> byMother = m.groupBy(MotherTable.PERSON_ID);
      inBothYears(in, (now, i, before, j) -> {
        String was = before.text(PersonTable.IS_MOTHER, j);
        if (!Mothers.yes(now, PersonTable.IS_MOTHER, i) || was == null || !NO.contains(was.toUpperCase(java.util.Locale.ROOT))) {
          return;
        }
        Integer child = Mothers.childBorn(byMother, m, now.text(PersonTable.PERSON_ID, i));
        if (child != null && m.date(MotherTable.CHILDS_DOB, child).isBefore(in.period().start())) {
          out.at(now, i, PersonTable.IS_MOTHER, "the child is recorded as a mother of a child born before the year ("
              + m.date(MotherTable.CHILDS_DOB, child) + " at " + m.describe(child) + "), but last year's extract says she was not one ("
              + before.describe(j) + ")");
        }
      });
    }
  }

  private static String shown(String v) {
    return v == null ? "empty" : v;
  }
}
