package io.github.ssdkit.rules.run;

import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.validate.pack.ExtractTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What a rule sees: the collection period and the extract's tables, each loaded (only the columns
 * the running rules read, see {@link Frame}) when a rule first asks for it and kept until released.
 */
public final class RuleInput {

  private final ExtractTables tables;
  private final Map<String, Set<String>> columns;
  private final Period period;
  private final Scope scope;
  /** Last year's extract read alike, or null when none was given. */
  private final RuleInput previous;
  private final Map<String, Frame> loaded = new HashMap<>();
  private final Map<String, int[]> inScope = new HashMap<>();
  /** What the running rule worked out once (an index over a table), by the function that works it out. */
  private final Map<Function<RuleInput, ?>, Object> worked = new HashMap<>();
  /** What several rules share (see {@link #kept}), by the function that works it out. */
  private final Map<Function<RuleInput, ?>, Object> shared = new HashMap<>();
  /** Codes as {@link #canonicalCode} spelled them, by table, column, then the text read (no key made per call). */
  private final Map<String, Map<String, Map<String, String>>> canonical = new HashMap<>();
  /** Distinct texts remembered per column: a column of codes has a few dozen; free text is not worth keeping. */
  private static final int CANONICAL_CODES_KEPT = 4096;
  /** The columns the running rule lists under reads, by table; null while the scope is worked out. */
  private Map<String, Set<String>> reading;
  /** Tables asked for (or let go) so far, which need no reading ahead. */
  private final Set<String> asked = new HashSet<>();
  /**
   * Tables read ahead and not yet taken, at most: two kept the rules from waiting for all but one
   * table on the benchmark extract, where one left them waiting 1.9 s (BENCHMARKS.md); each costs
   * a frame of memory while it waits.
   */
  static final int READ_AHEAD_DEPTH = 2;
  /** Reads the next tables on a second thread; null when tables are read on demand only. */
  private ReadAhead readAhead;

  RuleInput(ExtractTables tables, Map<String, Set<String>> columns, Period period, Scope scope, RuleInput previous) {
    this.tables = tables;
    this.columns = columns;
    this.period = period;
    this.scope = scope;
    this.previous = previous;
  }

  /**
   * Last year's extract, with last year's period and the same scope and column limits. Only rules
   * whose catalogue entry says {@code needs: previous-return} may ask: the rule set runs them only
   * when last year's extract was given, and notes them as not run otherwise.
   *
   * @throws IllegalStateException when no previous extract was given (a rule lacking 'needs')
   */
  public RuleInput previous() {
    if (previous == null) {
      throw new IllegalStateException("no previous extract was given; the rule must say 'needs: previous-return'");
    }
    return previous;
  }

  /**
   * The indexes of a table's rows that the return would hold (see {@link Scope}), in file order.
   * Rules check these rows; lookups of linked rows may use the whole table.
   */
  public int[] rows(Frame f) {
    int[] rows = inScope.get(f.table());
    if (rows == null) {
      Map<String, Set<String>> rule = reading;
      reading = null;
      try {
        rows = IntStream.range(0, f.size()).filter(i -> scope.includes(this, f, i)).toArray();
      } finally {
        reading = rule;
      }
      inScope.put(f.table(), rows);
    }
    f.scoped(rows);
    return rows;
  }

  /** Whether row {@code i} of a table is in the return. */
  public boolean inScope(Frame f, int i) {
    return Arrays.binarySearch(rows(f), i) >= 0;
  }

  /** Limits the columns the next rule may read to those it lists, so that a missing entry in 'reads' fails its tests. */
  void startRule(Map<String, Set<String>> reads) {
    reading = reads;
    if (readAhead != null) {
      readAhead.next(asked);
    }
    worked.clear();
    if (previous != null) {
      previous.startRule(reads);
    }
  }

  /**
   * What {@code work} makes of this input, worked out on the first call of the running rule and
   * kept until the next rule starts: an index that a rule's per-row check looks rows up in. Pass a
   * constant function: the function itself is the key.
   */
  public <T> T once(Function<RuleInput, T> work) {
    return remembered(worked, work);
  }

