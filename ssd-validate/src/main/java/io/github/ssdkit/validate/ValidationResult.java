package io.github.ssdkit.validate;

import io.github.ssdkit.validate.report.ValidationReport;
import java.util.Optional;

/**
 * Either a report, or the one-line reason the input could not be validated at all (a missing
 * directory, an unreadable database): the command line turns the latter into exit code 2.
 */
public record ValidationResult(ValidationReport report, String unusable) {

  public static ValidationResult of(ValidationReport report) {
    return new ValidationResult(report, null);
  }

  public static ValidationResult unusableInput(String reason) {
    return new ValidationResult(null, reason);
  }

  public boolean isUsable() {
    return report != null;
  }

  public Optional<ValidationReport> reportIfUsable() {
    return Optional.ofNullable(report);
  }
}
