package io.github.ssdkit.validate.rules;

import static io.github.ssdkit.validate.rules.FlatJson.isInteger;
import static io.github.ssdkit.validate.rules.FlatJson.numberEnd;
import static io.github.ssdkit.validate.rules.FlatJson.spaces;

import io.github.ssdkit.spec.JsonKey;
import java.util.List;

/**
 * Answers, in one pass over a JSON object cell's characters, whether it is surely valid with
 * nothing to report: a flat object (no escapes, no nesting, strict number syntax) whose every key
 * is declared and spelled as declared, each value plainly of its key's kind, and every required key
 * holds a value. Keys are matched
 * against the declared names as they are read ({@link QuotedTexts}), codes the same way, so no
 * character is read twice, and nothing is made or stored. False
 * says only "not surely": the caller then checks the cell the way that words the issues.
 *
 * <p>It accepts only cells for which {@link JsonCheck}'s entry by entry check on {@link FlatJson}'s
 * path would find no issue (a property test holds it to that); stateless once built.
 */
final class PlainJsonObject {

  private static final byte TEXT = 0;
  private static final byte CODE = 1;
  private static final byte INTEGER = 2;
  private static final byte DECIMAL = 3;
  private static final byte BOOLEAN = 4;

  private final QuotedTexts names;
  private final byte[] kinds;
  private final CodeCheck[] codes;
  /** Each key's most code points, or -1 for no limit. */
  private final int[] maxLengths;
  /**
   * The required keys, one bit per key position; -1 (every bit) when a key past the 64th is
   * required, which no cell can cover, so such a column always takes the slower paths.
   */
  private final long required;

  /**
   * The check for a column's keys.
   *
   * @param keys the declared keys, in spec order
   * @param codes each key's code check, or null for a key without a code set
   */
  PlainJsonObject(List<JsonKey> keys, CodeCheck[] codes) {
    this.names = new QuotedTexts(keys.stream().map(JsonKey::name).toList());
    this.codes = codes.clone();
    this.kinds = new byte[keys.size()];
    this.maxLengths = new int[keys.size()];
    for (int k = 0; k < kinds.length; k++) {
      JsonKey key = keys.get(k);
      kinds[k] = switch (key.type()) {
        case INTEGER -> INTEGER;
        case DECIMAL -> DECIMAL;
        case BOOLEAN -> BOOLEAN;
        default -> codes[k] != null ? CODE : TEXT;
      };
      maxLengths[k] = key.maxLength() == null ? -1 : key.maxLength();
    }
    long bits = 0;
    for (int k = 0; k < kinds.length; k++) {
      if (keys.get(k).required()) {
        bits = k < Long.SIZE ? bits | 1L << k : -1;
      }
    }
    this.required = bits;
  }

  /**
   * Whether the cell is surely a flat object with no issue.
   *
   * @param s the cell
   * @return true when it is; false when it is not or might not be
   */
  boolean accepts(CharSequence s) {
    int n = s.length();
    int i = spaces(s, 0);
    if (i >= n || s.charAt(i) != '{') {
      return false;
    }
    i = spaces(s, i + 1);
    if (i < n && s.charAt(i) == '}') {
      return required == 0 && spaces(s, i + 1) == n;
    }
    long valued = 0; // the keys seen holding a value, one bit per position
    while (true) {
      if (i >= n || s.charAt(i) != '"') {
        return false;
      }
      int t = names.match(s, i + 1);
      if (t < 0) {
        return false;
      }
      int k = names.position(t);
      i = spaces(s, i + 2 + names.length(t));
      if (i >= n || s.charAt(i) != ':') {
        return false;
      }
      i = spaces(s, i + 1);
      int start = i;
      i = value(s, i, k);
      if (i < 0) {
        return false;
      }
      if (k < Long.SIZE && !noValue(s, start, i)) {
        valued |= 1L << k;
      }
      i = spaces(s, i);
      if (i >= n) {
        return false;
      }
      char c = s.charAt(i);
      if (c == ',') {
        i = spaces(s, i + 1);
      } else if (c == '}') {
        return (valued & required) == required && spaces(s, i + 1) == n;
      } else {
        return false;
      }
    }
  }

  /** Whether a plainly valid value from {@code start} to {@code end} says "no value": null or "". */
  private static boolean noValue(CharSequence s, int start, int end) {
    return s.charAt(start) == 'n' || end - start == 2 && s.charAt(start) == '"';
  }

  /** The end of key {@code k}'s value starting at {@code i} when it is plainly valid, else -1. */
  private int value(CharSequence s, int i, int k) {
    int n = s.length();
    if (i >= n) {
      return -1;
    }
    char c = s.charAt(i);
    byte kind = kinds[k];
    if (c == '"') {
      if (i + 1 < n && s.charAt(i + 1) == '"') {
        return i + 2; // an empty string says "no value", whatever the key's type
      }
      return switch (kind) {
        case CODE -> {
          int close = codes[k].currentCodeInString(s, i + 1);
          yield close < 0 ? -1 : close + 1;
        }
        case TEXT -> text(s, i + 1, maxLengths[k]);
        default -> -1; // a number or boolean written as a string: the full check decides
      };
    }
    int end = literalEnd(s, i, "null");
    if (end > 0) {
      return end; // null says "no value" for every kind
    }
    end = literalEnd(s, i, "true");
    if (end < 0) {
      end = literalEnd(s, i, "false");
    }
    boolean number = false;
    boolean integer = false;
    if (end < 0) {
      end = numberEnd(s, i);
      if (end < 0) {
        return -1;
      }
      number = true;
      integer = isInteger(s, i, end);
    }
    boolean plain = switch (kind) {
      case INTEGER -> integer;
      case DECIMAL -> number;
      case BOOLEAN -> !number;
      case CODE -> codes[k].isCurrentCode(s, i, end);
      default -> withinLength(s, i, end, maxLengths[k]);
    };
    return plain ? end : -1;
  }

  /** The end of a string of text whose inside starts at {@code i}, when plain and within the limit, else -1. */
  private static int text(CharSequence s, int i, int max) {
    int n = s.length();
    int from = i;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c > '\\') {
        continue; // lower-case letters and most of the rest: one comparison
      }
      if (c == '"') {
        return withinLength(s, from, i, max) ? i + 1 : -1;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the range has at most {@code max} code points (no limit when negative). */
  private static boolean withinLength(CharSequence s, int from, int to, int max) {
    // a code point takes one or two chars, so a range no longer than the limit needs no count
    return max < 0 || to - from <= max || Character.codePointCount(s, from, to) <= max;
  }

  /** The end of {@code word} when {@code s} holds it at {@code i}, else -1. */
  private static int literalEnd(CharSequence s, int i, String word) {
    return FlatJson.startsWith(s, i, word) ? i + word.length() : -1;
  }
}
