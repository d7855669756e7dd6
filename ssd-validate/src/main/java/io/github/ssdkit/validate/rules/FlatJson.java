package io.github.ssdkit.validate.rules;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON columns' usual shape, a flat object of plain values, without a general parser:
 * every JSON cell of an extract is checked, so this is a hot path. It only answers for documents
 * it is sure of (no escapes, no nesting, strict number syntax); anything else returns null and goes
 * to Jackson, which also words the errors. Values come back as Jackson's tokens would give them.
 */
final class FlatJson {

  /** One key and its value, as Jackson's {@code currentName}, {@code getText} and token would give them. */
  record Entry(String name, String text, JsonToken token) {}

  private FlatJson() {}

  /** The object's entries in order, or null when the text is not surely a flat object. */
  static List<Entry> parse(String s) {
    int n = s.length();
    int i = spaces(s, 0);
    if (i >= n || s.charAt(i) != '{') {
      return null;
    }
    List<Entry> out = new ArrayList<>(8);
    i = spaces(s, i + 1);
    if (i < n && s.charAt(i) == '}') {
      return spaces(s, i + 1) == n ? out : null;
    }
    while (true) {
      if (i >= n || s.charAt(i) != '"') {
        return null;
      }
      int nameEnd = stringEnd(s, i + 1);
      if (nameEnd < 0) {
        return null;
      }
      String name = s.substring(i + 1, nameEnd);
      i = spaces(s, nameEnd + 1);
      if (i >= n || s.charAt(i) != ':') {
        return null;
      }
      i = spaces(s, i + 1);
      if (i >= n) {
        return null;
      }
      char c = s.charAt(i);
      int end;
      JsonToken token;
      String text;
      if (c == '"') {
        int close = stringEnd(s, i + 1);
        if (close < 0) {
          return null;
        }
        text = s.substring(i + 1, close);
        token = JsonToken.VALUE_STRING;
        end = close + 1;
      } else if (s.startsWith("true", i)) {
        text = "true";
        token = JsonToken.VALUE_TRUE;
        end = i + 4;
      } else if (s.startsWith("false", i)) {
        text = "false";
        token = JsonToken.VALUE_FALSE;
        end = i + 5;
      } else if (s.startsWith("null", i)) {
        text = "null";
        token = JsonToken.VALUE_NULL;
        end = i + 4;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        end = numberEnd(s, i);
        if (end < 0) {
          return null;
        }
        text = s.substring(i, end);
        token = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0
            ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
      } else {
        return null;
      }
      out.add(new Entry(name, text, token));
      i = spaces(s, end);
      if (i >= n) {
        return null;
      }
      if (s.charAt(i) == ',') {
        i = spaces(s, i + 1);
      } else if (s.charAt(i) == '}') {
        return spaces(s, i + 1) == n ? out : null;
      } else {
        return null;
      }
    }
  }

  private static int spaces(String s, int i) {
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
  private static int stringEnd(String s, int i) {
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

  /** The end of a number in strict JSON syntax, {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}, or -1. */
  private static int numberEnd(String s, int i) {
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

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
