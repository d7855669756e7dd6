package io.github.ssdkit.spec;

/**
 * Where something was written: a file (relative to the spec root) and a 1-based line and column.
 * Line and column are 0 when unknown, for example for a file that could not be read at all.
 *
 * @param file the file's path relative to the spec root, or empty when there is no file
 * @param line the 1-based line number, or 0 when unknown
 * @param column the 1-based column number, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {

  /** No location: for things built in code rather than read from a file. */
  public static final SourceLocation NONE = new SourceLocation("", 0, 0);

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param file the file, relative to the spec root, or empty
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   */
  public SourceLocation {
    file = file == null ? "" : file;
  }

  /**
   * A whole file, with no line or column.
   *
   * @param file the file
   * @return the location
   */
  public static SourceLocation of(String file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + column;
  }
}
