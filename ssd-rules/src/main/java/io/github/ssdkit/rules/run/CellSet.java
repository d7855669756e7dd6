package io.github.ssdkit.rules.run;

/**
 * The distinct cells of one column over some rows of a frame, asked whether a cell of any frame is
 * among them without making its text: ids held packed are compared as numbers. Equal to a set of
 * the cells' texts, an empty cell included when one of the rows has one. Make one with
 * {@link Frame#cellSet}.
 */
public final class CellSet {

  private final Grouping grouping;
  private final boolean hasEmpty;

  CellSet(Grouping grouping, boolean hasEmpty) {
    this.grouping = grouping;
    this.hasEmpty = hasEmpty;
  }

  /** Whether the cell of {@code column} in row {@code i} of {@code f} is one of the set's (an empty cell when the set has one). */
  public boolean contains(Frame f, String column, int i) {
    return f.isIn(grouping, hasEmpty, column, i);
  }
}
