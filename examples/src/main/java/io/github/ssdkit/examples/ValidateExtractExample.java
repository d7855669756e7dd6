package io.github.ssdkit.examples;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.nio.file.Path;

/** Validates an extract through the library and walks the report. */
public final class ValidateExtractExample {

  private ValidateExtractExample() {}

  public static void main(String[] args) {
    Path extract = Path.of(args.length > 0 ? args[0] : "examples/sample-extract");
    Spec spec = SpecLoader.bundled().orThrow();

    ValidationResult result = Validator.of(spec).validate(DirectorySource.csv(extract));
    if (!result.isUsable()) {
      System.err.println("cannot validate: " + result.unusable());
      return;
    }
    ValidationReport report = result.report();
    System.out.printf("%s: %,d rows, %,d errors, %,d warnings%n",
        report.valid() ? "valid" : "not valid", report.rows(), report.errors(), report.warnings());
    for (TableSummary table : report.tables()) {
      if (table.errors() > 0) {
        System.out.printf("  %s: %s%n", table.table(), table.rules());
      }
    }
    for (Issue issue : report.issues().subList(0, Math.min(5, report.issues().size()))) {
      System.out.printf("  %s row %d [%s] %s%n", issue.table(), issue.row(), issue.rule(), issue.message());
    }
  }
}
