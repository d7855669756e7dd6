package io.github.ssdkit.validate.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON column holds JSON of the declared shape: an object whose known keys have values of their
 * type and code set (unknown keys are a warning) and whose required keys hold a value, or an array
 * of codes.
 */
final class JsonCheck implements FieldCheck {

  private static final JsonFactory JSON = new JsonFactory();

  private final Field field;
  private final Map<String, JsonKey> keys = new HashMap<>();
  /** Keys as the spec spells them, looked up first: extracts mostly do too, and it saves upper-casing. */
  private final Map<String, JsonKey> exactKeys = new HashMap<>();
  private final Map<String, CodeCheck> codes = new HashMap<>();
  private final CodeCheck items;
  /**
   * Cells that are not plainly valid but were found valid with nothing to report (a key in another
   * case, a number written as a string) may repeat, so they are remembered, up to a bound, instead
   * of being parsed again; looked up from the cell's characters, so a repeated cell costs no String.
   * Plainly valid cells are not: {@link #plain} answers them in one pass, which costs about as much
   * as hashing them would.
   */
  private final RememberedCells knownValid = new RememberedCells();

  /** The declared keys, and each one's code check (or null), for the flat reader's in-place lookup. */
  private final JsonKey[] keyList;
  private final CodeCheck[] keyCodes;
  /** The declared names, looked up in place; a name declared twice is found at its last key, as a map keeps it. */
  private final CodeTable keyNames;
  /** The one-pass answer for the usual cell, a flat object of valid entries; null for an array column. */
  private final PlainJsonObject plain;
  /** The same for an array column's usual cell, an array of current codes; null for an object column. */
  private final PlainJsonArray plainArray;
  /** The keys that must hold a value (not absent, null or ""); empty for most columns. */
  private final List<JsonKey> requiredKeys;
  private final FlatJson flat = new FlatJson();
  private final Counting counting = new Counting();

  /** False only in tests, to compare the flat reader with Jackson's. */
  private final boolean fastPath;

  JsonCheck(Field field, Spec spec) {
    this(field, spec, true);
  }

  JsonCheck(Field field, Spec spec, boolean fastPath) {
    this.fastPath = fastPath;
    this.field = field;
    for (JsonKey k : field.jsonKeys()) {
      keys.put(k.name().toUpperCase(Locale.ROOT), k);
      exactKeys.put(k.name(), k);
      if (k.codeSet() != null) {
        spec.codeSet(k.codeSet()).ifPresent(set -> codes.put(k.name(), new CodeCheck(field.name(), set)));
      }
    }
    this.keyList = field.jsonKeys().toArray(new JsonKey[0]);
    this.keyCodes = new CodeCheck[keyList.length];
    for (int k = 0; k < keyList.length; k++) {
      keyCodes[k] = codes.get(keyList[k].name());
    }
    this.keyNames = new CodeTable(field.jsonKeys().stream().map(JsonKey::name).toList());
    this.items = field.type() == LogicalType.JSON_ARRAY && field.codeSet() != null
        ? spec.codeSet(field.codeSet()).map(set -> new CodeCheck(field.name(), set)).orElse(null)
        : null;
    this.plain = field.type() == LogicalType.JSON_OBJECT ? new PlainJsonObject(field.jsonKeys(), keyCodes) : null;
    this.plainArray = plain == null ? new PlainJsonArray(items) : null;
    this.requiredKeys = field.type() == LogicalType.JSON_OBJECT
        ? field.jsonKeys().stream().filter(JsonKey::required).toList() : List.of();
  }

