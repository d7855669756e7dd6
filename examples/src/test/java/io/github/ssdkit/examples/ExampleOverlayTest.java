package io.github.ssdkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generators;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.spec.overlay.MergeResult;
import io.github.ssdkit.spec.overlay.Overlays;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked authority overlay, {@code overlay-la801}: it merges cleanly; its small extract is
 * valid against core plus overlay, while the core alone does not know its local table and column
 * (and skips their data); a broken copy of the extract fails against core plus overlay in each
 * local place and passes the core; and the records generated from core plus overlay compile.
 */
class ExampleOverlayTest {

  static final Path OVERLAY = Path.of("overlay-la801");
  static final Spec CORE = SpecLoader.bundled().orThrow();
  static final Spec MERGED = merged();

  static Spec merged() {
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(OVERLAY));
    assertThat(r.problems()).as("the example overlay lints clean").isEmpty();
    return r.orThrow();
  }

  static List<Issue> issues(Spec spec, String extract) {
    ValidationResult result = Validator.of(spec).validate(DirectorySource.csv(OVERLAY.resolve(extract)));
    assertThat(result.isUsable()).isTrue();
    return result.report().issues();
  }

  static List<String> errorsIn(List<Issue> issues, String table) {
    return issues.stream().filter(Issue::isError).filter(i -> i.table().equals(table))
        .map(i -> i.field() + "=" + i.value()).toList();
  }

  @Test
  void theExtractIsValidAgainstCorePlusOverlay() {
    List<Issue> issues = issues(MERGED, "extract");
    assertThat(issues).filteredOn(Issue::isError).isEmpty();
    assertThat(issues).extracting(Issue::rule).doesNotContain("input.unknown-table", "input.unknown-column");
  }

  @Test
  void theCoreAloneDoesNotKnowTheLocalTableAndColumn() {
    List<Issue> issues = issues(CORE, "extract");
    assertThat(issues).filteredOn(i -> i.rule().equals("input.unknown-table"))
        .extracting(Issue::value).anyMatch(v -> v.contains("la801_family_help_panel"));
    assertThat(issues).filteredOn(i -> i.rule().equals("input.unknown-column"))
        .extracting(Issue::message).anyMatch(m -> m.contains("la801_first_language"));
  }

  @Test
  void brokenLocalDataFailsAgainstCorePlusOverlayAndPassesTheCoreUnchecked() {
    List<Issue> merged = issues(MERGED, "extract-bad");
    assertThat(errorsIn(merged, "ssd_person")).anyMatch(e -> e.startsWith("pers_gender=57"))
        .anyMatch(e -> e.startsWith("la801_first_language="));
    assertThat(errorsIn(merged, "la801_family_help_panel")).anyMatch(e -> e.startsWith("la801_fhp_outcome=ZZ"))
        .anyMatch(e -> e.contains("la801_fhp_review_date"));

    List<Issue> core = issues(CORE, "extract-bad");
    // the core accepts any local gender code 10-99 and never reads the local table or column
    assertThat(core).filteredOn(Issue::isError).isEmpty();
  }

  @Test
  void theRecordsGeneratedFromCorePlusOverlayCompile(@TempDir Path dir) throws Exception {
    List<String> sources = new ArrayList<>();
    for (GeneratedFile f : Generators.byId("java").orElseThrow().generate(MERGED)) {
      if (f.path().endsWith(".java")) {
        Path p = dir.resolve("src").resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.content(), StandardCharsets.UTF_8);
        sources.add(p.toString());
      }
    }
    assertThat(sources).anyMatch(s -> s.endsWith("La801FamilyHelpPanel.java"));
    List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(),
        "-cp", System.getProperty("java.class.path"), "-proc:none", "-nowarn", "-Xlint:none"));
    args.addAll(sources);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
    assertThat(rc).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(dir.resolve("classes/io/github/ssdkit/model/table/La801FamilyHelpPanel.class")).exists();
  }
}
