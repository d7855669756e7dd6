package io.github.ssdkit.rules;

import java.util.Optional;

/**
 * What sort of check a rule is, so that rules of one kind can share one implementation. The
 * letters follow the project's survey of the two returns' rules; each rule has one main kind.
 */
public enum RuleKind implements CatalogueName {
  CODE_SET("A", "code-set", "value in a code list or range"),
  REQUIRED("B", "required", "value present, with no condition"),
  CONDITIONAL("C", "conditional", "presence or value depending on another field of the same row"),
  CROSS_TABLE("X", "cross-table", "presence or value depending on another table or a derived cohort"),
  DATE_VALID("D", "date-valid", "value is a real date"),
  DATE_ORDER("E", "date-order", "two dates of one row in order"),
  DURATION("P", "duration", "span between two dates capped or floored"),
  PERIOD("F", "period", "date inside the collection period, after a fixed date, or on a working day"),
  LINKED_DATE_ORDER("G", "linked-date-order", "a date against a date of a linked row"),
  SEQUENCE("H", "sequence", "intervals of one group: overlaps, open records, continuity, first and last"),
  INTEGRITY("I", "integrity", "a row's child exists, and repeated facts agree"),
  PREVIOUS_YEAR("J", "previous-year", "this year's data against last year's return"),
  AGE("K", "age", "age at an event passes a threshold"),
  UNIQUE("L", "unique", "no duplicates in a group"),
  IDENTIFIER("M", "identifier", "syntax of an identifier"),
  AGGREGATE("N", "aggregate", "a count or share over the whole return"),
  EXTERNAL("O", "external", "a value against outside reference data");

  private final String letter;
  private final String id;
  private final String meaning;

  RuleKind(String letter, String id, String meaning) {
    this.letter = letter;
    this.id = id;
    this.meaning = meaning;
  }

  public String letter() {
    return letter;
  }

  @Override
  public String id() {
    return id;
  }

  public String meaning() {
    return meaning;
  }

  public static Optional<RuleKind> byId(String id) {
    return CatalogueName.byId(RuleKind.class, id);
  }
}
