package io.github.ssdkit.validate.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** Writes a report in one format. */
public interface ReportWriter {

  void write(ValidationReport report, OutputStream out) throws IOException;

  /** The format names {@link #forFormat} knows, for messages. */
  String FORMATS = "text, json, csv, html or markdown";

  /**
   * The writer for a format name: {@code text}, {@code json}, {@code csv}, {@code html} or
   * {@code markdown}. The HTML writer here explains fixed rule ids only; {@link
   * HtmlReportWriter#explainingChecksOf} also explains a spec's declared checks.
   */
  static Optional<ReportWriter> forFormat(String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> Optional.of(new TextReportWriter(20));
      case "json" -> Optional.of(new JsonReportWriter());
      case "csv" -> Optional.of(new CsvReportWriter());
      case "html" -> Optional.of(new HtmlReportWriter());
      case "markdown", "md" -> Optional.of(new MarkdownReportWriter(10));
      default -> Optional.empty();
    };
  }
}
