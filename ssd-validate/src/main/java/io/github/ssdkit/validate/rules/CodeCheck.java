package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.WithdrawalBasis;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

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
  /** The set's local codes, or null. */
  private final Pattern local;

  CodeCheck(String field, CodeSet set) {
    this.field = field;
    this.set = set;
    for (CodeValue v : set.values()) {
      codes.put(v.code(), v);
      v.aliases().forEach(a -> aliases.put(a, v));
    }
    String list = String.join(", ", set.codes());
    this.allowed = (list.length() <= 120 ? list : list.substring(0, 117) + "...")
        + (set.localCodes() == null ? "" : ", or a local code matching " + set.localCodes());
    this.local = set.localCodes() == null ? null : Pattern.compile(set.localCodes());
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
      if (set.extensible() || (local != null && local.matcher(value).matches())) {
        return true;
      }
      row.report(Severity.ERROR, "code", where, value, where + " '" + Numbers.clip(value) + "' is not in code list "
          + set.id() + edition() + nearMiss(value) + "; expected one of: " + allowed);
      return false;
    }
    if (code.isWithdrawn()) {
      reportWithdrawn(code, value, row, where);
    }
    return true;
  }

  /**
   * A withdrawn code is an error on a record its withdrawal applies to, judged by the date its
   * basis names, and a warning on older history (or an undated record).
   */
  private void reportWithdrawn(CodeValue code, String value, RowContext row, String where) {
    WithdrawalBasis basis = set.basisOf(code);
    long start = row.rowDate();
    long end = row.rowEnd();
    boolean open = basis == WithdrawalBasis.OPEN_OR_ENDING_AFTER && row.rowOpen();
    long judged = basis != WithdrawalBasis.START && end != Temporal.INVALID ? end : start;
    String which = judged == end && judged != start ? "ends " : "is dated ";
    boolean after = open || (judged != Temporal.INVALID && !Temporal.toDate(judged).isBefore(code.withdrawn()));
    String why = open ? " and the record is still open"
        : after ? " and the record " + which + Temporal.toDate(judged)
        : basis == WithdrawalBasis.START || judged == start ? "; accepted for a record dated before then"
        : "; accepted for a record that ended before then";
    row.report(after ? Severity.ERROR : Severity.WARNING, "code.withdrawn", where, value, where + " '" + value
        + "' was withdrawn from code list " + set.id() + edition() + " on " + code.withdrawn() + why);
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
