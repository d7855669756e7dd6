package io.github.ssdkit.rules.load;

import io.github.ssdkit.rules.CatalogueName;
import io.github.ssdkit.rules.CollectionYear;
import io.github.ssdkit.rules.ExternalData;
import io.github.ssdkit.rules.RuleKind;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.RuleStatus;
import io.github.ssdkit.rules.StatutoryReturn;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one rule pack file: a header naming the return and its years, then one entry per rule. */
final class RulePackReader {

  static final Set<String> PACK_KEYS = Set.of("return", "source", "years", "year_notes", "rules");
  static final Set<String> RULE_KEYS = Set.of("code", "years", "severity", "kind", "checks", "reads", "status",
      "needs", "reason", "note", "changes");
  private static final Set<String> YEAR_NOTE_KEYS = Set.of("year", "note");

  private final YamlTree tree;
  private final List<SpecProblem> problems;

  RulePackReader(String file, List<SpecProblem> problems) {
    this.tree = new YamlTree(file);
    this.problems = problems;
  }

  /** The pack, or empty when not even its return could be read; every problem is recorded. */
  Optional<RulePack> read(String text) {
    Node root = tree.parse(text, problems);
    if (root == null) {
      return Optional.empty();
    }
    Optional<Entry> header = Entry.of(tree, root, "a rule pack", PACK_KEYS, problems);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Entry pack = header.get();
    StatutoryReturn statutoryReturn = pack.required("return", StatutoryReturn::byId, CatalogueName.ids(StatutoryReturn.class));
    if (statutoryReturn == null) {
      return Optional.empty();
    }
    List<CollectionYear> years = years(pack);
    List<RulePack.YearNote> notes = new ArrayList<>();
    for (Node n : pack.nodes("year_notes")) {
      Entry.of(tree, n, "a year note", YEAR_NOTE_KEYS, problems).ifPresent(e -> {
        CollectionYear year = year(e.requiredText("year"), e, "year");
        String note = e.requiredText("note");
        if (year != null && note != null) {
          notes.add(new RulePack.YearNote(year, note));
        }
      });
    }
    List<StatutoryRule> rules = new ArrayList<>();
    List<Node> entries = pack.nodes("rules");
    for (Node n : entries) {
      Entry.of(tree, n, "a rule", RULE_KEYS, problems).ifPresent(e -> rule(statutoryReturn, e).ifPresent(rules::add));
    }
    if (entries.isEmpty()) {
      pack.error("rules.pack.empty", pack.at("rules"), "the pack lists no rules; expected a list under 'rules'");
    }
    return Optional.of(new RulePack(statutoryReturn, pack.text("source"), years, notes, rules, pack.at()));
  }

  private Optional<StatutoryRule> rule(StatutoryReturn statutoryReturn, Entry e) {
    String code = e.requiredText("code");
    if (code == null) {
      return Optional.empty();
    }
    String what = "rule " + code;
    RuleKind kind = e.required("kind", RuleKind::byId, CatalogueName.ids(RuleKind.class));
    String checks = e.requiredText("checks");
    RuleStatus status = e.required("status", RuleStatus::byId, CatalogueName.ids(RuleStatus.class));
    Severity severity = e.required("severity", RulePackReader::severity, List.of("error", "warning"));
    List<FieldRef> reads = new ArrayList<>();
    for (Entry.Located column : e.list("reads")) {
      Optional<FieldRef> ref = FieldRef.parse(column.text());
      if (ref.isPresent()) {
        reads.add(ref.get());
      } else {
        e.error("rules.reads.form", column.location(), "'" + column.text() + "' in the columns " + what
            + " reads is not of the form table.column");
      }
    }
    StatutoryRule.Builder rule = StatutoryRule.builder(statutoryReturn, code).location(e.at())
        .years(years(e))
        .reads(reads)
        .needs(e.optional("needs", ExternalData::byId, CatalogueName.ids(ExternalData.class)))
        .reason(e.text("reason"))
        .note(e.text("note"))
        .changes(e.text("changes"));
    if (kind == null || checks == null || status == null || severity == null) {
      return Optional.empty(); // already reported
    }
    return Optional.of(rule.kind(kind).checks(checks).status(status).severity(severity).build());
  }

  private List<CollectionYear> years(Entry e) {
    List<CollectionYear> out = new ArrayList<>();
    List<Entry.Located> written = e.list("years");
    if (written.isEmpty() && !e.present("years")) {
      e.error("rules.years.missing", e.at("years"), "expected a list of collection years under 'years', such as"
          + " [\"2024-25\", \"2025-26\"]");
    }
    for (Entry.Located year : written) {
      CollectionYear parsed = year(year.text(), e, null);
      if (parsed == null) {
        e.error("rules.years.form", year.location(), "'" + year.text() + "' is not a collection year; write it as"
            + " 2025-26 (the year the period starts, a dash, and the last two digits of the next year)");
      } else if (out.contains(parsed)) {
        e.error("rules.years.repeated", year.location(), "collection year " + parsed + " is listed twice");
      } else {
        out.add(parsed);
      }
    }
    return out;
  }

  private static CollectionYear year(String text, Entry e, String key) {
    Optional<CollectionYear> year = CollectionYear.parse(text);
    if (year.isEmpty() && key != null && text != null) {
      e.error("rules.years.form", e.at(key), "'" + text + "' is not a collection year; write it as 2025-26");
    }
    return year.orElse(null);
  }

  private static Optional<Severity> severity(String text) {
    return Arrays.stream(Severity.values()).filter(s -> s.label().equals(text.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
