package io.github.ssdkit.spec;

/**
 * The rule ids a validation report uses, in one place: the validator reports under them, the
 * sample generator's error injector names the kind of each error it plants with them, and tests
 * compare against them. An id's first part, before the first dot, is its kind ({@link #kindOf});
 * ids are stable, since users filter reports on them.
 *
 * <p>A declared table check reports under {@link #forCheck}: {@code check.<id>}, except a declared
 * range, which is still a range rule ({@code range.<id>}).
 */
public final class RuleIds {

  /** Kind of a value that is not of its column's type ({@code type.date}, {@code type.integer}...). */
  public static final String TYPE = "type";
  /** A required column is empty, or a required key of a JSON object column holds no value. */
  public static final String REQUIRED = "required";
  /** Text longer than its column's maximum. */
  public static final String LENGTH = "length";
  /** A value not in its column's code set (and kind of {@code code.alias}, {@code code.withdrawn}). */
  public static final String CODE = "code";
  /** A value not matching its column's pattern or identifier scheme. */
  public static final String PATTERN = "pattern";
  /** A number outside its column's bounds (and kind of {@code range.<check id>}). */
  public static final String RANGE = "range";
  /** Kind of the key rules. */
  public static final String PRIMARY_KEY = "primary-key";
  /** Two rows share a primary key. */
  public static final String PRIMARY_KEY_DUPLICATE = "primary-key.duplicate";
  /** Two rows share a value of a unique column. */
  public static final String PRIMARY_KEY_UNIQUE = "primary-key.unique";
  /** A value names no row of the table it refers to. */
  public static final String FOREIGN_KEY = "foreign-key";
  /** Kind of the declared table checks ({@code check.<id>}). */
  public static final String CHECK = "check";
  /** Kind of the problems of the input itself: files, headers, encodings. */
  public static final String INPUT = "input";
  /** A file column the table does not declare. */
  public static final String INPUT_UNKNOWN_COLUMN = "input.unknown-column";
  /** A header naming a column twice. */
  public static final String INPUT_DUPLICATE_COLUMN = "input.duplicate-column";
  /** A declared column missing from the file. */
  public static final String INPUT_MISSING_COLUMN = "input.missing-column";
  /** A file that is no table of the spec. */
  public static final String INPUT_UNKNOWN_TABLE = "input.unknown-table";
  /** An extract declaring another spec version. */
  public static final String INPUT_SPEC_VERSION = "input.spec-version";

  private RuleIds() {}

  /**
   * The rule id a declared check reports under.
   *
   * @param check the check
   * @return {@code range.<id>} for a declared range, else {@code check.<id>}
   */
  public static String forCheck(Check check) {
    return kindOfCheck(check) + "." + check.id();
  }

  /**
   * The kind of the rule id a declared check reports under.
   *
   * @param check the check
   * @return {@link #RANGE} for a declared range, else {@link #CHECK}
   */
  public static String kindOfCheck(Check check) {
    return check.accept(KIND_OF_CHECK);
  }

  /** A declared range is a range rule; every other kind is a check. A new kind must say which. */
  private static final Check.Visitor<String> KIND_OF_CHECK = new Check.Visitor<>() {
    @Override
    public String dateOrder(Check.DateOrder c) {
      return CHECK;
    }

    @Override
    public String presence(Check.Presence c) {
      return CHECK;
    }

    @Override
    public String presenceWhenCode(Check.PresenceWhenCode c) {
      return CHECK;
    }

    @Override
    public String anyPresent(Check.AnyPresent c) {
      return CHECK;
    }

    @Override
    public String valueRange(Check.ValueRange c) {
      return RANGE;
    }

    @Override
    public String noOverlap(Check.NoOverlap c) {
      return CHECK;
    }

    @Override
    public String textPattern(Check.TextPattern c) {
      return CHECK;
    }

    @Override
    public String parentDate(Check.ParentDate c) {
      return CHECK;
    }

    @Override
    public String withinParent(Check.WithinParent c) {
      return CHECK;
    }
  };

  /**
   * The kind of a rule id: the part before its first dot.
   *
   * @param rule a rule id, such as {@code type.date}
   * @return its kind, such as {@code type}
   */
  public static String kindOf(String rule) {
    int dot = rule.indexOf('.');
    return dot < 0 ? rule : rule.substring(0, dot);
  }
}
