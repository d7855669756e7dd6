package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.ExtractTables;
import io.github.ssdkit.validate.pack.IssueSink;
import io.github.ssdkit.validate.report.CsvReportWriter;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.JsonReportWriter;
import io.github.ssdkit.validate.report.TextReportWriter;
import io.github.ssdkit.validate.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

  @Test
  void theJsonReportFollowsItsPublishedSchema(@TempDir Path dir) throws Exception {
    ValidationReport report = brokenExtract(dir);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonReportWriter().write(report, out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());

    Schema schema;
    try (InputStream in = JsonReportWriter.class.getResourceAsStream(JsonReportWriter.SCHEMA)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.at("/valid").asBoolean()).isFalse();
    assertThat(json.at("/summary/errors").asLong()).isEqualTo(report.errors());
    assertThat(json.at("/issues/0/rule").asText()).isEqualTo("code");
    assertThat(json.at("/issues/0/key").asText()).isEqualTo("1");
    assertThat(json.at("/spec/version").asText()).isEqualTo("1.0.0");
    assertThat(json.at("/code_lists/sex").asText()).isEqualTo("2025-26");
  }

  @Test
  void theSameReportGivesTheSameBytes(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new JsonReportWriter().write(brokenExtract(dir), a);
    new JsonReportWriter().write(brokenExtract(dir), b);

    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void textAndCsvSayTheSame(@TempDir Path dir) throws Exception {
    ValidationReport report = brokenExtract(dir);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    new TextReportWriter(10).write(report, text);
    new CsvReportWriter().write(report, csv);

    assertThat(text.toString(StandardCharsets.UTF_8)).startsWith("SSD validation of").contains("NOT VALID")
        .contains("ssd_person").contains("Top rules");
    assertThat(csv.toString(StandardCharsets.UTF_8).lines()).hasSize(1 + report.issues().size())
        .first().isEqualTo("severity,rule,table,row,key,field,value,message");
    assertThat(csv.toString(StandardCharsets.UTF_8)).contains("error,code,ssd_person,1,1,pers_sex,X,");
  }

  @Test
  void jsonTextAndCsvGiveEachRulePackTheSameSummary(@TempDir Path dir) throws Exception {
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,X,,,,,,,", "2,F,2020-02-30,,,,,,");
    ValidationReport report = Extracts.validate(dir, ValidationOptions.defaults().withRules(List.of(new SexPack())));
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    new JsonReportWriter().write(report, json);
    new TextReportWriter(10).write(report, text);
    new CsvReportWriter().write(report, csv);

    JsonNode pack = new ObjectMapper().readTree(json.toByteArray()).at("/rule_sets/0");
    assertThat(pack.at("/name").asText()).isEqualTo("sex-pack");
    assertThat(List.of(pack.at("/rules").asLong(), pack.at("/errors").asLong(), pack.at("/warnings").asLong()))
        .containsExactly(2L, 1L, 2L);
    assertThat(text.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^sex-pack +2 +1 +2$");
    assertThat(csv.toString(StandardCharsets.UTF_8).lines().toList())
        .hasSize(1 + report.issues().size() + 1)
        .contains("error,sex.unknown,ssd_person,1,1,pers_sex,X,sex X is not known")
        .last().isEqualTo("summary,sex-pack,,,,,,\"2 rules run, 1 error, 2 warnings\"");
  }

  /** A rule pack of two rules over the person table: an error for sex X, a warning for every row. */
  private static final class SexPack implements ExtractRuleSet {
    @Override
    public String name() {
      return "sex-pack";
    }

    @Override
    public List<String> ruleIds() {
      return List.of("sex.unknown", "sex.seen");
    }

    @Override
    public void check(ExtractTables tables, IssueSink issues) throws IOException {
      tables.read("ssd_person", List.of("pers_sex"), (row, key, cells) -> {
        if ("X".equals(cells[0])) {
          issues.report(Issue.error("sex.unknown").inTable("ssd_person").atRow(row).withKey(key).onField("pers_sex")
              .withValue("X").saying("sex X is not known"));
        }
        issues.report(Issue.warning("sex.seen").inTable("ssd_person").atRow(row).withKey(key).saying("a person"));
      });
    }
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasAreKeptAsText(@TempDir Path dir) throws Exception {
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,\"=HYPERLINK(\"\"http://x\"\")\",,,,,,,",
        "2,@SUM(A1),,,,,,,", "3,-2+3,,,,,,,");
    ValidationReport report = Extracts.validate(dir);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    new CsvReportWriter().write(report, csv);
    new JsonReportWriter().write(report, json);

    assertThat(csv.toString(StandardCharsets.UTF_8).lines()).filteredOn(l -> l.startsWith("error,code,"))
        .extracting(l -> l.split(",", 8)[6])
        .containsExactly("\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(A1)", "'-2+3");
    // the JSON report, for programs, keeps each value exactly
    assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"value\" : \"@SUM(A1)\"").contains("\"value\" : \"-2+3\"");
  }

  private static ValidationReport brokenExtract(Path dir) {
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,X,,,,,,,", "2,F,2020-02-30,,,,,,");
    return Extracts.validate(dir);
  }
}
