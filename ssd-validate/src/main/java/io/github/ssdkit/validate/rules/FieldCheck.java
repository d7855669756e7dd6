package io.github.ssdkit.validate.rules;

/** One rule over one non-empty cell, compiled from the spec once per table. */
public interface FieldCheck {

  /** Checks the value; returns false when later checks of the same cell should be skipped. */
  boolean check(String value, RowContext row);
}
