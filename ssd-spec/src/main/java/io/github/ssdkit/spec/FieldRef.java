package io.github.ssdkit.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a column, written {@code table.field} in spec files.
 *
 * @param table the name of the table the column belongs to
 * @param field the name of the column within that table
 */
public record FieldRef(String table, String field) {

  /**
   * Checks that both parts are given.
   *
   * @param table the table name
   * @param field the column name
   */
  public FieldRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(field, "field");
  }

  /**
   * Parses {@code table.field}; empty when the text is not of that shape.
   *
   * @param text the reference as written, or null
   * @return the reference, or empty
   */
  public static Optional<FieldRef> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int dot = text.indexOf('.');
    if (dot <= 0 || dot != text.lastIndexOf('.') || dot == text.length() - 1) {
      return Optional.empty();
    }
    String table = text.substring(0, dot).trim();
    String field = text.substring(dot + 1).trim();
    if (!table.matches("[A-Za-z_][A-Za-z0-9_]*") || !field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return Optional.empty();
    }
    return Optional.of(new FieldRef(table, field));
  }

  // equals and hashCode written out: a record's own are linked through method handles on first
  // use, which costs a command-line run 10-15 ms at start-up (BENCHMARKS.md); validation keys
  // maps by FieldRef before its first table.
  @Override
  public boolean equals(Object other) {
    return other instanceof FieldRef ref && table.equals(ref.table) && field.equals(ref.field);
  }

  @Override
  public int hashCode() {
    return 31 * table.hashCode() + field.hashCode();
  }

  @Override
  public String toString() {
    return table + "." + field;
  }
}
