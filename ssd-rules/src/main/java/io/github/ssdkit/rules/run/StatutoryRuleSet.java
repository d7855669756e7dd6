package io.github.ssdkit.rules.run;

import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.ExtractTables;
import io.github.ssdkit.validate.pack.IssueSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The implemented rules of one return and collection year, ready to run over an extract for a
 * period. Every table is loaded once, with only the columns the chosen rules read (the union of
 * their catalogue {@code reads}), and kept until the set is done. Build one with
 * {@link RulePacks#select}.
 */
public final class StatutoryRuleSet implements ExtractRuleSet {

  private final String name;
  private final Period period;
  private final List<StatutoryRule> rules;

  StatutoryRuleSet(String name, Period period, List<StatutoryRule> rules) {
    this.name = Objects.requireNonNull(name, "name");
    this.period = Objects.requireNonNull(period, "period");
    this.rules = List.copyOf(rules);
    rules.forEach(r -> Implementations.of(r.id())
        .orElseThrow(() -> new IllegalArgumentException(r.id() + " is not implemented")));
  }

  @Override
  public String name() {
    return name;
  }

  public Period period() {
    return period;
  }

  /** The rules run, ordered by code. */
  public List<StatutoryRule> rules() {
    return rules;
  }

  @Override
  public List<String> ruleIds() {
    return rules.stream().map(StatutoryRule::id).toList();
  }

  /** A copy running only some of the rules, such as one rule for its fixtures. */
  public StatutoryRuleSet only(Set<String> ruleIds) {
    return new StatutoryRuleSet(name, period, rules.stream().filter(r -> ruleIds.contains(r.id())).toList());
  }

  /** The rows of the SSD the return holds for the period. */
  public Scope scope() {
    return rules.isEmpty() ? Scope.EVERYTHING : switch (rules.get(0).statutoryReturn()) {
      case CIN -> new io.github.ssdkit.rules.cin.CinScope();
      case SSDA903 -> new io.github.ssdkit.rules.ssda903.Ssda903Scope();
    };
  }

  @Override
  public void check(ExtractTables tables, IssueSink issues) throws IOException {
    Map<String, Set<String>> columns = new LinkedHashMap<>();
    for (StatutoryRule rule : rules) {
      for (FieldRef ref : rule.reads()) {
        columns.computeIfAbsent(ref.table(), t -> new LinkedHashSet<>()).add(ref.field());
      }
    }
    Scope scope = scope();
    scope.columns().forEach((table, cols) -> columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(cols));
    RuleInput input = new RuleInput(tables, columns, period, scope);
    try {
      for (StatutoryRule rule : rules) {
        Map<String, Set<String>> reads = new java.util.HashMap<>();
        rule.reads().forEach(ref -> reads.computeIfAbsent(ref.table(), t -> new java.util.HashSet<>()).add(ref.field()));
        input.startRule(reads);
        Implementations.of(rule.id()).orElseThrow().check(input, new Findings(rule, issues));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
