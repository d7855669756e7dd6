package io.github.ssdkit.validate.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * Writes a report as JSON, in the shape described by {@code report.schema.json} beside this class.
 * Keys come in a fixed order, so the same report always gives the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {

  /** Classpath location of the report's JSON Schema. */
  public static final String SCHEMA = "/io/github/ssdkit/validate/report/report.schema.json";

  /** A writer with no settings: it holds no state, so one instance can write any number of reports. */
  public JsonReportWriter() {
    // Nothing to set up.
  }

  @Override
  public void write(ValidationReport report, OutputStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeObjectFieldStart("spec");
      g.writeStringField("name", report.specName());
      g.writeStringField("version", report.specVersion());
      g.writeEndObject();
      g.writeStringField("source", report.source());
      g.writeBooleanField("valid", report.valid());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("tables", report.tables().size());
      g.writeNumberField("rows", report.rows());
      g.writeNumberField("errors", report.errors());
      g.writeNumberField("warnings", report.warnings());
      g.writeEndObject();
      g.writeArrayFieldStart("tables");
      for (TableSummary t : report.tables()) {
        g.writeStartObject();
        g.writeStringField("table", t.table());
        g.writeBooleanField("present", t.present());
        g.writeNumberField("rows", t.rows());
        g.writeNumberField("errors", t.errors());
        g.writeNumberField("warnings", t.warnings());
        g.writeBooleanField("complete", t.complete());
        g.writeStringField("incomplete_reason", t.incompleteReason());
        g.writeNumberField("unverifiable_foreign_keys", t.unverifiableForeignKeys());
        g.writeObjectFieldStart("rules");
        for (Map.Entry<String, Long> e : new java.util.TreeMap<>(t.rules()).entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("notes");
        for (String n : t.notes()) {
          g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!report.ruleSets().isEmpty()) {
        writeRuleSets(report, g);
      }
      g.writeArrayFieldStart("issues");
      for (Issue i : report.issues()) {
        g.writeStartObject();
        g.writeStringField("severity", i.severity().label());
        g.writeStringField("rule", i.rule());
        g.writeStringField("table", i.table());
        g.writeNumberField("row", i.row());
        g.writeStringField("key", i.key());
        g.writeStringField("field", i.field());
        g.writeStringField("value", i.value());
        g.writeStringField("message", i.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("capped");
      g.writeNumberField("max_issues_per_rule", report.maxIssuesPerRule());
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(report.capped()).entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("code_lists");
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(report.codeLists()).entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("notes");
      for (String n : report.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeRuleSets(ValidationReport report, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("rule_sets");
    for (RuleSetSummary r : report.ruleSets()) {
      g.writeStartObject();
      g.writeStringField("name", r.name());
      g.writeNumberField("rules", r.rules());
      g.writeNumberField("errors", r.errors());
      g.writeNumberField("warnings", r.warnings());
      g.writeObjectFieldStart("rule_counts");
      for (Map.Entry<String, Long> e : new java.util.TreeMap<>(r.ruleCounts()).entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("notes");
      for (String n : r.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
