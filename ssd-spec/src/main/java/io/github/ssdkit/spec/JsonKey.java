package io.github.ssdkit.spec;

import java.util.Objects;

/**
 * One key of a structured JSON column.
 *
 * @param name the key exactly as it appears in the JSON
 * @param type its value type (scalar types only)
 * @param codeSet the code set its values come from, or null
 * @param maxLength the longest text allowed, or null
 * @param required whether the key must be present with a value
 * @param description what it holds, in a sentence
 * @param location where in the spec files the key is declared
 */
public record JsonKey(
    String name,
    LogicalType type,
    String codeSet,
    Integer maxLength,
    boolean required,
    String description,
    SourceLocation location) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param name the key exactly as it appears in the JSON
   * @param type its value type (scalar types only)
   * @param codeSet the code set its values come from, or null
   * @param maxLength the longest text allowed, or null
   * @param required whether the key must be present with a value
   * @param description what it holds, in a sentence
   * @param location where it is declared
   */
  public JsonKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    description = description == null ? "" : description;
    location = location == null ? SourceLocation.NONE : location;
  }
}