  @Override
  public boolean check(CharSequence cell, RowContext row) {
    if (fastPath && (plain != null ? plain.accepts(cell) : plainArray.accepts(cell))) {
      return true;
    }
    if (knownValid.worthAsking() && knownValid.contains(cell)) {
      return true;
    }
    counting.reset(row);
    if (fastPath && plain != null && flat.scan(cell)) {
      boolean ok = true;
      for (int e = 0; e < flat.size(); e++) {
        ok &= flatEntry(e, cell, counting);
      }
      if (!requiredKeys.isEmpty()) {
        ok &= requiredHeld(flatValued(cell), cell.toString(), counting);
      }
      remember(ok, cell);
      return ok;
    }
    String value = cell.toString();
    try (JsonParser p = JSON.createParser(value)) {
      JsonToken first = p.nextToken();
      boolean ok = field.type() == LogicalType.JSON_OBJECT ? object(p, first, value, counting) : array(p, first, value, counting);
      if (ok && p.nextToken() != null) {
        return fail(row, value, "has content after the JSON value");
      }
      remember(ok, value);
      return ok;
    } catch (JsonProcessingException e) {
      return fail(row, value, "is not valid JSON (" + e.getOriginalMessage().replace('\n', ' ') + ")");
    } catch (IOException e) {
      return fail(row, value, "cannot be read as JSON");
    }
  }

  private void remember(boolean ok, CharSequence value) {
    if (ok && counting.reported == 0 && knownValid.worthAsking()) {
      knownValid.add(value);
    }
  }

