package io.github.ssdkit.sample;

/** The file formats a sample can be written in; CSV is always written. */
public enum SampleFormat {
  /** {@code <table>.csv}: RFC 4180, UTF-8, LF line ends, empty cell for null. */
  CSV(".csv"),
  /** {@code <table>.jsonl}: one JSON object per row, null for an empty cell. */
  JSON_LINES(".jsonl");

  private final String extension;

  SampleFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
