package io.github.ssdkit.spec;

import java.util.Arrays;
import java.util.Optional;

/** The value types a column can hold, independent of any database or file format. */
public enum LogicalType {
  /** Free text, limited by {@code max_length}. */
  STRING("string"),
  /** A whole number. */
  INTEGER("integer"),
  /** A decimal number, with optional precision and scale. */
  DECIMAL("decimal"),
  /** A calendar date, written {@code yyyy-MM-dd}. */
  DATE("date"),
  /** A local date and time without a zone, as case management systems record them. */
  DATETIME("datetime"),
  /** A yes/no indicator written {@code Y} or {@code N}; its code set lists the letters allowed. */
  FLAG("flag"),
  /** A true/false bit, written {@code 1}/{@code 0} or {@code true}/{@code false}. */
  BOOLEAN("boolean"),
  /** One code out of a code set. */
  CODE("code"),
  /** A JSON object with the keys declared under {@code json}. */
  JSON_OBJECT("json_object"),
  /** A JSON array of codes from the field's code set, or of strings when it has none. */
  JSON_ARRAY("json_array");

  private final String specName;

  LogicalType(String specName) {
    this.specName = specName;
  }

  /**
   * The name used in spec files.
   *
   * @return the name
   */
  public String specName() {
    return specName;
  }

  /** {@return whether values are dates or date-times} */
  public boolean isTemporal() {
    return this == DATE || this == DATETIME;
  }

  /** {@return whether values are numbers} */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }

  /** {@return whether values are JSON objects or arrays} */
  public boolean isJson() {
    return this == JSON_OBJECT || this == JSON_ARRAY;
  }

  /**
   * The type by its spec-file name.
   *
   * @param name the name
   * @return the type, or empty when there is none of that name
   */
  public static Optional<LogicalType> fromSpecName(String name) {
    return Arrays.stream(values()).filter(t -> t.specName.equals(name)).findFirst();
  }

  /** {@return every spec-file name, comma-separated, for messages} */
  public static String allSpecNames() {
    return String.join(", ", Arrays.stream(values()).map(LogicalType::specName).toList());
  }
}