  /**
   * One entry found by the flat reader, checked in place: the common outcomes (a declared key
   * spelled as declared, holding a current code, a number or a boolean of its type, or text within
   * its length) need no {@code String}, not even of the cell; anything else is cut out and goes the
   * way Jackson's entries go.
   */
  private boolean flatEntry(int e, CharSequence cell, RowContext row) {
    int k = keyNames.indexOf(cell, flat.nameStart(e), flat.nameEnd(e));
    JsonToken t = flat.token(e);
    int from = flat.valueStart(e);
    int to = flat.valueEnd(e);
    if (k < 0) {
      String value = cell.toString();
      return entry(value.substring(flat.nameStart(e), flat.nameEnd(e)), t, value.substring(from, to), value, row);
    }
    if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && from == to)) {
      return true;
    }
    JsonKey key = keyList[k];
    boolean plainlyValid = switch (key.type()) {
      case INTEGER -> t == JsonToken.VALUE_NUMBER_INT;
      case DECIMAL -> t.isNumeric();
      case BOOLEAN -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
      default -> keyCodes[k] != null ? keyCodes[k].isCurrentCode(cell, from, to)
          : key.maxLength() == null || Character.codePointCount(cell, from, to) <= key.maxLength();
    };
    if (plainlyValid) {
      return true;
    }
    String value = cell.toString();
    return keyValue(key, value.substring(from, to), t, value, row);
  }

  private boolean object(JsonParser p, JsonToken first, String value, RowContext row) throws IOException {
    if (first != JsonToken.START_OBJECT) {
      return fail(row, value, "is not a JSON object");
    }
    boolean ok = true;
    Set<JsonKey> valued = new HashSet<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (t.isStructStart()) {
        p.skipChildren();
        JsonKey key = key(name);
        if (key == null) {
          unknownKey(name, value, row);
        } else {
          valued.add(key);
          ok = fail(row, value, "key " + name + " holds a nested structure; expected a " + key.type().specName());
        }
        continue;
      }
      String text = p.getText();
      if (!noValue(t, text)) {
        JsonKey key = key(name);
        if (key != null) {
          valued.add(key);
        }
      }
      ok &= entry(name, t, text, value, row);
    }
    return requiredHeld(valued, value, row) && ok;
  }

  /** The declared keys the flat reader found holding a value, in whatever case they were spelled. */
  private Set<JsonKey> flatValued(CharSequence cell) {
    Set<JsonKey> valued = new HashSet<>();
    String value = null;
    for (int e = 0; e < flat.size(); e++) {
      int from = flat.valueStart(e);
      int to = flat.valueEnd(e);
      JsonToken t = flat.token(e);
      if (t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && from == to)) {
        continue;
      }
      int k = keyNames.indexOf(cell, flat.nameStart(e), flat.nameEnd(e));
      if (k >= 0) {
        valued.add(keyList[k]);
        continue;
      }
      value = value == null ? cell.toString() : value;
      JsonKey key = key(value.substring(flat.nameStart(e), flat.nameEnd(e)));
      if (key != null) {
        valued.add(key);
      }
    }
    return valued;
  }

  /** Reports each required key that holds no value; true when there is none. */
  private boolean requiredHeld(Set<JsonKey> valued, String value, RowContext row) {
    boolean ok = true;
    for (JsonKey key : requiredKeys) {
      if (!valued.contains(key)) {
        row.report(Severity.ERROR, RuleIds.REQUIRED, field.name(), value, field.name() + "." + key.name()
            + " is absent or empty; a value is required");
        ok = false;
      }
    }
    return ok;
  }

  private static boolean noValue(JsonToken t, String text) {
    return t == JsonToken.VALUE_NULL || (t == JsonToken.VALUE_STRING && text.isEmpty());
  }

  /** One key and its plain value, from either reader. */
  private boolean entry(String name, JsonToken t, String text, String value, RowContext row) {
    JsonKey key = key(name);
    if (key == null) {
      unknownKey(name, value, row);
      return true;
    }
    if (noValue(t, text)) {
      return true;
    }
    return keyValue(key, text, t, value, row);
  }

  private JsonKey key(String name) {
    JsonKey key = exactKeys.get(name);
    return key != null ? key : keys.get(name.toUpperCase(Locale.ROOT));
  }

  private void unknownKey(String name, String value, RowContext row) {
    row.report(Severity.WARNING, "type.json-key", field.name(), value, field.name() + " has key '" + name
        + "', which the spec does not declare");
  }

  private boolean keyValue(JsonKey key, String text, JsonToken t, String value, RowContext row) {
    String where = field.name() + "." + key.name();
    switch (key.type()) {
      case INTEGER:
        if (t != JsonToken.VALUE_NUMBER_INT && !Numbers.isInteger(text)) {
          return fail(row, value, "key " + key.name() + " '" + text + "' is not a whole number");
        }
        return true;
      case DECIMAL:
        if (!t.isNumeric() && !Numbers.isDecimal(text)) {
          return fail(row, value, "key " + key.name() + " '" + text + "' is not a number");
        }
        return true;
      case BOOLEAN:
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE && !text.equals("0") && !text.equals("1")) {
          return fail(row, value, "key " + key.name() + " '" + text + "' is not a boolean");
        }
        return true;
      default:
        CodeCheck code = codes.get(key.name());
        if (code != null) {
          return code.checkCode(text, row, where);
        }
        if (key.maxLength() != null && text.codePointCount(0, text.length()) > key.maxLength()) {
          row.report(Severity.ERROR, "length", field.name(), value, where + " is longer than " + key.maxLength() + " characters");
          return false;
        }
        return true;
    }
  }

  private boolean array(JsonParser p, JsonToken first, String value, RowContext row) throws IOException {
    if (first != JsonToken.START_ARRAY) {
      return fail(row, value, "is not a JSON array");
    }
    boolean ok = true;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      if (t.isStructStart()) {
        p.skipChildren();
        ok = fail(row, value, "holds a nested structure; expected an array of codes");
        continue;
      }
      if (items != null && t != JsonToken.VALUE_NULL) {
        ok &= items.checkCode(p.getText(), row, field.name());
      }
    }
    return ok;
  }

  /** Passes reports through, counting them, so only values with no issue at all are remembered. */
  private static final class Counting implements RowContext {
    private RowContext row;
    private int reported;

    void reset(RowContext to) {
      row = to;
      reported = 0;
    }

    @Override
    public String cell(int f) {
      return row.cell(f);
    }

    @Override
    public long temporal(int f) {
      return row.temporal(f);
    }

    @Override
    public long rowDate() {
      return row.rowDate();
    }

    @Override
    public long rowEnd() {
      return row.rowEnd();
    }

    @Override
    public boolean rowOpen() {
      return row.rowOpen();
    }

    @Override
    public long rowNumber() {
      return row.rowNumber();
    }

    @Override
    public void report(io.github.ssdkit.spec.Severity severity, String rule, String f, String value, String message) {
      reported++;
      row.report(severity, rule, f, value, message);
    }

    @Override
    public void reportRow(long r, io.github.ssdkit.spec.Severity severity, String rule, String f, String value, String message) {
      reported++;
      row.reportRow(r, severity, rule, f, value, message);
    }
  }

  private boolean fail(RowContext row, String value, String what) {
    row.report(Severity.ERROR, "type.json", field.name(), value, field.name() + " " + what);
    return false;
  }
}
