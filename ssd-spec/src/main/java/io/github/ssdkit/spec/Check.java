package io.github.ssdkit.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A declarative rule over the columns of one table, checked by the validator on every row (or
 * every group of rows). Each kind is a small record carrying a {@link CheckInfo} (id, description,
 * severity, notes, location) and its own columns; {@link #kind()} is the name used in spec files.
 * Code that handles every kind does so through {@link #accept(Visitor)} (Java 17 has no pattern
 * switch), so a new kind is a compile error wherever it is not yet handled.
 */
public sealed interface Check
    permits Check.DateOrder, Check.Presence, Check.PresenceWhenCode, Check.AnyPresent, Check.ValueRange,
        Check.NoOverlap, Check.TextPattern, Check.CrossTable {

  /** {@return what every kind shares: id, description, severity, notes and location} */
  CheckInfo info();

  /** {@return the check's id: unique within its table, kebab-case; the validator's rule id is built from it} */
  default String id() {
    return info().id();
  }

  /** {@return what the rule means, in a sentence a person can act on} */
  default String description() {
    return info().description();
  }

  /** {@return how a row that breaks the rule is reported: an error unless the spec says it is only a query} */
  default Severity severity() {
    return info().severity();
  }

  /** {@return where the rule comes from (a decision, a statutory rule), for maintainers} */
  default String notes() {
    return info().notes();
  }

  /** {@return where the check is declared} */
  default SourceLocation location() {
    return info().location();
  }

  /** {@return the spec-file name of this kind of check, such as {@code date_order}} */
  String kind();

  /**
   * Calls the visitor's method for this kind.
   *
   * @param <R> what the visitor returns
   * @param visitor the visitor
   * @return what the visitor's method returned
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per kind; implementing it handles every kind, and a new kind breaks the build until handled.
   *
   * @param <R> what each method returns
   */
  interface Visitor<R> {
    /**
     * Handles a date order check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R dateOrder(DateOrder check);

    /**
     * Handles a presence check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R presence(Presence check);

    /**
     * Handles a presence-when-code check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R presenceWhenCode(PresenceWhenCode check);

    /**
     * Handles an any-present check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R anyPresent(AnyPresent check);

    /**
     * Handles a range check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R valueRange(ValueRange check);

    /**
     * Handles a no-overlap check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R noOverlap(NoOverlap check);

    /**
     * Handles a pattern check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R textPattern(TextPattern check);

    /**
     * Visits a parent-date check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R parentDate(ParentDate check);

    /**
     * Visits a within-parent check.
     *
     * @param check the check
     * @return the visitor's result
     */
    R withinParent(WithinParent check);
  }

  /** {@return every column the check reads, in declaration order} */
  List<String> fields();

  /** {@return this check as a cross-table check, when it is one (it then reads a parent row too)} */
  default Optional<CrossTable> crossTable() {
    return Optional.empty();
  }

  /**
   * {@code earlier <= later} (or {@code <} when equal dates are not allowed), when both are present.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param earlier the date column that must come first
   * @param later the date column that must come on or after it
   * @param allowEqual whether the two dates may be the same day
   */
  record DateOrder(CheckInfo info, String earlier, String later, boolean allowEqual) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "date_order";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dateOrder(this);
    }

    @Override
    public List<String> fields() {
      return List.of(earlier, later);
    }
  }

  /**
   * When {@code when} holds a value, {@code then} must too; with {@code bothWays}, each requires
   * the other (a close date and its close reason come together).
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param when the column whose value makes the other one needed
   * @param then the column that must hold a value when {@code when} does
   * @param bothWays whether {@code then} holding a value also makes {@code when} needed
   */
  record Presence(CheckInfo info, String when, String then, boolean bothWays) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "presence";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.presence(this);
    }

    @Override
    public List<String> fields() {
      return List.of(when, then);
    }
  }

  /**
   * When the coded column {@code when} holds one of {@code codes} (or an alias of one), {@code
   * then} must hold a value: an outcome date is needed only for the outcomes that are decisions.
   * Other codes, and an empty {@code when}, ask nothing of {@code then}.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param when the coded column whose value decides whether {@code then} is needed
   * @param codes the codes of {@code when} that make {@code then} needed
   * @param then the column that must hold a value for those codes
   */
  record PresenceWhenCode(CheckInfo info, String when, List<String> codes, String then) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "presence_when_code";

    /**
     * Copies the list, so the check stays immutable.
     *
     * @param info the id, description, severity, notes and location
     * @param when the coded column
     * @param codes the codes that make {@code then} needed
     * @param then the column that must then hold a value
     */
    public PresenceWhenCode {
      codes = List.copyOf(codes);
    }

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.presenceWhenCode(this);
    }

    @Override
    public List<String> fields() {
      return List.of(when, then);
    }
  }

  /**
   * At least one of {@code fields} holds a value: a UPN, or a learner number, or the reason
   * neither is known. A conditional form of {@code required}.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param fields the columns of which at least one must hold a value
   */
  record AnyPresent(CheckInfo info, List<String> fields) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "any_present";

    /**
     * Copies the list, so the check stays immutable.
     *
     * @param info the id, description, severity, notes and location
     * @param fields the columns of which at least one must hold a value
     */
    public AnyPresent {
      fields = List.copyOf(fields);
    }

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.anyPresent(this);
    }
  }

  /**
   * A numeric column's value, when present, lies within inclusive bounds.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param field the numeric column checked
   * @param range the bounds its value must lie within, both inclusive
   */
  record ValueRange(CheckInfo info, String field, Range range) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "range";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.valueRange(this);
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }
  }

  /**
   * Within each group (usually one child), the periods {@code [start, end]} do not overlap. A
   * missing end means the period is still open; only the last period of a group may be open.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param groupBy the columns whose equal values put rows in one group
   * @param start the date column where each period starts
   * @param end the date column where each period ends, empty while it is open
   */
  record NoOverlap(CheckInfo info, List<String> groupBy, String start, String end) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "no_overlap";

    /**
     * Copies the list, so the check stays immutable.
     *
     * @param info the id, description, severity, notes and location
     * @param groupBy the columns whose rows form one group
     * @param start the column where a period starts
     * @param end the column where a period ends (empty while it is open)
     */
    public NoOverlap {
      groupBy = List.copyOf(groupBy);
    }

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.noOverlap(this);
    }

    @Override
    public List<String> fields() {
      List<String> all = new ArrayList<>(groupBy);
      all.add(start);
      all.add(end);
      return List.copyOf(all);
    }
  }

  /**
   * A text column's value, when present, matches an anchored regular expression. Unlike a
   * column's own {@code pattern}, it has a rule id of its own and may be a warning: a statutory
   * return's format that the SSD itself does not demand (CIN's 20-character child id).
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param field the text column checked
   * @param pattern the regular expression the whole value must match
   */
  record TextPattern(CheckInfo info, String field, String pattern) implements Check {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "pattern";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.textPattern(this);
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }
  }

  /**
   * A check that compares a row with the row its foreign key {@link #via()} points at, in the
   * parent table. Its {@link #fields()} are this table's columns (the foreign key first); {@link
   * #parentFields()} are the parent's. Such a check is how a rule compares dates across tables:
   *
   * <pre>{@code
   * // every CIN plan starts on or after the date of birth of the child it belongs to
   * new Check.ParentDate(CheckInfo.of("plan-after-birth", "A plan cannot start before birth."),
   *     "cinp_person_id", "cinp_cin_plan_start_date", Check.Bound.NOT_BEFORE, "pers_dob");
   * }</pre>
   *
   * The validator keeps, for each key of the parent, only the parent dates some such check reads
   * (as day numbers), and only until the last table that needs them is read. Dates are compared by
   * day, as the statutory returns do; a row whose foreign key, own date or parent date is empty or
   * invalid is not judged (other rules report those).
   */
  sealed interface CrossTable extends Check permits ParentDate, WithinParent {
    /** {@return this table's foreign-key column leading to the parent row} */
    String via();

    /** {@return the parent table's columns the check reads, in declaration order} */
    List<String> parentFields();

    @Override
    default Optional<CrossTable> crossTable() {
      return Optional.of(this);
    }
  }

  /** Which side of a parent's date a child's date must lie on. */
  enum Bound {
    /** The child date is on or after the parent date (an event after birth). */
    NOT_BEFORE("not_before", "on or after"),
    /** The child date is on or before the parent date (an event before death). */
    NOT_AFTER("not_after", "on or before");

    private final String key;
    private final String words;

    Bound(String key, String words) {
      this.key = key;
      this.words = words;
    }

    /** {@return the spec-file key naming the parent column: {@code not_before} or {@code not_after}} */
    public String key() {
      return key;
    }

    /** {@return the bound in words, for messages and pages: {@code on or after}} */
    public String words() {
      return words;
    }
  }

  /**
   * The date {@code field} of this row lies on the {@code bound} side of the date {@code
   * parentField} of the parent row that {@code via} points at, by day: a referral not before the
   * child's date of birth, not after the date of death.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param via this table's foreign-key column leading to the parent row
   * @param field this row's date column that is compared
   * @param bound which side of the parent's date this row's date must lie on
   * @param parentField the parent table's date column it is compared with
   */
  record ParentDate(CheckInfo info, String via, String field, Bound bound, String parentField) implements CrossTable {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "parent_date";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.parentDate(this);
    }

    @Override
    public List<String> fields() {
      return List.of(via, field);
    }

    @Override
    public List<String> parentFields() {
      return List.of(parentField);
    }
  }

  /**
   * The period {@code [start, end]} of this row lies within the period {@code [parentStart,
   * parentEnd]} of the parent row that {@code via} points at, by day: a plan within its referral.
   * The start must be on or after the parent's start and, when the parent has ended, on or before
   * its end; the end, when both have one, on or before the parent's end. A period still open under
   * an ended parent is not reported here: an extract often holds such rows while a case closes.
   *
   * @param info what every check has: id, description, severity, notes and location
   * @param via this table's foreign-key column leading to the parent row
   * @param start this row's date column where its period starts
   * @param end this row's date column where its period ends, empty while it is open
   * @param parentStart the parent table's date column where its period starts
   * @param parentEnd the parent table's date column where its period ends, empty while it is open
   */
  record WithinParent(CheckInfo info, String via, String start, String end, String parentStart, String parentEnd)
      implements CrossTable {
    /** The spec-file name of this kind: {@value}. */
    public static final String KIND = "within_parent";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.withinParent(this);
    }

    @Override
    public List<String> fields() {
      return List.of(via, start, end);
    }

    @Override
    public List<String> parentFields() {
      return List.of(parentStart, parentEnd);
    }
  }

  /** {@return every kind's spec-file name, in the order the documentation lists them} */
  static List<String> kinds() {
    return List.of(DateOrder.KIND, Presence.KIND, PresenceWhenCode.KIND, AnyPresent.KIND, ValueRange.KIND,
        NoOverlap.KIND, TextPattern.KIND, ParentDate.KIND, WithinParent.KIND);
  }
}
