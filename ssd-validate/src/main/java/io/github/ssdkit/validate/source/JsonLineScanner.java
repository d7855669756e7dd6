package io.github.ssdkit.validate.source;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The quick reading of one JSON Lines row: a single pass over the line's characters that points
 * each column's {@link CellText} at its value (plain strings and numbers as views of the line,
 * strings with escapes decoded, JSON columns' structures as their compact text) and makes no
 * String. It takes only lines it can read exactly as the Jackson reading does; anything else (an
 * unknown, repeated or differently cased key, a value of another JSON type than its column's, an
 * escape inside a structure, a fraction or exponent where the text would change, any syntax
 * error) makes {@link #scan} answer false, and the caller reads the line the full way, which
 * reports it.
 */
final class JsonLineScanner {

  /** Lines longer than this go the full way, which holds Jackson's own limits on strings and numbers. */
  static final int MAX_QUICK_CHARS = 1 << 20;
  /** Structures nested deeper than this go the full way. */
  private static final int MAX_DEPTH = 64;
  /** Whole numbers inside a structure with more digits than this go the full way (Jackson writes them back from a long). */
  private static final int MAX_STRUCTURE_DIGITS = 18;
  private static final int FAIL = -1;

  private final char[][] names;
  private final LogicalType[] types;
  /** Open addressing over the column names' hashes: column index + 1, 0 for a free slot. */
  private final int[] slots;
  /** Per column, the {@link #scans} count of the last line holding its key: a line's keys are told apart without clearing. */
  private final int[] seen;
  private int scans;
  private char[] decoded = new char[64];
  /** Set by {@link #structure} when the structure holds whitespace, so its text must be compacted. */
  private boolean spaced;
  /** Set by {@link #string} when the string holds an escape. */
  private boolean escaped;

  JsonLineScanner(Table table) {
    List<Field> fields = table.fields();
    names = new char[fields.size()][];
    types = new LogicalType[fields.size()];
    seen = new int[fields.size()];
    slots = new int[Integer.highestOneBit(Math.max(4, fields.size() * 4)) * 2];
    for (int i = 0; i < fields.size(); i++) {
      names[i] = fields.get(i).name().toLowerCase(Locale.ROOT).toCharArray();
      types[i] = fields.get(i).type();
      int slot = hash(names[i], 0, names[i].length) & (slots.length - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
    }
  }

  /**
   * Reads one line into the row's cells.
   *
   * @param s the line's characters
   * @param from where the line starts (after a byte-order mark)
   * @param to where it ends
   * @param views one reusable view per column
   * @param cells receives each column's view, or null for an empty cell
   * @return false when the line must be read the full way; the cells are then undefined
   */
  boolean scan(char[] s, int from, int to, CellText[] views, CellText[] cells) {
    return to - from <= MAX_QUICK_CHARS && scanToLineEnd(s, from, to, views, cells) == to;
  }

  /**
   * Reads the line starting at {@code from} of text that may go on past it, into the row's cells,
   * so that the line's end need not be looked for first: the object must be followed by nothing
   * but whitespace up to an LF or {@code to}.
   *
   * @param s the text
   * @param from where the line starts
   * @param to where the text read so far ends; a line reaching it may go on
   * @param views one reusable view per column
   * @param cells receives each column's view, or null for an empty cell
   * @return the index of the LF ending the line, or {@code to}; -1 when the line must be read the
   *     full way, the cells then being undefined
   */
  int scanToLineEnd(char[] s, int from, int to, CellText[] views, CellText[] cells) {
    Arrays.fill(cells, null);
    if (++scans == 0) { // after 2^32 lines: start the count again
      Arrays.fill(seen, 0);
      scans = 1;
    }
    int i = JsonTokens.space(s, from, to);
    if (i >= to || s[i] != '{') {
      return FAIL;
    }
    i = JsonTokens.space(s, i + 1, to);
    if (i < to && s[i] == '}') {
      return lineEnd(s, i + 1, to);
    }
    int expected = 0;
    while (true) {
      if (i >= to || s[i] != '"') {
        return FAIL;
      }
      int at = expected;
      int keyEnd = named(s, i + 1, to, at);
      if (keyEnd == FAIL) {
        keyEnd = string(s, i + 1, to);
        if (keyEnd == FAIL || escaped) {
          return FAIL;
        }
        at = column(s, i + 1, keyEnd - 1);
      }
      if (at < 0 || seen[at] == scans) {
        return FAIL;
      }
      expected = at + 1;
      seen[at] = scans;
      i = JsonTokens.space(s, keyEnd, to);
      if (i >= to || s[i] != ':') {
        return FAIL;
      }
      i = JsonTokens.space(s, i + 1, to);
      i = value(s, i, to, at, views[at], cells);
      if (i == FAIL) {
        return FAIL;
      }
      i = JsonTokens.space(s, i, to);
      if (i < to && s[i] == ',') {
        i = JsonTokens.space(s, i + 1, to);
      } else if (i < to && s[i] == '}') {
        return lineEnd(s, i + 1, to);
      } else {
        return FAIL;
      }
    }
  }

  /** Where the line ends after the row object closing at {@code i}: at an LF or {@code to}, whitespace between; else FAIL. */
  private static int lineEnd(char[] s, int i, int to) {
    int end = JsonTokens.space(s, i, to);
    return end == to || s[end] == '\n' ? end : FAIL;
  }

  /** Reads the value at {@code i} of column {@code at} into its cell; where it ends, or FAIL. */
  private int value(char[] s, int i, int to, int at, CellText view, CellText[] cells) {
    if (i >= to) {
      return FAIL;
    }
    LogicalType type = types[at];
    char c = s[i];
    if (c == '"') {
      if (type == LogicalType.INTEGER || type == LogicalType.DECIMAL || type == LogicalType.BOOLEAN) {
        return FAIL;
      }
      int end = string(s, i + 1, to);
      if (end == FAIL) {
        return FAIL;
      }
      if (escaped) {
        int n = decode(s, i + 1, end - 1);
        if (n < 0) {
          return FAIL;
        }
        cells[at] = n == 0 ? null : view.copy(decoded, 0, n);
      } else {
        cells[at] = end - 1 == i + 1 ? null : view.view(s, i + 1, end - i - 2);
      }
      return end;
    }
    if (c == '{' || c == '[') {
      if (!type.isJson()) {
        return FAIL;
      }
      spaced = false;
      int end = structure(s, i, to, 0);
      if (end == FAIL) {
        return FAIL;
      }
      cells[at] = spaced ? compact(s, i, end, view) : view.view(s, i, end - i);
      return end;
    }
    if (c == 'n') {
      return JsonTokens.word(s, i, to, "null");
    }
    if (c == 't' || c == 'f') {
      if (type != LogicalType.BOOLEAN) {
        return FAIL;
      }
      int end = JsonTokens.word(s, i, to, c == 't' ? "true" : "false");
      if (end != FAIL) {
        cells[at] = view.view(s, i, end - i);
      }
      return end;
    }
    if (type != LogicalType.INTEGER && type != LogicalType.DECIMAL) {
      return FAIL;
    }
    int end = JsonTokens.number(s, i, to, type == LogicalType.INTEGER);
    if (end != FAIL) {
      cells[at] = view.view(s, i, end - i);
    }
    return end;
  }

  /**
   * Where the key starting at {@code i} ends (after its closing quote) when it is column
   * {@code at}'s name, else FAIL: keys mostly come in the columns' order, so the column after the
   * last key's is tried first, in one comparison.
   */
  private int named(char[] s, int i, int to, int at) {
    if (at >= names.length) {
      return FAIL;
    }
    char[] name = names[at];
    int end = i + name.length;
    return end < to && s[end] == '"' && Arrays.equals(name, 0, name.length, s, i, end) ? end + 1 : FAIL;
  }

  /** The column whose name the key's characters are, or -1. */
  private int column(char[] s, int from, int to) {
    int slot = hash(s, from, to) & (slots.length - 1);
    while (slots[slot] != 0) {
      char[] name = names[slots[slot] - 1];
      if (Arrays.equals(name, 0, name.length, s, from, to)) {
        return slots[slot] - 1;
      }
      slot = (slot + 1) & (slots.length - 1);
    }
    return -1;
  }

  private static int hash(char[] s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s[i];
    }
    return h ^ (h >>> 16);
  }

  /**
   * Finds the end of a string whose text starts at {@code i}: the index after its closing quote,
   * or FAIL for a control character, a bad escape or no closing quote. Sets {@link #escaped}.
   */
  private int string(char[] s, int i, int to) {
    escaped = false;
    while (i < to) {
      char c = s[i];
      if (c == '"') {
        return i + 1;
      }
      if (c < ' ') {
        return FAIL;
      }
      if (c == '\\') {
        escaped = true;
        if (i + 1 >= to) {
          return FAIL;
        }
        char e = s[i + 1];
        if (e == 'u') {
          if (i + 6 > to || JsonTokens.hex(s, i + 2) < 0) {
            return FAIL;
          }
          i += 6;
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          return FAIL;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return FAIL;
  }

  /** Decodes a string's text with escapes (already checked by {@link #string}) into {@link #decoded}. */
  private int decode(char[] s, int from, int to) {
    if (decoded.length < to - from) {
      decoded = new char[Math.max(to - from, 2 * decoded.length)];
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c != '\\') {
        decoded[n++] = c;
        continue;
      }
      char e = s[++i];
      decoded[n++] = switch (e) {
        case 'b' -> '\b';
        case 'f' -> '\f';
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 'u' -> (char) JsonTokens.hex(s, i + 1);
        default -> e;
      };
      if (e == 'u') {
        i += 4;
      }
    }
    return n;
  }

  /**
   * The end of the object or array at {@code i}, or FAIL. Takes only what Jackson writes back
   * character for character, whitespace aside: strings without escapes, true, false, null and
   * whole numbers that fit a long (not {@code -0}).
   */
  private int structure(char[] s, int i, int to, int depth) {
    if (depth >= MAX_DEPTH) {
      return FAIL;
    }
    boolean object = s[i] == '{';
    char close = object ? '}' : ']';
    i = spaced(s, i + 1, to);
    if (i < to && s[i] == close) {
      return i + 1;
    }
    while (true) {
      if (object) {
        if (i >= to || s[i] != '"') {
          return FAIL;
        }
        i = string(s, i + 1, to);
        if (i == FAIL || escaped) {
          return FAIL;
        }
        i = spaced(s, i, to);
        if (i >= to || s[i] != ':') {
          return FAIL;
        }
        i = spaced(s, i + 1, to);
      }
      i = inner(s, i, to, depth);
      if (i == FAIL) {
        return FAIL;
      }
      i = spaced(s, i, to);
      if (i < to && s[i] == ',') {
        i = spaced(s, i + 1, to);
      } else if (i < to && s[i] == close) {
        return i + 1;
      } else {
        return FAIL;
      }
    }
  }

  /** One value inside a structure; where it ends, or FAIL. */
  private int inner(char[] s, int i, int to, int depth) {
    if (i >= to) {
      return FAIL;
    }
    char c = s[i];
    if (c == '"') {
      int end = string(s, i + 1, to);
      return escaped ? FAIL : end;
    }
    if (c == '{' || c == '[') {
      return structure(s, i, to, depth + 1);
    }
    if (c == 't' || c == 'f' || c == 'n') {
      return JsonTokens.word(s, i, to, c == 't' ? "true" : c == 'f' ? "false" : "null");
    }
    int end = JsonTokens.number(s, i, to, true);
    if (end == FAIL || end - i > MAX_STRUCTURE_DIGITS || (s[i] == '-' && s[i + 1] == '0')) {
      return FAIL;
    }
    return end;
  }

  /** {@link #space}, noting whether any whitespace was skipped. */
  private int spaced(char[] s, int i, int to) {
    int end = JsonTokens.space(s, i, to);
    spaced |= end > i;
    return end;
  }

  /** Copies a structure without the whitespace between its tokens (its strings hold no escapes). */
  private CellText compact(char[] s, int from, int to, CellText view) {
    if (decoded.length < to - from) {
      decoded = new char[Math.max(to - from, 2 * decoded.length)];
    }
    int n = 0;
    boolean inString = false;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c == '"') {
        inString = !inString;
      } else if (!inString && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
        continue;
      }
      decoded[n++] = c;
    }
    return view.copy(decoded, 0, n);
  }
}
