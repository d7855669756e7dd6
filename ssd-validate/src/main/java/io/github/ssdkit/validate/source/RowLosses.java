package io.github.ssdkit.validate.source;

import java.util.Optional;

/**
 * What a reader could not read: rows it skipped and whether it stopped before the end. A table
 * with losses is not complete, so a key missing from it may be on a row that was lost; the
 * validator then counts references to such keys as unverifiable instead of calling them errors.
 */
public final class RowLosses {

  private long skipped;
  private long firstLine;
  private String stopped;

  /** A record of no losses yet: nothing skipped, not stopped; a reader makes one per table it reads. */
  public RowLosses() {
    // Fields start at zero and null, which mean no losses.
  }

  /**
   * A row that was reported and skipped.
   *
   * @param line where it starts in the file
   */
  public void skipped(long line) {
    if (skipped++ == 0) {
      firstLine = line;
    }
  }

  /**
   * Reading ended before the end of the input.
   *
   * @param why a short cause
   */
  public void stopped(String why) {
    if (stopped == null) {
      stopped = why;
    }
  }

  /**
   * What was lost.
   *
   * @return empty when nothing was lost, else one line such as
   *     {@code 2 rows could not be read (first at line 6)}
   */
  public Optional<String> reason() {
    String rows = skipped == 0 ? null : skipped == 1 ? "1 row could not be read (line " + firstLine + ")"
        : String.format("%,d rows could not be read (the first at line %d)", skipped, firstLine);
    String stop = stopped == null ? null : "reading stopped: " + stopped;
    if (rows == null) {
      return Optional.ofNullable(stop);
    }
    return Optional.of(stop == null ? rows : rows + "; " + stop);
  }
}
