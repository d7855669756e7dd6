package io.github.ssdkit.validate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import io.github.ssdkit.model.runtime.SsdSchemas;
import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.IdentifierScheme;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each row of a sample extract with injected errors, plus rows made wrong one rule at a time, is
 * judged twice: by networknt against the generated JSON Schema of its table, and by the validator.
 * A row is refused by the schema exactly when the validator finds an error on it by a rule JSON
 * Schema can state; the rules it cannot state are {@link #BEYOND_SCHEMA}, the list README repeats.
 */
class SchemaValidatorDifferentialTest {

  /**
   * Validator rules no JSON Schema of one row can state, with why: by rule id, or by the start of
   * the ids when the key ends with a dot; a table check ({@code check.<id>}) by its kind, as
   * {@code check.<kind>}. Errors by these rules are left out of the validator's verdict on a row.
   * The presence kinds (presence, presence_when_code, any_present) are in the schemas
   * ({@code allOf} of {@code if}/{@code then}), and pattern checks that are errors are the column's
   * {@code pattern}, so the schemas must agree on them (a pattern check that is a warning gives no
   * error, so no verdict, and is not in the schemas).
   */
  static final Map<String, String> BEYOND_SCHEMA = Map.ofEntries(
      Map.entry("foreign-key", "compares with another table"),
      Map.entry("primary-key.", "compares with the other rows of the table (duplicate keys and unique columns)"),
      Map.entry("check." + Check.DateOrder.KIND, "compares two dates of a row"),
      Map.entry("check." + Check.NoOverlap.KIND, "compares the periods of many rows"),
      Map.entry("check." + Check.ParentDate.KIND, "compares a row with the row its foreign key points at"),
      Map.entry("check." + Check.WithinParent.KIND, "compares a row with the row its foreign key points at"),
      Map.entry("check." + Check.TextPattern.KIND, "not generated into the schemas (the bundled spec's only pattern check is a warning)"),
      Map.entry("code.withdrawn", "a withdrawn code is an error only on a record dated after its withdrawal"),
      Map.entry("pattern.nhs-number", "the modulus 11 check digit of an NHS number"),
      Map.entry("pattern.upn", "the check letter of a UPN"),
      Map.entry("type.json", "the content of a JSON column exported as a string of JSON text"));

  private static final String CHECK = "check.";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Spec spec = SpecLoader.bundled().orThrow();
  private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialect.builder(Dialects.getDraft202012())
      .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance()).build());

  @Test
  void theSchemasAndTheValidatorJudgeEveryRowAlikeSaveTheDocumentedRules(@TempDir Path dir) throws IOException {
    SampleGenerator.builder(spec).children(120).seed(11).errorRate(0.05).format(FileKind.JSON_LINES).build()
        .generate(dir);
    int crafted = appendCraftedRows(dir);

    ValidationReport report = Validator.of(spec)
        .withOptions(ValidationOptions.defaults().withMaxIssuesPerRule(1_000_000))
        .validate(DirectorySource.jsonLines(dir)).report();
    Map<String, Set<String>> errorRules = new HashMap<>();
    for (Issue i : report.issues()) {
      if (i.isError() && i.row() > 0) {
        errorRules.computeIfAbsent(i.table() + "#" + i.row(), k -> new TreeSet<>()).add(i.rule());
      }
    }

    Map<String, Integer> documented = new TreeMap<>();
    Set<String> checkKinds = new TreeSet<>();
    List<String> disagreements = new ArrayList<>();
    int rows = 0;
    int bothInvalid = 0;
    for (Table table : spec.tables()) {
      Schema schema = registry.getSchema(SsdSchemas.jsonSchema(table.name()).orElseThrow());
      long row = 0;
      for (String line : Files.readAllLines(dir.resolve(table.name() + ".jsonl"), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        row++;
        rows++;
        String at = table.name() + "#" + row;
        List<?> schemaErrors = schema.validate(JSON.readTree(line));
        Set<String> rules = errorRules.getOrDefault(at, Set.of());
        Set<String> expressible = rules.stream().filter(r -> !BEYOND_SCHEMA.containsKey(ruleKey(table, r)))
            .collect(Collectors.toCollection(TreeSet::new));
        rules.stream().map(r -> ruleKey(table, r)).filter(BEYOND_SCHEMA::containsKey)
            .forEach(k -> documented.merge(k, 1, Integer::sum));
        rules.stream().filter(r -> r.startsWith(CHECK)).forEach(r -> checkKinds.add(ruleKey(table, r)));
        if (schemaErrors.isEmpty() != expressible.isEmpty()) {
          disagreements.add(at + ": schema " + schemaErrors + ", validator " + rules + ": " + line);
        } else if (!schemaErrors.isEmpty()) {
          bothInvalid++;
        }
      }
    }

    assertThat(disagreements).isEmpty();
    assertThat(rows).isEqualTo(report.rows());
    assertThat(crafted).isGreaterThan(200);
    // the injected errors and the crafted rows reach both sides, and the documented rules are real
    assertThat(bothInvalid).isGreaterThan(crafted / 4);
    assertThat(documented).containsKeys("foreign-key", "primary-key.", "pattern.nhs-number", "type.json",
        "check." + Check.DateOrder.KIND);
    // the checks the schemas state were broken on some rows, so the agreement on them means something
    assertThat(checkKinds).contains("check." + Check.Presence.KIND, "check." + Check.PresenceWhenCode.KIND,
        "check." + Check.AnyPresent.KIND);
  }

  /**
   * The key of {@link #BEYOND_SCHEMA} a rule falls under, or the rule itself; a table check's
   * rule {@code check.<id>} is {@code check.<kind>}, its kind looked up in the spec.
   */
  private static String ruleKey(Table table, String rule) {
    if (rule.startsWith(CHECK)) {
      String id = rule.substring(CHECK.length());
      return table.checks().stream().filter(c -> c.id().equals(id)).findFirst()
          .map(c -> CHECK + c.kind())
          .orElseThrow(() -> new AssertionError("no check " + id + " in " + table.name()));
    }
    for (String key : BEYOND_SCHEMA.keySet()) {
      if (key.endsWith(".") ? rule.startsWith(key) : rule.equals(key)) {
        return key;
      }
    }
    return rule;
  }

  /**
   * Rows made from each table's first row with one cell changed to a value on either side of a
   * rule: fraction digits, empty text in required and optional columns, JSON columns as text,
   * numeric bounds, calendar dates, codes, lengths and identifiers' check characters.
   */
  private int appendCraftedRows(Path dir) throws IOException {
    int added = 0;
    for (Table table : spec.tables()) {
      Path file = dir.resolve(table.name() + ".jsonl");
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        continue;
      }
      ObjectNode first = (ObjectNode) JSON.readTree(lines.get(0));
      List<String> out = new ArrayList<>();
      for (Field f : table.fields()) {
        for (JsonNode value : variants(table, f, first.get(f.name()))) {
          ObjectNode row = first.deepCopy();
          row.set(f.name(), value);
          out.add(JSON.writeValueAsString(row));
        }
      }
      for (ObjectNode row : presenceBreakers(table, first)) {
        out.add(JSON.writeValueAsString(row));
      }
      Files.write(file, out, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      added += out.size();
    }
    return added;
  }

  /**
   * Rows that break the presence checks the schemas state, with "no value" written as null and as
   * an empty string: a listed code without its column, and none of the any-present columns.
   */
  private List<ObjectNode> presenceBreakers(Table table, ObjectNode first) {
    List<ObjectNode> rows = new ArrayList<>();
    for (JsonNode none : List.of(JSON.getNodeFactory().nullNode(), JSON.getNodeFactory().textNode(""))) {
      for (Check c : table.checks()) {
        if (c instanceof Check.PresenceWhenCode p) {
          ObjectNode row = first.deepCopy();
          row.put(p.when(), p.codes().get(0));
          row.set(p.then(), none);
          rows.add(row);
        } else if (c instanceof Check.AnyPresent any) {
          ObjectNode row = first.deepCopy();
          any.fields().forEach(f -> row.set(f, none));
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** The identifier with its first or last character changed so its shape holds and its check fails. */
  private static Optional<String> wrongCheck(IdentifierScheme scheme, String valid) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUVWXYZ";
    for (int at : new int[] {valid.length() - 1, 0}) {
      for (char c : alphabet.toCharArray()) {
        String changed = valid.substring(0, at) + c + valid.substring(at + 1);
        if (changed.matches(scheme.pattern()) && !scheme.hasValidCheck(changed)) {
          return Optional.of(changed);
        }
      }
    }
    return Optional.empty();
  }

  private List<JsonNode> variants(Table table, Field f, JsonNode original) {
    List<JsonNode> v = new ArrayList<>();
    v.add(JSON.getNodeFactory().textNode(""));
    v.add(JSON.getNodeFactory().nullNode());
    switch (f.type()) {
      case DATETIME -> {
        for (String s : new String[] {"2020-01-01T10:11:12.123456789", "2020-01-01 10:11:12.1234567890",
            "2020-01-01T10:11:12.12345678", "2024-02-29", "2023-02-29", "2020-01-01T24:00:00", "2020-01-01T10:11"}) {
          v.add(JSON.getNodeFactory().textNode(s));
        }
      }
      case DATE -> {
        for (String s : new String[] {"2024-02-29", "2023-02-29", "2020-01-01T00:00:00.000", "2020-01-01T10:00:00"}) {
          v.add(JSON.getNodeFactory().textNode(s));
        }
      }
      case INTEGER, DECIMAL -> {
        v.add(JSON.getNodeFactory().numberNode(-1));
        v.add(JSON.getNodeFactory().numberNode(1_000_000));
        // the column's own bounds, and those of its table's range checks
        List<Range> ranges = new ArrayList<>();
        if (f.range() != null) {
          ranges.add(f.range());
        }
        table.checks().stream().filter(c -> c instanceof Check.ValueRange r && r.field().equals(f.name()))
            .forEach(c -> ranges.add(((Check.ValueRange) c).range()));
        for (Range r : ranges) {
          if (r.max() != null) {
            v.add(JSON.getNodeFactory().numberNode(r.max()));
            v.add(JSON.getNodeFactory().numberNode(r.max().add(BigDecimal.ONE)));
          }
        }
      }
      case JSON_OBJECT, JSON_ARRAY -> {
        v.add(JSON.getNodeFactory().textNode("{\"unclosed\": "));
        if (original != null && !original.isNull()) {
          v.add(JSON.getNodeFactory().textNode(original.toString()));
        }
      }
      default -> {
        if (f.identifier() != null && original != null && original.isTextual()) {
          wrongCheck(f.identifier(), original.asText()).ifPresent(s -> v.add(JSON.getNodeFactory().textNode(s)));
        }
        if (f.maxLength() != null && f.identifier() == null && f.pattern() == null) {
          v.add(JSON.getNodeFactory().textNode("x".repeat(f.maxLength() + 1)));
        }
        if (f.codeSet() != null && f.type() != LogicalType.INTEGER) {
          v.add(JSON.getNodeFactory().textNode("NOT-A-CODE"));
        }
      }
    }
    return v;
  }
}
