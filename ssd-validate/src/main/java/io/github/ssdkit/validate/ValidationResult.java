package io.github.ssdkit.validate;

import io.github.ssdkit.validate.report.ValidationReport;
import java.util.Optional;

/**
 * Either a report, or the one-line reason the input could not be validated at all (a missing
 * directory, an unreadable database): the command line turns the latter into exit code 2.
 *
 * @param report the report of a validation that ran, or null when the input was unusable
 * @param unusable the one-line reason the input could not be validated, or null when there is a report
 */
public record ValidationResult(ValidationReport report, String unusable) {

  /**
   * A result holding a report.
   *
   * @param report the report
   * @return the result
   */
  public static ValidationResult of(ValidationReport report) {
    return new ValidationResult(report, null);
  }

  /**
   * A result for input that could not be read at all.
   *
   * @param reason why, in one line
   * @return the result, without a report
   */
  public static ValidationResult unusableInput(String reason) {
    return new ValidationResult(null, reason);
  }

  /**
   * Whether the input could be read, so that {@link #report()} is present.
   *
   * @return true when there is a report
   */
  public boolean isUsable() {
    return report != null;
  }

  /**
   * The report, when the input could be read.
   *
   * @return the report, or empty when the input was unusable
   */
  public Optional<ValidationReport> reportIfUsable() {
    return Optional.ofNullable(report);
  }
}
