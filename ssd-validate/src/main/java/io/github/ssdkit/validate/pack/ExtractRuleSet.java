package io.github.ssdkit.validate.pack;

import java.io.IOException;
import java.util.List;

/**
 * Rules that look across rows and tables of a whole extract, such as a statutory return's rule
 * pack, run by the {@link io.github.ssdkit.validate.Validator} after its streaming pass over every
 * table. The validator depends on this interface only; packs live in other modules (ssd-rules) and
 * are handed in through {@link io.github.ssdkit.validate.ValidationOptions#withRules}.
 *
 * <p>A rule set reads what it needs through {@link ExtractTables} (a second pass over only the
 * tables and columns it names) and reports through an {@link IssueSink}. It must not throw for bad
 * data: a value it cannot read is the validator's business, and the rule set skips it.
 */
public interface ExtractRuleSet {

  /**
   * The name a user chose it by, such as {@code cin-2025-26}.
   *
   * @return the name, shown in the report's per-rule-set summary
   */
  String name();

  /**
   * The ids of the rules this set runs, such as {@code cin.8630}, in the order they run.
   *
   * @return the rule ids; issues carry these ids
   */
  List<String> ruleIds();

  /**
   * Checks the extract.
   *
   * @param tables read access to the extract's tables
   * @param issues where breaches go; ids must be among {@link #ruleIds()}
   * @throws IOException when a table cannot be read
   */
  void check(ExtractTables tables, IssueSink issues) throws IOException;

  /**
   * Begins a run over {@code tables} before the validator's table pass, so that the set may start
   * reading the first tables it needs on a thread of its own while that pass runs. The validator
   * calls it once per validation, then {@link Run#check} once the table pass is done, and {@link
   * Run#close} in every case, also when the table pass fails. By default nothing starts early: the
   * run is {@link #check}.
   *
   * @param tables read access to the extract's tables
   * @return the run, to check and close
   */
  default Run start(ExtractTables tables) {
    return issues -> check(tables, issues);
  }

  /** A run of a rule set begun by {@link #start}: checked at most once, then closed. */
  @FunctionalInterface
  interface Run extends AutoCloseable {

    /**
     * Checks the extract, as {@link ExtractRuleSet#check} does.
     *
     * @param issues where breaches go; ids must be among {@link ExtractRuleSet#ruleIds()}
     * @throws IOException when a table cannot be read
     */
    void check(IssueSink issues) throws IOException;

    /** Stops what the run started and was not used, such as a table being read ahead. */
    @Override
    default void close() {}
  }

  /**
   * Remarks for the report's summary of this set, known before it runs, such as rules left out
   * because an input they need (last year's extract) was not given; a rule must never pass
   * silently for want of its input.
   *
   * @return the remarks, empty by default
   */
  default List<String> notes() {
    return List.of();
  }
}
