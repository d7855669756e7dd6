package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * The value is a code of the column's code set. An alias is accepted with a warning; a withdrawn
 * code is a warning on records dated before its withdrawal and an error on records dated after.
 */
final class CodeCheck implements FieldCheck {

  private final String field;
  private final CodeSet set;
  private final Map<String, CodeValue> codes = new HashMap<>();
  private final Map<String, CodeValue> aliases = new HashMap<>();
  private final String allowed;

  CodeCheck(String field, CodeSet set) {
    this.field = field;
    this.set = set;
    for (CodeValue v : set.values()) {
      codes.put(v.code(), v);
      v.aliases().forEach(a -> aliases.put(a, v));
    }
    String list = String.join(", ", set.codes());
    this.allowed = list.length() <= 120 ? list : list.substring(0, 117) + "...";
  }

  @Override
  public boolean check(String value, RowContext row) {
    return checkCode(value, row, field);
  }

  boolean checkCode(String value, RowContext row, String where) {
    CodeValue code = codes.get(value);
    if (code == null) {
      CodeValue alias = aliases.get(value);
      if (alias != null) {
        row.report(Severity.WARNING, "code.alias", where, value, where + " '" + value + "' is another spelling of '"
            + alias.code() + "' in code list " + set.id() + edition() + "; write '" + alias.code() + "'");
        return true;
      }
      if (set.extensible()) {
        return true;
      }
      row.report(Severity.ERROR, "code", where, value, where + " '" + Numbers.clip(value) + "' is not in code list "
          + set.id() + edition() + nearMiss(value) + "; expected one of: " + allowed);
      return false;
    }
    if (code.isWithdrawn()) {
      long date = row.rowDate();
      boolean after = date != Temporal.INVALID && !Temporal.toDate(date).isBefore(code.withdrawn());
      row.report(after ? Severity.ERROR : Severity.WARNING, "code.withdrawn", where, value, where + " '" + value
          + "' was withdrawn from code list " + set.id() + edition() + " on " + code.withdrawn()
          + (after ? " and the record is dated " + Temporal.toDate(date) : "; accepted for a record dated before then"));
    }
    return true;
  }

  /**
   * Padded CHAR columns (SQL Server exports 'F ' for a CHAR(2)) and lower-case codes are common
   * and easy to fix once named, so the message says which code was meant; they stay errors.
   */
  private String nearMiss(String value) {
    String stripped = value.strip();
    if (!stripped.equals(value) && codes.containsKey(stripped)) {
      return " (it has spaces around '" + stripped + "', which is a code)";
    }
    for (String code : set.codes()) {
      if (code.equalsIgnoreCase(stripped)) {
        return " (codes are case-sensitive: write '" + code + "')";
      }
    }
    return "";
  }

  private String edition() {
    return set.version().isEmpty() ? "" : " (" + set.version() + ")";
  }
}
