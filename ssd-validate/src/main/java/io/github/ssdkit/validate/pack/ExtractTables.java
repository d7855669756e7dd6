package io.github.ssdkit.validate.pack;

import io.github.ssdkit.validate.source.ExtractSource;
import java.io.IOException;
import java.util.List;

/**
 * Read access to the tables of an extract for an {@link ExtractRuleSet}: one table at a time,
 * only the columns asked for, row by row, so that a rule set keeps only what it needs.
 */
public interface ExtractTables {

  /**
   * The spec the extract is validated against, for its tables, keys and code sets (a rule set
   * reads a code through its aliases, such as sex {@code 1} for {@code M}).
   *
   * @return the spec
   */
  io.github.ssdkit.spec.Spec spec();

  /**
   * Streams the named columns of a table. A table the extract does not hold reads as empty; a
   * column its file lacks reads as empty cells.
   *
   * @param table the SSD table
   * @param columns the columns wanted, matched to the file's header without regard to case
   * @param rows called once per row, in file order
   * @throws IOException when the table cannot be read
   * @throws IllegalArgumentException when the spec has no such table or column
   */
  void read(String table, List<String> columns, RowVisitor rows) throws IOException;

  /**
   * The tables of another extract, such as last year's, read the same way as these (same spec,
   * same extra date patterns), so that a rule set comparing the two sees both alike.
   *
   * @param other the other extract
   * @return read access to it
   * @throws UnsupportedOperationException when these tables cannot say how they are read
   */
  default ExtractTables alike(ExtractSource other) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot read another extract alike");
  }

  /** Receives one row of {@link #read}. */
  @FunctionalInterface
  interface RowVisitor {

    /**
     * One row.
     *
     * @param row the 1-based data row number in the table's file
     * @param key the row's primary-key value(s) joined with {@code |}
     * @param cells the cells of the asked columns in the asked order, null when empty; a date
     *     written in an extra date pattern the validation accepts comes in ISO form, as the table
     *     pass read it; the array is reused for the next row, so copy what you keep
     */
    void row(long row, String key, String[] cells);

    /**
     * How many rows the table probably has, told once before the first row when the source can
     * estimate it (from a file's size and its first rows); the count may be a little high or low.
     * A visitor that keeps rows can size its arrays once instead of growing them.
     *
     * @param rows the estimate
     */
    default void expect(long rows) {}
  }
}
