package io.github.ssdkit.rules.run;

import io.github.ssdkit.rules.ExternalData;
import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.ExtractTables;
import io.github.ssdkit.validate.pack.IssueSink;
import io.github.ssdkit.validate.source.ExtractSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The implemented rules of one return and collection year, ready to run over an extract for a
 * period. A table is loaded with only the columns the chosen rules read (the union of their
 * catalogue {@code reads}), read ahead on a second thread in the order the rules list them (see
 * {@link ReadAhead}), and let go after the last rule listing it (tables the scope reads stay until
 * the set is done). The rules themselves run one after the other on the calling thread. Build one
 * with {@link RulePacks#select}.
 */
public final class StatutoryRuleSet implements ExtractRuleSet {

  private final String name;
  private final Period period;
  private final List<StatutoryRule> rules;
  /** Last year's extract, or null when not given. */
  private final ExtractSource previous;

  StatutoryRuleSet(String name, Period period, List<StatutoryRule> rules) {
    this(name, period, rules, null);
  }

  private StatutoryRuleSet(String name, Period period, List<StatutoryRule> rules, ExtractSource previous) {
    this.name = Objects.requireNonNull(name, "name");
    this.period = Objects.requireNonNull(period, "period");
    this.rules = List.copyOf(rules);
    this.previous = previous;
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

  /** The implemented rules of the pack, ordered by code; without last year's extract some do not run (see {@link #ruleIds}). */
  public List<StatutoryRule> rules() {
    return rules;
  }

  /** The rules that run: every rule, less those needing last year's extract when it is not given. */
  private List<StatutoryRule> running() {
    return rules.stream().filter(r -> previous != null || !needsPrevious(r)).toList();
  }

  private static boolean needsPrevious(StatutoryRule rule) {
    return rule.needs() == ExternalData.PREVIOUS_RETURN;
  }

  @Override
  public List<String> ruleIds() {
    return running().stream().map(StatutoryRule::id).toList();
  }

  /** Names the rules left out for want of last year's extract, so that none passes silently. */
  @Override
  public List<String> notes() {
    if (previous != null) {
      return List.of();
    }
    List<String> idle = rules.stream().filter(StatutoryRuleSet::needsPrevious).map(StatutoryRule::id).toList();
    return idle.isEmpty() ? List.of() : List.of(name + ": " + idle.size() + (idle.size() == 1 ? " rule" : " rules")
        + " not run: needs --previous (last year's extract; withPrevious in Java): " + String.join(", ", idle));
  }

  /**
   * A copy that also runs the rules comparing this year with last year, reading last year's
   * extract the same way as this year's (same spec and date patterns). Its period is the year
   * before this set's; its rows are scoped as this year's are.
   *
   * @param lastYear last year's extract; check {@link ExtractSource#unusable} first for a clear message
   * @return the changed copy
   */
  public StatutoryRuleSet withPrevious(ExtractSource lastYear) {
    return new StatutoryRuleSet(name, period, rules, Objects.requireNonNull(lastYear, "lastYear"));
  }

  /** A copy running only some of the rules, such as one rule for its fixtures. */
  public StatutoryRuleSet only(Set<String> ruleIds) {
    return new StatutoryRuleSet(name, period, rules.stream().filter(r -> ruleIds.contains(r.id())).toList(), previous);
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
    try (Run run = start(tables)) {
      run.check(issues);
    }
  }

  /**
   * Starts reading ahead at once: the first tables the rules will ask for are read on a second
   * thread while the validator's table pass (or the rule set before this one) still runs, so that
   * the rules do not start by waiting for them. At most {@link RuleInput#READ_AHEAD_DEPTH} tables
   * are read ahead, so memory holds that many frames more until the rules start.
   */
  @Override
  public Run start(ExtractTables tables) {
    List<StatutoryRule> running = running();
    Map<String, Set<String>> columns = new LinkedHashMap<>();
    for (StatutoryRule rule : running) {
      for (FieldRef ref : rule.reads()) {
        columns.computeIfAbsent(ref.table(), t -> new LinkedHashSet<>()).add(ref.field());
      }
    }
    Scope scope = scope();
    scope.columns().forEach((table, cols) -> columns.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(cols));
    RuleInput lastYear = previous == null ? null
        : new RuleInput(tables.alike(previous), columns, period.yearBefore(), scope(), null); // a scope keeps its own cohort
    RuleInput input = new RuleInput(tables, columns, period, scope, lastYear);
    input.readAhead(running.stream().flatMap(r -> r.reads().stream()).map(FieldRef::table).distinct().toList());
    return new StartedRun(name, running, scope, input);
  }

  /** A started run; it holds the tables read until closed, then nothing, however long it is referenced. */
  private static final class StartedRun implements Run {
    private final String name;
    private final List<StatutoryRule> running;
    private final Scope scope;
    /** Null once closed. */
    private RuleInput input;

    StartedRun(String name, List<StatutoryRule> running, Scope scope, RuleInput input) {
      this.name = name;
      this.running = running;
      this.scope = scope;
      this.input = input;
    }

    @Override
    public void check(IssueSink issues) throws IOException {
      if (input == null) {
        throw new IllegalStateException(name + " was closed before it was checked");
      }
      runRules(running, scope, input, issues);
    }

    @Override
    public void close() {
      if (input != null) {
        input.stopReadingAhead();
        input = null;
      }
    }
  }

  private static void runRules(List<StatutoryRule> running, Scope scope, RuleInput input, IssueSink issues)
      throws IOException {
    Map<String, Integer> lastReader = lastReaders(running, scope);
    try {
      for (int r = 0; r < running.size(); r++) {
        StatutoryRule rule = running.get(r);
        Map<String, Set<String>> reads = new HashMap<>();
        rule.reads().forEach(ref -> reads.computeIfAbsent(ref.table(), t -> new HashSet<>()).add(ref.field()));
        input.startRule(reads);
        Implementations.of(rule.id()).orElseThrow().check(input, new Findings(rule, issues));
        for (String table : reads.keySet()) {
          if (Integer.valueOf(r).equals(lastReader.get(table))) {
            input.release(table);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The index of the last rule reading each table, for tables the scope does not read: the frame
   * can go once that rule is done, which keeps the live set to the tables still to be read.
   */
  private static Map<String, Integer> lastReaders(List<StatutoryRule> running, Scope scope) {
    Map<String, Integer> last = new HashMap<>();
    for (int r = 0; r < running.size(); r++) {
      for (FieldRef ref : running.get(r).reads()) {
        last.put(ref.table(), r);
      }
    }
    last.keySet().removeAll(scope.columns().keySet());
    return last;
  }
}
