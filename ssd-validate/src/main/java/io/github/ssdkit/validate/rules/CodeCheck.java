package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.WithdrawalBasis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The value is a code of the column's code set. An alias is accepted with a warning; a withdrawn
 * code is a warning on records dated before its withdrawal and an error on records dated after.
 */
final class CodeCheck implements FieldCheck {

  /** The most codes a set may have to be matched with {@link QuotedTexts} (yes/no flags and the like). */
  private static final int FEW = 16;

  private final String field;
  private final CodeSet set;
  private final Map<String, CodeValue> codes = new HashMap<>();
  private final Map<String, CodeValue> aliases = new HashMap<>();
  private final String allowed;
  /** The codes that are not withdrawn, looked up in place: such a cell needs nothing more. */
  private final CodeTable currentCodes;
  /** The same codes, matched against the inside of a JSON string; null for a set of more than {@link #FEW} codes. */
  private final QuotedTexts quotedCurrentCodes;
  /**
   * The aliases that are not also codes, looked up in place, with each one's warning for this
   * column: it depends on nothing else, so it is worded once rather than for every row.
   */
  private final CodeTable aliasTable;
  private final String[] aliasTexts;
  private final String[] aliasWarnings;
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
    List<String> current = codes.values().stream().filter(v -> !v.isWithdrawn()).map(CodeValue::code).distinct().toList();
    this.currentCodes = new CodeTable(current);
    this.quotedCurrentCodes = current.size() <= FEW ? new QuotedTexts(current) : null;
    this.aliasTexts = aliases.keySet().stream().filter(a -> !codes.containsKey(a)).sorted().toArray(String[]::new);
    this.aliasTable = new CodeTable(List.of(aliasTexts));
    this.aliasWarnings = new String[aliasTexts.length];
    for (int a = 0; a < aliasTexts.length; a++) {
      aliasWarnings[a] = aliasWarning(field, aliasTexts[a], aliases.get(aliasTexts[a]));
    }
    this.local = set.localCodes() == null ? null : Pattern.compile(set.localCodes());
  }

  /**
   * Whether {@code text[from, to)} is a code of the set that is not withdrawn, so valid with
   * nothing to report, compared in place. False says only "not surely": the caller then cuts the
   * text out and calls {@link #checkCode}.
   *
   * @param text the text holding the value
   * @param from where the value starts
   * @param to where it ends
   * @return true when the value is a current code
   */
  boolean isCurrentCode(CharSequence text, int from, int to) {
    return currentCodes.indexOf(text, from, to) >= 0;
  }

  /**
   * Where the JSON string whose inside starts at {@code at} closes, when it holds a code of the set
   * that is not withdrawn, read once in place; -1 says only "not surely", as for {@link #isCurrentCode}.
   *
   * @param text the cell
   * @param at the first character after the string's opening quote
   * @return the index of the closing quote, or -1
   */
  int currentCodeInString(CharSequence text, int at) {
    if (quotedCurrentCodes != null) {
      int t = quotedCurrentCodes.match(text, at);
      return t < 0 ? -1 : at + quotedCurrentCodes.length(t);
    }
    int close = at;
    for (char c; close < text.length() && (c = text.charAt(close)) != '"'; close++) {
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return close < text.length() && isCurrentCode(text, at, close) ? close : -1;
  }

  @Override
  public boolean check(CharSequence value, RowContext row) {
    if (currentCodes.contains(value)) {
      return true;
    }
    int a = aliasTable.indexOf(value, 0, value.length());
    if (a >= 0) {
      row.report(Severity.WARNING, "code.alias", field, aliasTexts[a], aliasWarnings[a]);
      return true;
    }
    return checkCode(value.toString(), row, field);
  }

  boolean checkCode(String value, RowContext row, String where) {
    CodeValue code = codes.get(value);
    if (code == null) {
      CodeValue alias = aliases.get(value);
      if (alias != null) {
        row.report(Severity.WARNING, "code.alias", where, value, aliasWarning(where, value, alias));
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

  private String aliasWarning(String where, String value, CodeValue alias) {
    return where + " '" + value + "' is another spelling of '" + alias.code() + "' in code list " + set.id() + edition()
        + "; write '" + alias.code() + "'";
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
