package io.github.ssdkit.spec;

import java.util.List;

/**
 * A declarative rule over the columns of one table, checked by the validator on every row (or
 * every group of rows). Each kind is a small record; {@link #kind()} is the name used in spec
 * files.
 */
public sealed interface Check
    permits Check.DateOrder, Check.Presence, Check.ValueRange, Check.NoOverlap {

  /** Unique within its table, kebab-case; the validator's rule id is built from it. */
  String id();

  /** What the rule means, in a sentence a person can act on. */
  String description();

  SourceLocation location();

  /** The spec-file name of this kind of check. */
  String kind();

  /** Every column the check reads, in declaration order. */
  List<String> fields();

  /**
   * Calls the visitor's method for this kind. Code that must treat every kind (the spec diff's
   * classification, for one) goes through here, so a new kind does not compile until each such
   * visitor says what to do with it; an {@code instanceof} ladder would let it fall through.
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of check. */
  interface Visitor<R> {
    R dateOrder(DateOrder check);

    R presence(Presence check);

    R range(ValueRange check);

    R noOverlap(NoOverlap check);
  }

  /** {@code earlier <= later} (or {@code <} when equal dates are not allowed), when both are present. */
  record DateOrder(
      String id, String description, String earlier, String later, boolean allowEqual,
      SourceLocation location) implements Check {
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
   */
  record Presence(
      String id, String description, String when, String then, boolean bothWays,
      SourceLocation location) implements Check {
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

  /** A numeric column's value, when present, lies within inclusive bounds. */
  record ValueRange(String id, String description, String field, Range range, SourceLocation location)
      implements Check {
    public static final String KIND = "range";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.range(this);
    }

    @Override
    public List<String> fields() {
      return List.of(field);
    }
  }

  /**
   * Within each group (usually one child), the periods {@code [start, end]} do not overlap. A
   * missing end means the period is still open; only the last period of a group may be open.
   */
  record NoOverlap(
      String id, String description, List<String> groupBy, String start, String end,
      SourceLocation location) implements Check {
    public static final String KIND = "no_overlap";

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
      List<String> all = new java.util.ArrayList<>(groupBy);
      all.add(start);
      all.add(end);
      return List.copyOf(all);
    }
  }
}
