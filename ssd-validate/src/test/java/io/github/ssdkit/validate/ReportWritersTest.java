package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.ExtractTables;
import io.github.ssdkit.validate.pack.IssueSink;
import io.github.ssdkit.validate.report.CsvReportWriter;
import io.github.ssdkit.validate.report.HtmlReportWriter;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.JsonReportWriter;
import io.github.ssdkit.validate.report.MarkdownReportWriter;
import io.github.ssdkit.validate.report.ReportWriter;
import io.github.ssdkit.validate.report.TextReportWriter;
import io.github.ssdkit.validate.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void allFiveFormatsGiveEachRulePackTheSameSummary(@TempDir Path dir) throws Exception {
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,X,,,,,,,", "2,F,2020-02-30,,,,,,");
    ValidationReport report = Extracts.validate(dir,
        ValidationOptions.defaults().withRules(List.of(new SexPack(), new StoppingPack())));
    String json = write(new JsonReportWriter(), report);
    String text = write(new TextReportWriter(10), report);
    String csv = write(new CsvReportWriter(), report);
    String md = write(new MarkdownReportWriter(10), report);
    String html = write(new HtmlReportWriter(), report);

    JsonNode pack = new ObjectMapper().readTree(json).at("/rule_sets/0");
    assertThat(pack.at("/name").asText()).isEqualTo("sex-pack");
    assertThat(List.of(pack.at("/rules").asLong(), pack.at("/errors").asLong(), pack.at("/warnings").asLong()))
        .containsExactly(2L, 1L, 2L);
    Map<String, Long> perRule = new TreeMap<>();
    pack.at("/rule_counts").fields().forEachRemaining(e -> perRule.put(e.getKey(), e.getValue().asLong()));
    assertThat(perRule).containsExactly(Map.entry("sex.seen", 2L), Map.entry("sex.unknown", 1L));

    assertThat(text).containsPattern("(?m)^sex-pack +2 +1 +2$");
    assertThat(counts(text, "(?m)^ +(\\d+)  (sex\\.[a-z]+)$", 2, 1)).isEqualTo(perRule);
    assertThat(csv.lines().toList())
        .hasSize(1 + report.issues().size() + 2)
        .contains("error,sex.unknown,ssd_person,1,1,pers_sex,X,sex X is not known")
        .contains("summary,sex-pack,,,,,,\"2 rules run, 1 error, 2 warnings\"");
    assertThat(md).contains("| `sex-pack` | 2 | 1 | 2 |");
    assertThat(counts(md, "(?m)^\\| `(sex\\.[a-z]+)` \\| (\\d+) \\|$", 1, 2)).isEqualTo(perRule);
    assertThat(html).contains("<tr><th scope=\"row\"><a href=\"#p-sex-pack\">sex-pack</a></th><td class=\"num\">2</td>"
        + "<td class=\"num err\">1</td><td class=\"num warn\">2</td></tr>");
    assertThat(counts(html, "data-rule=\"(sex\\.[a-z]+)\"[^\\n]*?<td class=\"num\">(\\d+)</td>", 1, 2)).isEqualTo(perRule);
    // every rule's count links to that rule's listed issues in the pack's own list
    assertThat(html).contains("<a href=\"#list-p-sex-pack\" data-filter-rule=\"sex.unknown\">show only these</a>")
        .contains("<div class=\"issue-list\" id=\"list-p-sex-pack\"")
        .contains("[\"E\",\"sex.unknown\",1,\"1\",\"ssd_person.pers_sex\",\"X\",");

    // a pack that stopped early says so beside its figures in every format
    String stopped = "stopping-pack stopped early: java.lang.IllegalStateException: rule fault";
    assertThat(new ObjectMapper().readTree(json).at("/rule_sets/1/notes/0").asText()).isEqualTo(stopped);
    assertThat(csv).contains("summary,stopping-pack,,,,,,\"1 rule run, 0 errors, 1 warning; " + stopped + "\"");
    assertThat(text).containsPattern("(?m)^stopping-pack +1 +0 +1$").contains("Note: " + stopped);
    assertThat(md).contains("#### `stopping-pack`\n\n| rule | issues |\n|---|--:|\n| `stop.first` | 1 |\n\n- " + stopped + "\n");
    assertThat(html).contains("<h3>Rule pack stopping-pack</h3>\n<p>1 rule run: 0 errors and 1 warning.</p>\n"
        + "<p class=\"note\">" + stopped + "</p>");
  }

  @Test
  void aReportWithRulePacksFollowsThePublishedSchema(@TempDir Path dir) throws Exception {
    Extracts.write(dir, "ssd_person.csv", Extracts.PERSON_HEADER, "1,X,,,,,,,", "2,F,2020-02-30,,,,,,");
    ValidationReport report = Extracts.validate(dir,
        ValidationOptions.defaults().withRules(List.of(new SexPack(), new StoppingPack())));
    JsonNode json = new ObjectMapper().readTree(write(new JsonReportWriter(), report));
    Schema schema = reportSchema();

    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.at("/rule_sets")).hasSize(2);
    // the schema says exactly what a summary holds: an unknown field or a malformed rule id is refused
    ObjectNode extraField = json.deepCopy();
    ((ObjectNode) extraField.at("/rule_sets/0")).put("skipped", 0);
    ObjectNode badRuleId = json.deepCopy();
    ((ObjectNode) badRuleId.at("/rule_sets/0/rule_counts")).put("no id", 1);
    ObjectNode zeroCount = json.deepCopy();
    ((ObjectNode) zeroCount.at("/rule_sets/0/rule_counts")).put("sex.never", 0);
    assertThat(schema.validate(extraField)).isNotEmpty();
    assertThat(schema.validate(badRuleId)).isNotEmpty();
    assertThat(schema.validate(zeroCount)).isNotEmpty();
  }

  private static Schema reportSchema() throws IOException {
    try (InputStream in = JsonReportWriter.class.getResourceAsStream(JsonReportWriter.SCHEMA)) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  private static String write(ReportWriter writer, ValidationReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(report, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Rule id to count, read from a report's text by a pattern whose groups are the rule and the count. */
  private static Map<String, Long> counts(String report, String regex, int ruleGroup, int countGroup) {
    Map<String, Long> out = new TreeMap<>();
    Matcher m = Pattern.compile(regex).matcher(report);
    while (m.find()) {
      out.put(m.group(ruleGroup), Long.parseLong(m.group(countGroup)));
    }
    return out;
  }

  /** A rule pack that warns once and then fails, as a faulty rule would. */
  private static final class StoppingPack implements ExtractRuleSet {
    @Override
    public String name() {
      return "stopping-pack";
    }

    @Override
    public List<String> ruleIds() {
      return List.of("stop.first");
    }

    @Override
    public void check(ExtractTables tables, IssueSink issues) {
      issues.report(Issue.warning("stop.first").inTable("ssd_person").saying("first"));
      throw new IllegalStateException("rule fault");
    }
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
