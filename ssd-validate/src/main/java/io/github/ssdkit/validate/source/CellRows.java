package io.github.ssdkit.validate.source;

import java.io.IOException;

/**
 * A table's rows as reusable cell views, the way the validator reads them: a reader that can hand
 * out views of its buffer (CSV) implements this itself; any other reader is adapted by {@link #of},
 * which points one reused view per column at its Strings.
 */
public interface CellRows {

  /**
   * The next row's cells, as {@link TableReader#next} returns them but as views. Both the array
   * and the views are reused by the next call: copy what you keep (a view's
   * {@link CellText#toString()} is such a copy).
   *
   * @param problems where input problems go
   * @return the cells, null for an empty cell, or null at the end
   * @throws IOException when reading fails
   */
  CellText[] nextCells(InputProblems problems) throws IOException;

  /**
   * The rows of a reader as views.
   *
   * @param reader the reader
   * @return the reader itself when it reads views, else an adapter over its Strings
   */
  static CellRows of(TableReader reader) {
    if (reader instanceof CellRows rows) {
      return rows;
    }
    return new CellRows() {
      private CellText[] views = new CellText[0];
      private CellText[] row = new CellText[0];

      @Override
      public CellText[] nextCells(InputProblems problems) throws IOException {
        String[] raw = reader.next(problems);
        if (raw == null) {
          return null;
        }
        if (views.length != raw.length) {
          views = new CellText[raw.length];
          row = new CellText[raw.length];
          for (int i = 0; i < raw.length; i++) {
            views[i] = new CellText();
          }
        }
        for (int i = 0; i < raw.length; i++) {
          row[i] = raw[i] == null ? null : views[i].of(raw[i]);
        }
        return row;
      }
    };
  }
}
