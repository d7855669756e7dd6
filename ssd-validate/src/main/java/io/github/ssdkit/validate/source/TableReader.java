package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
   * and skipped; an unrecoverable problem (such as invalid UTF-8) is reported and ends the table;
   * either way {@link #incomplete()} says so afterwards. The array may be reused by the next call:
   * copy what you keep.
   *
   * @param problems where input problems go
   * @return the cells, null for an empty cell, or null at the end
   * @throws IOException when reading fails
   */
  String[] next(InputProblems problems) throws IOException;

  /**
   * Why the rows returned are not all the rows of the table (rows skipped, reading stopped early).
   * Asked once the reader has returned null.
   *
   * @return the reason, or empty when every row was read
   */
  default Optional<String> incomplete() {
    return Optional.empty();
  }

  /**
   * A rough count of the table's rows, known before reading them, for making key sets ready for
   * them; it may be well off either way.
   *
   * @return the estimate, or empty when there is none
   */
  default OptionalLong estimatedRows() {
    return OptionalLong.empty();
  }

  /**
   * The row last returned.
   *
   * @return its 1-based data row number
   */
  long rowNumber();

  @Override
  void close() throws IOException;

  /**
   * A table whose file is there but could not be read at all: no header, no rows, and it says why.
   *
   * @param reason why the file could not be read
   * @return a reader with no rows whose {@link #incomplete()} is the reason
   */
  static TableReader unread(String reason) {
    return new TableReader() {
      @Override
      public List<String> header() {
        return List.of();
      }

      @Override
      public String[] next(InputProblems problems) {
        return null;
      }

      @Override
      public Optional<String> incomplete() {
        return Optional.of(reason);
      }

      @Override
      public long rowNumber() {
        return 0;
      }

      @Override
      public void close() {
        // nothing was opened
      }
    };
  }
}
