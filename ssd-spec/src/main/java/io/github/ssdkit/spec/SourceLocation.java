package io.github.ssdkit.spec;

/**
 * Where something was written: a file (relative to the spec root) and a 1-based line and column.
 * Line and column are 0 when unknown, for example for a file that could not be read at all.
 */
public record SourceLocation(String file, int line, int column) {

  public static final SourceLocation NONE = new SourceLocation("", 0, 0);

  public SourceLocation {
    file = file == null ? "" : file;
  }

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
