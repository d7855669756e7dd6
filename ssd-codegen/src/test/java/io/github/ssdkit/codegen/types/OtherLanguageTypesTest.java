package io.github.ssdkit.codegen.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import org.junit.jupiter.api.Test;

/** TypeScript and Python row types name and constrain what the Java model does. */
class OtherLanguageTypesTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void typeScriptRowsHaveRequiredKeysCodeUnionsAndJsonColumnTypes() {
    String ts = new TypeScriptGenerator().generate(spec).get(0).content();

    assertThat(ts).contains("export interface Person {\n")
        .contains("  pers_person_id: string;\n")
        .contains("  pers_sex?: Sex | null;\n")
        .contains("export type Sex = \"M\" | \"1\" | \"F\" | \"2\" | \"U\";")
        .contains("  addr_address_json?: AddressJson | string | null;\n")
        .contains("export interface AddressJson {\n")
        .contains("  ssd_person: Person;\n")
        .contains("export interface Contact {\n")
        .contains("  cont_contact_outcome_json?: ContactOutcome | string | null;\n")
        .contains("  ssd_contacts: Contact;\n")
        .doesNotContain("interface Contacts ");
    assertThat(ts.split("export interface ", -1)).hasSize(spec.tables().size() + 1 + 7 + 1);
  }

  @Test
  void pythonRowsAreTypedDictsWithNotRequiredOptionalColumns() {
    String py = new PythonTypesGenerator().generate(spec).get(0).content();

    assertThat(py).contains("Person = TypedDict(\"Person\", {\n")
        .contains("    \"pers_person_id\": str,\n")
        .contains("    \"pers_sex\": NotRequired[Optional[Sex]],\n")
        .contains("Sex = Literal[\"M\", \"1\", \"F\", \"2\", \"U\"]\n")
        .contains("    \"ssd_person\": Person,\n")
        .contains("MissingEpisode = TypedDict(\"MissingEpisode\", {\n")
        .contains("    \"ssd_missing\": MissingEpisode,\n")
        .contains("ClaCarePlanJson = TypedDict(\"ClaCarePlanJson\", {\n");
  }
}
