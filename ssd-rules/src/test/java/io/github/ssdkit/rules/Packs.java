package io.github.ssdkit.rules;

import io.github.ssdkit.rules.load.CatalogueLoadResult;
import io.github.ssdkit.rules.load.CatalogueLoader;
import io.github.ssdkit.spec.load.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small hand-written rule packs for tests: a valid pair that one test breaks in one place. */
public final class Packs {

  private Packs() {}

  public static final String CIN = """
      return: cin
      source: "test"
      years: ["2024-25", "2025-26"]
      rules:
        - code: "8925"
          years: ["2024-25", "2025-26"]
          severity: error
          kind: date-order
          status: planned
          checks: "A plan may not end before it starts."
          reads: [ssd_cp_plans.cppl_cp_plan_start_date, ssd_cp_plans.cppl_cp_plan_end_date]
        - code: "1560Q"
          years: ["2025-26"]
          severity: warning
          kind: identifier
          status: not-applicable
          checks: "A former pupil number should be well formed."
          reason: "No such column."
      """;

  public static final String SSDA903 = """
      return: ssda903
      years: ["2025-26"]
      rules:
        - code: "202"
          years: ["2025-26"]
          severity: error
          kind: previous-year
          status: needs-external-data
          needs: previous-return
          checks: "Sex agrees with last year."
          reason: "Compares with last year's return."
      """;

  /** Loads {@code cin} and {@code ssda903} texts written as files under {@code dir}. */
  public static CatalogueLoadResult load(Path dir, String cin, String ssda903) {
    try {
      Files.writeString(dir.resolve("cin.yaml"), cin);
      Files.writeString(dir.resolve("ssda903.yaml"), ssda903);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return CatalogueLoader.load(SpecSource.directory(dir));
  }
}