  /**
   * What {@code work} makes of this input, worked out once and kept across rules until a table is
   * let go: a join that several rules share. The work must depend on the extract and period only,
   * never on the running rule; the first rule to ask must list what it reads (its fixtures check).
   * Pass a constant function: the function itself is the key.
   */
  public <T> T kept(Function<RuleInput, T> work) {
    return remembered(shared, work);
  }

  @SuppressWarnings("unchecked")
  private <T> T remembered(Map<Function<RuleInput, ?>, Object> store, Function<RuleInput, T> work) {
    Object value = store.get(work);
    if (value == null) {
      value = work.apply(this);
      store.put(work, value);
    }
    return (T) value;
  }

  /** Lets the running rule read only what it lists; lets the scope read anything. */
  private final Frame.Guard guard = new Frame.Guard() {
    private final Object scopeWorking = new Object();

    @Override
    public boolean allows(String table, String column) {
      return reading == null || reading.getOrDefault(table, Set.of()).contains(column);
    }

    @Override
    public Object rule() {
      return reading == null ? scopeWorking : reading;
    }
  };

  /**
   * A code as the spec's code set of a column spells it: an alias (sex {@code 1}, missing type
   * {@code Missing}) becomes its code ({@code M}); other text comes back unchanged, upper-cased.
   */
  public String canonicalCode(String table, String column, String value) {
    if (value == null) {
      return null;
    }
    Map<String, String> known = canonical.computeIfAbsent(table, k -> new HashMap<>())
        .computeIfAbsent(column, k -> new HashMap<>());
    String code = known.get(value);
    if (code == null) {
      code = spellCode(table, column, value);
      if (known.size() < CANONICAL_CODES_KEPT) {
        known.put(value, code);
      }
    }
    return code;
  }

  private String spellCode(String table, String column, String value) {
    Spec spec = tables.spec();
    return spec.table(table).flatMap(t -> t.field(column)).flatMap(Field::codeSetId)
        .flatMap(spec::codeSet).flatMap(set -> set.find(value).or(() -> set.find(value.toUpperCase(Locale.ROOT)))
            .or(() -> set.values().stream().filter(v -> v.code().equalsIgnoreCase(value)
                || v.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(value))).findFirst()))
        .map(CodeValue::code).orElse(value).toUpperCase(Locale.ROOT);
  }

  public Period period() {
    return period;
  }

  /** The census reference date, the period's last day. */
  public LocalDate referenceDate() {
    return period.end();
  }

  /** A table's frame; a table no running rule reads has no columns. */
  public Frame table(String name) {
    Frame frame = loaded.get(name);
    if (frame == null) {
      asked.add(name);
      frame = readAhead == null ? null : readAhead.take(name);
      if (frame == null) {
        frame = load(name);
      }
      loaded.put(name, frame);
      if (readAhead != null) {
        readAhead.next(asked);
      }
    }
    return frame;
  }

  /** Lets a table's frame go (no later rule reads it); a later {@link #table} call would load it again. */
  void release(String name) {
    loaded.remove(name);
    shared.clear();
    asked.add(name);
    if (readAhead != null) {
      readAhead.drop(name);
    }
  }

  /**
   * Reads tables ahead of the rules on a second thread, in the order given, starting with the first
   * at once, until {@link #stopReadingAhead}; tables not in the order are read on demand.
   *
   * @param order the tables in the order the rules will first ask for them
   */
  void readAhead(List<String> order) {
    readAhead = new ReadAhead(order, READ_AHEAD_DEPTH, this::load);
    readAhead.next(asked); // the first tables are read at once
  }

  /** Stops reading ahead; tables are read on demand again. */
  void stopReadingAhead() {
    if (readAhead != null) {
      readAhead.close();
      readAhead = null;
    }
  }

  private Frame load(String name) {
    List<String> ordered = new ArrayList<>(columns.getOrDefault(name, Set.of()));
    Frame frame = new Frame(name, ordered, guard);
    try {
      tables.read(name, ordered, new ExtractTables.RowVisitor() {
        @Override
        public void row(long row, String key, String[] cells) {
          frame.add(row, key, cells);
        }

        @Override
        public void expect(long rows) {
          frame.expect(rows);
        }
      });
      frame.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return frame;
  }
}
