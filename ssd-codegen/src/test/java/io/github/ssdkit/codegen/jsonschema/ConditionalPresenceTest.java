package io.github.ssdkit.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import org.junit.jupiter.api.Test;

/** The bundled spec's conditional presence and local codes, as the generated JSON Schemas state them. */
class ConditionalPresenceTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static boolean valid(String table, String row) throws Exception {
    String text = new JsonSchemaGenerator().generate(SPEC).stream()
        .filter(f -> f.path().equals(JsonSchemaGenerator.FOLDER + JsonSchemaGenerator.fileName(table)))
        .map(GeneratedFile::content).findFirst().orElseThrow();
    Schema schema = REGISTRY.getSchema(text);
    return schema.validate(JSON.readTree(row)).isEmpty();
  }

  private static String request(String outcome, String date) {
    return "{\"ehcr_ehcp_request_id\":\"R1\",\"ehcr_send_table_id\":null,\"ehcr_ehcp_req_date\":\"2023-01-05\","
        + "\"ehcr_ehcp_req_outcome_date\":" + (date == null ? "null" : "\"" + date + "\"")
        + ",\"ehcr_ehcp_req_outcome\":" + (outcome == null ? "null" : "\"" + outcome + "\"") + "}";
  }

  @Test
  void aDecisionNeedsItsDateAndOtherOutcomesDoNot() throws Exception {
    assertThat(valid("ssd_ehcp_requests", request("Y", "2023-02-01"))).isTrue();
    assertThat(valid("ssd_ehcp_requests", request("Y", null))).isFalse();
    assertThat(valid("ssd_ehcp_requests", request("W", null))).isTrue();
    assertThat(valid("ssd_ehcp_requests", request(null, "2023-02-01"))).as("a date needs its outcome").isFalse();
  }

  @Test
  void oneOfUpnUlnOrReason() throws Exception {
    String none = "{\"send_table_id\":\"S1\",\"send_upn\":null,\"send_uln\":null,\"send_upn_unknown\":null,"
        + "\"send_person_id\":\"P1\"}";
    assertThat(valid("ssd_send", none)).isFalse();
    assertThat(valid("ssd_send", none.replace("\"send_uln\":null", "\"send_uln\":\"1234567890\""))).isTrue();
  }

  @Test
  void aLocalGenderCodeIsAccepted() throws Exception {
    String person = "{\"pers_person_id\":\"P1\",\"pers_gender\":\"%s\"}";
    assertThat(valid("ssd_person", person.formatted("14"))).isTrue();
    assertThat(valid("ssd_person", person.formatted("09"))).isTrue();
    assertThat(valid("ssd_person", person.formatted("X9"))).isFalse();
  }
}
