package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of one table. Cells come back as text exactly as the extract holds them (null
 * for an empty cell), aligned with {@link #header()}; typing and checking is the validator's job.
 */
public interface TableReader extends AutoCloseable {

  /**
   * The column names as the source names them, in order.
   *
   * @return the names; empty when the source has no header
   */
  List<String> header();

  /**
   * The next row's cells. A row the reader cannot make sense of is reported to {@code problems}
   * and skipped; an unrecoverable problem (such as invalid UTF-8) is reported and ends the table.
   * The array may be reused by the next call: copy what you keep.
   *
   * @param problems where input problems go
   * @return the cells, null for an empty cell, or null at the end
   * @throws IOException when reading fails
   */
  String[] next(InputProblems problems) throws IOException;

  /**
   * The row last returned.
   *
   * @return its 1-based data row number
   */
  long rowNumber();

  @Override
  void close() throws IOException;
}
