package io.github.ssdkit.codegen.jsonschema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table checks JSON Schema can state, as an {@code allOf} of {@code if}/{@code then} and
 * {@code anyOf} clauses: presence ({@code when} has a value, so {@code then} has one), presence on
 * codes ({@code when} is one of the codes or their aliases) and any-present. A value is "present"
 * when the column is there and neither null nor an empty string, as the validator reads both as
 * no value (see {@code JsonSchemaGenerator}'s optional columns). Date orders, ranges of checks, overlaps and
 * patterns that are only warnings are left to the validator: JSON Schema cannot compare two
 * values, and a warning is no reason to reject a row.
 */
final class ConditionalPresence implements Check.Visitor<ObjectNode> {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Spec spec;
  private final Table table;

  private ConditionalPresence(Spec spec, Table table) {
    this.spec = spec;
    this.table = table;
  }

  /** Adds {@code allOf} to a table's schema when any of its checks can be stated; otherwise leaves it alone. */
  static void addTo(ObjectNode schema, Spec spec, Table table) {
    ConditionalPresence clauses = new ConditionalPresence(spec, table);
    List<ObjectNode> all = new ArrayList<>();
    for (Check c : table.checks()) {
      ObjectNode clause = c.severity() == Severity.ERROR ? c.accept(clauses) : null;
      if (clause != null) {
        all.add(clause);
      }
    }
    if (!all.isEmpty()) {
      schema.putArray("allOf").addAll(all);
    }
  }

  @Override
  public ObjectNode presence(Check.Presence c) {
    ObjectNode clause = whenPresent(c.when(), c.then(), c);
    if (!c.bothWays()) {
      return clause;
    }
    ObjectNode both = commented(c);
    both.putArray("allOf").add(whenPresent(c.when(), c.then(), c)).add(whenPresent(c.then(), c.when(), c));
    return both;
  }

  @Override
  public ObjectNode presenceWhenCode(Check.PresenceWhenCode c) {
    ArrayNode spellings = NODES.arrayNode();
    Optional<CodeSet> set = table.field(c.when()).map(f -> f.codeSet()).flatMap(spec::codeSet);
    for (String code : c.codes()) {
      spellings.add(code);
      set.flatMap(s -> s.find(code)).map(CodeValue::aliases).orElse(List.of()).forEach(spellings::add);
    }
    ObjectNode clause = commented(c);
    ObjectNode condition = clause.putObject("if");
    condition.putObject("properties").putObject(c.when()).set("enum", spellings);
    condition.putArray("required").add(c.when());
    clause.set("then", present(c.then()));
    return clause;
  }

  @Override
  public ObjectNode anyPresent(Check.AnyPresent c) {
    ObjectNode clause = commented(c);
    ArrayNode any = clause.putArray("anyOf");
    c.fields().forEach(f -> any.add(present(f)));
    return clause;
  }

  @Override
  public ObjectNode dateOrder(Check.DateOrder c) {
    return null;
  }

  @Override
  public ObjectNode valueRange(Check.ValueRange c) {
    return null;
  }

  @Override
  public ObjectNode noOverlap(Check.NoOverlap c) {
    return null;
  }

  @Override
  public ObjectNode textPattern(Check.TextPattern c) {
    return null;
  }

  /** A row's schema cannot see the parent row: the validator checks this. */
  @Override
  public ObjectNode parentDate(Check.ParentDate c) {
    return null;
  }

  /** A row's schema cannot see the parent row: the validator checks this. */
  @Override
  public ObjectNode withinParent(Check.WithinParent c) {
    return null;
  }

  private static ObjectNode whenPresent(String when, String then, Check c) {
    ObjectNode clause = commented(c);
    clause.set("if", present(when));
    clause.set("then", present(then));
    return clause;
  }

  /** A clause that names its check, so a failing row can be traced to the rule. */
  private static ObjectNode commented(Check c) {
    ObjectNode clause = NODES.objectNode();
    clause.put("$comment", "check." + c.id() + ": " + c.description());
    return clause;
  }

  /** The column is there with a value: neither null nor an empty string. */
  private static ObjectNode present(String column) {
    ObjectNode node = NODES.objectNode();
    node.putArray("required").add(column);
    node.putObject("properties").putObject(column).putObject("not")
        .set("enum", NODES.arrayNode().addNull().add(""));
    return node;
  }
}
