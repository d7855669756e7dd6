package io.github.ssdkit.validate.rules;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;

/**
 * Reads the JSON columns' usual shape, a flat object of plain values, without a general parser
 * and without making any object: every JSON cell of an extract is checked, so this is a hot path.
 * {@link #scan} only notes where each key and value lie in the text, in arrays that are reused from
 * cell to cell; the caller compares keys and values in place and cuts out a {@code String} only for
 * what it must report. It only answers for documents it is sure of (no escapes, no nesting, strict
 * number syntax); for anything else {@link #scan} returns false and the cell goes to Jackson, which
 * also words the errors. Tokens are those Jackson would give.
 *
 * <p>A clean cell is mostly answered before, in one pass, by {@link PlainJsonObject}, which shares
 * this reader's static helpers; this reader serves the cells it does not take.
 *
 * <p>One instance serves one thread (a compiled check belongs to one table's validator).
 */
final class FlatJson {

  private int size;
  private int[] nameStart = new int[16];
  private int[] nameEnd = new int[16];
  private int[] valueStart = new int[16];
  private int[] valueEnd = new int[16];
  private JsonToken[] tokens = new JsonToken[16];

  /**
   * Reads a cell.
   *
   * @param s the cell's text
   * @return true when it is surely a flat object, whose entries are then {@code 0} to {@link #size()}
   */
  boolean scan(CharSequence s) {
    size = 0;
    int n = s.length();
    int i = spaces(s, 0);
    if (i >= n || s.charAt(i) != '{') {
      return false;
    }
    i = spaces(s, i + 1);
    if (i < n && s.charAt(i) == '}') {
      return spaces(s, i + 1) == n;
    }
    while (true) {
      if (i >= n || s.charAt(i) != '"') {
        return false;
      }
      int nameClose = stringEnd(s, i + 1);
      if (nameClose < 0) {
        return false;
      }
      int nameFrom = i + 1;
      i = spaces(s, nameClose + 1);
      if (i >= n || s.charAt(i) != ':') {
        return false;
      }
      i = spaces(s, i + 1);
      if (i >= n) {
        return false;
      }
      char c = s.charAt(i);
      int from;
      int to;
      int end;
      JsonToken token;
      if (c == '"') {
        int close = stringEnd(s, i + 1);
        if (close < 0) {
          return false;
        }
        from = i + 1;
        to = close;
        token = JsonToken.VALUE_STRING;
        end = close + 1;
      } else if (startsWith(s, i, "true")) {
        token = JsonToken.VALUE_TRUE;
        from = i;
        to = end = i + 4;
      } else if (startsWith(s, i, "false")) {
        token = JsonToken.VALUE_FALSE;
        from = i;
        to = end = i + 5;
      } else if (startsWith(s, i, "null")) {
        token = JsonToken.VALUE_NULL;
        from = i;
        to = end = i + 4;
      } else if (c == '-' || digit(c)) {
        end = numberEnd(s, i);
        if (end < 0) {
          return false;
        }
        from = i;
        to = end;
        token = isInteger(s, from, to) ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
      } else {
        return false;
      }
      add(nameFrom, nameClose, from, to, token);
      i = spaces(s, end);
      if (i >= n) {
        return false;
      }
      if (s.charAt(i) == ',') {
        i = spaces(s, i + 1);
      } else if (s.charAt(i) == '}') {
        return spaces(s, i + 1) == n;
      } else {
        return false;
      }
    }
  }

  /** Entries of the object last scanned. */
  int size() {
    return size;
  }

  /** Where entry {@code e}'s key starts in the text (after its quote). */
  int nameStart(int e) {
    return nameStart[e];
  }

  /** Where entry {@code e}'s key ends in the text (at its closing quote). */
  int nameEnd(int e) {
    return nameEnd[e];
  }

  /** Where entry {@code e}'s value text starts: inside the quotes of a string. */
  int valueStart(int e) {
    return valueStart[e];
  }

  /** Where entry {@code e}'s value text ends: at the closing quote of a string. */
  int valueEnd(int e) {
    return valueEnd[e];
  }

  /** Entry {@code e}'s token, as Jackson would give it. */
  JsonToken token(int e) {
    return tokens[e];
  }

  private void add(int nameFrom, int nameTo, int from, int to, JsonToken token) {
    if (size == tokens.length) {
      int grown = size * 2;
      nameStart = Arrays.copyOf(nameStart, grown);
      nameEnd = Arrays.copyOf(nameEnd, grown);
      valueStart = Arrays.copyOf(valueStart, grown);
      valueEnd = Arrays.copyOf(valueEnd, grown);
      tokens = Arrays.copyOf(tokens, grown);
    }
    nameStart[size] = nameFrom;
    nameEnd[size] = nameTo;
    valueStart[size] = from;
    valueEnd[size] = to;
    tokens[size] = token;
    size++;
  }

  static int spaces(CharSequence s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  /** The index of the closing quote of a string with no escape or control character, or -1. */
  static int stringEnd(CharSequence s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /** Whether a number in strict syntax has neither fraction nor exponent. */
  static boolean isInteger(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  /** The end of a number in strict JSON syntax, {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}, or -1. */
  static int numberEnd(CharSequence s, int i) {
    int n = s.length();
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n || !digit(s.charAt(i))) {
      return -1;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else {
      while (i < n && digit(s.charAt(i))) {
        i++;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      if (i >= n || !digit(s.charAt(i))) {
        return -1;
      }
      while (i < n && digit(s.charAt(i))) {
        i++;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (i >= n || !digit(s.charAt(i))) {
        return -1;
      }
      while (i < n && digit(s.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** Whether {@code s} holds {@code word} at {@code i}. */
  static boolean startsWith(CharSequence s, int i, String word) {
    int n = word.length();
    if (i + n > s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (s.charAt(i + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
