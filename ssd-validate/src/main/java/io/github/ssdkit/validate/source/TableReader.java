package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of one table. Cells come back as text exactly as the extract holds them (null
 * for an empty cell), aligned with {@link #header()}; typing and checking is the validator's job.
 */
public interface TableReader extends AutoCloseable {

  /** The column names as the source names them, in order; empty when the source has no header. */
  List<String> header();

  /**
   * The next row's cells, or null at the end. A row the reader cannot make sense of is reported
   * to {@code problems} and skipped; an unrecoverable problem (such as invalid UTF-8) is reported
   * and ends the table. The array may be reused by the next call: copy what you keep.
   */
  String[] next(InputProblems problems) throws IOException;

  /** The 1-based data row number of the row last returned. */
  long rowNumber();

  @Override
  void close() throws IOException;
}
