package io.github.ssdkit.spec.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change an overlay may not make is reported as an error at the file and line of the overlay
 * entry that makes it. Each fixture is a valid overlay apart from the one mistake, marked {@code # here}.
 */
class ForbiddenChangesTest {

  @TempDir
  Path dir;

  static final String HEAD = """
      overlay: la801
      version: 1.0.0
      core: "[1.0.0,)"
      prefix: la801_
      """;

  /** The one problem (no other errors) and the line the fixture marks with {@code # here}. */
  SpecProblem onlyError(String text) throws IOException {
    Path file = dir.resolve("overlay.yaml");
    Files.writeString(file, text);
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(file));
    assertThat(r.errors()).as(r.errors().toString()).hasSize(1);
    SpecProblem p = r.errors().get(0);
    assertThat(p.location().file()).isEqualTo(file.toString());
    assertThat(p.location().line()).isEqualTo(lineOf(text, "# here"));
    return p;
  }

  static int lineOf(String text, String marker) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no " + marker);
  }

  @Test
  void removingACoreColumnByDeclaringTheTableAgain() throws IOException {
    String person = Files.readString(Path.of("src/main/resources/ssd/tables/ssd_person.yaml"));
    // ssd_person declared again without one column
    int from = person.indexOf("  - name: pers_nationality");
    String cut = person.substring(0, from) + person.substring(person.indexOf("  - name:", from + 1));
    cut = cut.replaceFirst("table: ssd_person", "table: ssd_person # here");
    Files.createDirectories(dir.resolve("o/tables"));
    Files.writeString(dir.resolve("o/overlay.yaml"), HEAD + "tables: [ssd_person]\n");
    Files.writeString(dir.resolve("o/tables/ssd_person.yaml"), cut);
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(dir.resolve("o")));
    assertThat(r.errors()).extracting(SpecProblem::rule).containsExactly("overlay.remove");
    SpecProblem p = r.errors().get(0);
    assertThat(p.location().file()).isEqualTo(dir.resolve("o/tables/ssd_person.yaml").toString());
    assertThat(p.location().line()).isEqualTo(lineOf(cut, "# here"));
    assertThat(p.message()).contains("removes column ssd_person.pers_nationality");
  }

  @Test
  void renamingACoreColumn() throws IOException {
    String person = Files.readString(Path.of("src/main/resources/ssd/tables/ssd_person.yaml"));
    String renamed = person.replaceFirst("- name: pers_upn\n", "- name: la801_pupil_number # here\n");
    assertThat(renamed).isNotEqualTo(person);
    Files.createDirectories(dir.resolve("o/tables"));
    Files.writeString(dir.resolve("o/overlay.yaml"), HEAD + "tables: [ssd_person]\n");
    Files.writeString(dir.resolve("o/tables/ssd_person.yaml"), renamed);
    MergeResult r = Overlays.merge(SpecLoader.bundled(), List.of(dir.resolve("o")));
    assertThat(r.errors()).extracting(SpecProblem::rule).containsExactly("overlay.rename");
    assertThat(r.errors().get(0).location().line()).isEqualTo(lineOf(renamed, "# here"));
  }

  @Test
  void makingARequiredColumnOptional() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          tables:
            - table: ssd_contacts
              tighten:
                - {name: cont_person_id, required: false} # here
        """);
    assertThat(p.rule()).isEqualTo("overlay.loosen");
    assertThat(p.message()).contains("ssd_contacts.cont_person_id", "column.required.removed");
  }

  @Test
  void lengtheningAColumn() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          tables:
            - table: ssd_person
              tighten:
                - name: pers_upn # here
                  max_length: 200
        """);
    assertThat(p.rule()).isEqualTo("overlay.loosen");
    assertThat(p.message()).contains("column.max-length.widened");
  }

  @Test
  void addingACodeToAClosedSet() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          code_sets:
            - code_set: sex
              add_values:
                - {code: "X", label: Other} # here
        """);
    assertThat(p.rule()).isEqualTo("overlay.code-set.closed");
    assertThat(p.message()).contains("'X'", "'sex'");
  }

  @Test
  void addingALocalCodeOutsideTheSetsLocalRange() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          code_sets:
            - code_set: gender
              add_values:
                - {code: "100", label: Too long} # here
        """);
    assertThat(p.rule()).isEqualTo("overlay.code-set.local-codes");
  }

  @Test
  void aTableWithoutThePrefix() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        tables:
          - table: panel_decisions # here
            description: Panel decisions.
            primary_key: [panel_id]
            fields:
              - {name: panel_id, item: LA801P1, type: string, max_length: 48, required: true, unique: true, description: Id.}
        """);
    assertThat(p.rule()).isEqualTo("overlay.prefix");
  }

  @Test
  void aColumnOnACoreTableWithoutThePrefix() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          tables:
            - table: ssd_person
              add_fields:
                - {name: pers_first_language, item: LA801X1, type: string, max_length: 40, description: Language.} # here
        """);
    assertThat(p.rule()).isEqualTo("overlay.prefix");
    assertThat(p.message()).contains("pers_first_language", "la801_");
  }

  @Test
  void aCheckOnACoreTableWithoutThePrefix() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          tables:
            - table: ssd_person
              add_checks:
                - id: upn-or-nhs # here
                  kind: any_present
                  description: A UPN or an NHS number.
                  fields: [pers_upn, pers_upn_unknown]
        """);
    assertThat(p.rule()).isEqualTo("overlay.prefix");
    assertThat(p.message()).contains("la801-");
  }

  @Test
  void aCoreVersionOutsideTheRange() throws IOException {
    SpecProblem p = onlyError("""
        overlay: la801
        version: 1.0.0
        core: "[0.1.0,1.0.0)" # here
        prefix: la801_
        """);
    assertThat(p.rule()).isEqualTo("overlay.core-version");
    assertThat(p.message()).contains("[0.1.0,1.0.0)", SpecLoader.bundled().spec().version());
  }

  @Test
  void aRangeThatIsNotARange() throws IOException {
    SpecProblem p = onlyError("""
        overlay: la801
        version: 1.0.0
        core: "one or later" # here
        prefix: la801_
        """);
    assertThat(p.rule()).isEqualTo("overlay.core-version.syntax");
  }

  @Test
  void aColumnTheCoreAlreadyHas() throws IOException {
    SpecProblem p = onlyError(HEAD.replace("la801_", "pers_") + """
        extend:
          tables:
            - table: ssd_person
              add_fields:
                - {name: pers_upn, type: string, description: Again.} # here
        """);
    assertThat(p.rule()).isEqualTo("overlay.conflict");
  }

  @Test
  void extendingATableThatDoesNotExist() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          tables:
            - table: ssd_nothing # here
              add_fields:
                - {name: la801_x, item: LA801X9, type: string, description: X.}
        """);
    assertThat(p.rule()).isEqualTo("overlay.target.unknown");
  }

  @Test
  void anUnknownKeyIsTheLoadersProblem() throws IOException {
    SpecProblem p = onlyError(HEAD + """
        extend:
          tables:
            - table: ssd_person
              remove_fields: [pers_upn] # here
        """);
    assertThat(p.rule()).isEqualTo("spec.key.unknown");
  }
}
