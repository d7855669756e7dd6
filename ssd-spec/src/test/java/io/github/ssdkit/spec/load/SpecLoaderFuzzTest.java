package io.github.ssdkit.spec.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.ssdkit.spec.SpecProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the spec loader: a manifest listing one table, whose file is the
 * fuzzer's bytes. Loading never throws; it returns a spec or problems, each with a rule id and a
 * message.
 */
class SpecLoaderFuzzTest {

  private static final String MANIFEST_TEXT = "spec: ssd\nname: fuzz\nversion: 1.0.0\nstatus: draft\ndate: 2026-01-01\n"
      + "tables:\n  - ssd_t\ncode_sets: []\n";

  @FuzzTest(maxDuration = "4s") // when fuzzing inside verify; the long runs set their own limit
  void anyTableFileLoadsOrGivesProblems(byte[] data) {
    fuzzerTestOneInput(data);
  }

  /** The entry point of Jazzer's command line, for the long runs. */
  public static void fuzzerTestOneInput(byte[] data) {
    String table = new String(data, StandardCharsets.UTF_8);
    SpecSource source = new SpecSource() {
      @Override
      public String describe() {
        return "fuzz";
      }

      @Override
      public Optional<String> read(String relativePath) {
        return relativePath.equals(MANIFEST_FILE) ? Optional.of(MANIFEST_TEXT)
            : relativePath.equals("tables/ssd_t.yaml") ? Optional.of(table) : Optional.empty();
      }

      @Override
      public List<String> listYaml(String folder) {
        return folder.equals("tables") ? List.of("ssd_t.yaml") : List.of();
      }
    };
    LoadResult result = SpecLoader.load(source);
    for (SpecProblem p : result.problems()) {
      if (p.rule() == null || p.rule().isBlank() || p.message() == null || p.message().isBlank()) {
        throw new AssertionError("a problem without a rule id or a message: " + p);
      }
    }
    if (result.spec() == null && !result.hasErrors()) {
      throw new AssertionError("no spec and no error");
    }
  }

  private static final String MANIFEST_FILE = SpecSource.MANIFEST;
}
