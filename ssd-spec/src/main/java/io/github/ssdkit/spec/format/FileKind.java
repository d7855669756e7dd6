package io.github.ssdkit.spec.format;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an extract holds a table in, and how such a file is named: {@code <table>.csv}
 * or {@code <table>.jsonl}. The one home of these names: the validator reads a directory by them,
 * the sample generator writes one by them, and the command line tells data files from reports by
 * them. Names are matched without regard to case, as files copied from Windows often differ only
 * in case.
 */
public enum FileKind {
  /** Comma-separated values (RFC 4180, UTF-8) with a header row; an empty cell is no value. */
  CSV(".csv"),
  /** JSON Lines: one JSON object per line, keyed by column name; {@code null} is no value. */
  JSON_LINES(".jsonl");

  private final String extension;

  FileKind(String extension) {
    this.extension = extension;
  }

  /**
   * The file name ending of a table file.
   *
   * @return {@code .csv} or {@code .jsonl}
   */
  public String extension() {
    return extension;
  }

  /**
   * The file name of a table in this kind.
   *
   * @param table a table name, such as {@code ssd_person}
   * @return for example {@code ssd_person.csv}
   */
  public String fileName(String table) {
    return table + extension;
  }

  /**
   * Whether a file name ends with this kind's extension, in any case.
   *
   * @param fileName a file name without folders
   * @return true for {@code ssd_person.CSV} and kind {@link #CSV}
   */
  public boolean matches(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(extension);
  }

  /**
   * The name a file gives its table: the file name without its extension, in lower case.
   *
   * @param fileName a file name without folders
   * @return the table name, or empty when the file is not of this kind
   */
  public Optional<String> tableName(String fileName) {
    return matches(fileName)
        ? Optional.of(fileName.substring(0, fileName.length() - extension.length()).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * The other kind: JSON Lines for CSV and CSV for JSON Lines.
   *
   * @return the kind this one is not
   */
  public FileKind other() {
    return this == CSV ? JSON_LINES : CSV;
  }

  /**
   * The kind a file name has, if any.
   *
   * @param fileName a file name without folders
   * @return the kind, or empty for any other file
   */
  public static Optional<FileKind> of(String fileName) {
    for (FileKind k : values()) {
      if (k.matches(fileName)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
