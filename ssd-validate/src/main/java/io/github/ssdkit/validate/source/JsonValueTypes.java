package io.github.ssdkit.validate.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ssdkit.spec.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Which JSON type a JSON Lines value of each logical type must have, as the generated JSON Schema
 * says: integer and decimal columns hold numbers, boolean columns {@code true} or {@code false},
 * every other scalar column a string. A whole number written with a fraction or an exponent
 * ({@code 12.0}, {@code 1.2e1}) is a whole number, as JSON Schema counts it.
 */
final class JsonValueTypes {

  /** Numbers with more integer digits than this are passed on as written, not expanded. */
  private static final int MAX_WHOLE_DIGITS = 40;

  private JsonValueTypes() {}

  /** Why the current scalar token does not fit a column of {@code type}; null when it does. */
  static String mismatch(String column, LogicalType type, JsonToken token, JsonParser p) throws IOException {
    String expected = switch (type) {
      case INTEGER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT ? null
          : "a JSON number (a whole number)";
      case DECIMAL -> token.isNumeric() ? null : "a JSON number";
      case BOOLEAN -> token.isBoolean() ? null : "true or false";
      case JSON_OBJECT, JSON_ARRAY -> null;
      default -> token == JsonToken.VALUE_STRING ? null : "a JSON string";
    };
    if (expected == null) {
      return null;
    }
    String shown = token == JsonToken.VALUE_STRING ? "string \"" + p.getText() + "\""
        : (token.isBoolean() ? "boolean " : "number ") + p.getText();
    return column + " holds the JSON " + shown + "; expected " + expected;
  }

  /** The text of a value that fits: whole numbers in integer columns without a fraction or exponent. */
  static String text(LogicalType type, JsonToken token, JsonParser p) throws IOException {
    if (type == LogicalType.INTEGER && token == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = p.getDecimalValue();
      if (d.precision() - d.scale() <= MAX_WHOLE_DIGITS) {
        BigDecimal whole = d.stripTrailingZeros();
        if (whole.scale() <= 0) {
          return whole.toBigIntegerExact().toString();
        }
      }
    }
    return p.getText();
  }
}
