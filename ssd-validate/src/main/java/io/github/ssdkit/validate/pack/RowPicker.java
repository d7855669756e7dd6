package io.github.ssdkit.validate.pack;

import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.validate.source.CellText;

/**
 * Picks the asked columns and the key out of one row the way {@link SourceTables} hands them to a
 * rule set: a blank or missing cell as null, a date in an extra pattern in ISO form, the key's
 * cells joined with {@code |}. Over a reader's cell views it makes Strings of those cells only,
 * not of every cell the reader read; over Strings it gives the same values. Not thread-safe: the
 * cells array is reused for every row.
 */
final class RowPicker {

  /** Turns a date cell into the ISO form the table pass read it in. */
  @FunctionalInterface
  interface DateForm {

    /**
     * The cell in ISO form when a pattern reads it, else its text as written.
     *
     * @param text a cell that is not blank
     * @param type the column's temporal type
     * @return the text to hand over
     */
    String iso(CharSequence text, LogicalType type);
  }

  private final int[] wanted;
  private final LogicalType[] dates;
  private final int[] key;
  private final DateForm form;
  private final String[] cells;
  private final StringBuilder keyText = new StringBuilder();

  /**
   * A picker for one table read.
   *
   * @param wanted per asked column, its index in the reader's header, or -1 when the file lacks it
   * @param dates per asked column, its type when its dates go through {@code form}, else null
   * @param key per key column, its index in the reader's header, or -1 when the file lacks it
   * @param form how dates are put in ISO form
   */
  RowPicker(int[] wanted, LogicalType[] dates, int[] key, DateForm form) {
    this.wanted = wanted;
    this.dates = dates;
    this.key = key;
    this.form = form;
    this.cells = new String[wanted.length];
  }

  /**
   * The asked cells of a row read as Strings.
   *
   * @param raw the row, aligned with the header
   * @return the cells in the asked order (the same array for every row)
   */
  String[] cells(String[] raw) {
    for (int i = 0; i < wanted.length; i++) {
      String text = text(raw, wanted[i]);
      cells[i] = dates[i] == null || text == null ? text : form.iso(text, dates[i]);
    }
    return cells;
  }

  /**
   * The asked cells of a row read as views; only they become Strings.
   *
   * @param raw the row, aligned with the header
   * @return the cells in the asked order (the same array for every row)
   */
  String[] cells(CellText[] raw) {
    for (int i = 0; i < wanted.length; i++) {
      CellText view = view(raw, wanted[i]);
      cells[i] = view == null ? null : dates[i] == null ? view.toString() : form.iso(view, dates[i]);
    }
    return cells;
  }

  /**
   * The key of a row read as Strings.
   *
   * @param raw the row, aligned with the header
   * @return the key cells joined with {@code |}, a missing one as nothing
   */
  String key(String[] raw) {
    if (key.length == 1) {
      String k = text(raw, key[0]);
      return k == null ? "" : k;
    }
    keyText.setLength(0);
    for (int i = 0; i < key.length; i++) {
      if (i > 0) {
        keyText.append('|');
      }
      String k = text(raw, key[i]);
      keyText.append(k == null ? "" : k);
    }
    return keyText.toString();
  }

  /**
   * The key of a row read as views: one key column gives its cell's String (made once per cell,
   * so the same String when the column is also asked for), several are joined without a String each.
   *
   * @param raw the row, aligned with the header
   * @return the key cells joined with {@code |}, a missing one as nothing
   */
  String key(CellText[] raw) {
    if (key.length == 1) {
      CellText k = view(raw, key[0]);
      return k == null ? "" : k.toString();
    }
    keyText.setLength(0);
    for (int i = 0; i < key.length; i++) {
      if (i > 0) {
        keyText.append('|');
      }
      CellText k = view(raw, key[i]);
      if (k != null) {
        keyText.append(k);
      }
    }
    return keyText.toString();
  }

  private static String text(String[] raw, int index) {
    if (index < 0 || index >= raw.length) {
      return null;
    }
    String v = raw[index];
    return v == null || v.isBlank() ? null : v;
  }

  private static CellText view(CellText[] raw, int index) {
    if (index < 0 || index >= raw.length) {
      return null;
    }
    CellText v = raw[index];
    return v == null || blank(v) ? null : v;
  }

  /**
   * As {@link String#isBlank()}: empty or only white space (no character beyond the BMP is white
   * space). A printable ASCII character, how nearly every cell starts, answers without a table lookup.
   */
  private static boolean blank(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if ((c > ' ' && c < 0x7F) || !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
