package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.validate.pack.ExtractRuleSet;
import io.github.ssdkit.validate.pack.SourceTables;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.RuleSetSummary;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.ExtractSource;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the rule sets of {@link ValidationOptions#rules()} after the table pass, counting every
 * issue and listing up to the cap per rule, as the table pass does. With heap to spare (see
 * {@link #SIDE_BY_SIDE_HEAP}) the sets run side by side, as many at once as there are processors,
 * each into its own lists, merged in the order the sets were given: the result is the same as
 * running them one after the other, which is what happens on a smaller heap.
 */
final class RuleSetRunner {

  /**
   * The least heap for running sets side by side: each set holds the tables its rules read, and the
   * two statutory packs over 10 million rows hold about 0.5 GB together (0.3 GB one at a time).
   * Below this they run one after the other.
   */
  static final long SIDE_BY_SIDE_HEAP = 2L << 30;

  private final int cap;
  private final List<Issue> listed = new ArrayList<>();
  private final Map<String, Long> capped = new TreeMap<>();
  private final List<RuleSetSummary> summaries = new ArrayList<>();

  RuleSetRunner(int cap) {
    this.cap = cap;
  }

  /** What one rule set found: the issues it lists, its counts past the cap, and its summary. */
  private record Outcome(List<Issue> listed, Map<String, Long> capped, RuleSetSummary summary) {}

  /**
   * Runs every rule set; a rule set that fails is noted in its summary, and the others still run.
   * The rule sets read dates through {@code dates}, the parser the table pass used.
   */
  void runAll(Spec spec, ExtractSource source, Temporal dates, List<ExtractRuleSet> ruleSets) throws IOException {
    SourceTables tables = new SourceTables(spec, source, dates);
    int threads = Runtime.getRuntime().maxMemory() < SIDE_BY_SIDE_HEAP ? 1
        : Math.min(ruleSets.size(), Runtime.getRuntime().availableProcessors());
    List<Outcome> outcomes = new ArrayList<>();
    if (threads <= 1) {
      for (ExtractRuleSet set : ruleSets) {
        outcomes.add(run(set, tables));
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
        Thread t = new Thread(task, "ssd-rule-set");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Outcome>> running = new ArrayList<>();
        for (ExtractRuleSet set : ruleSets) {
          running.add(pool.submit(() -> run(set, tables)));
        }
        for (Future<Outcome> f : running) {
          outcomes.add(waitFor(f));
        }
      } finally {
        pool.shutdownNow();
      }
    }
    for (Outcome o : outcomes) {
      listed.addAll(o.listed());
      o.capped().forEach((k, n) -> capped.merge(k, n, Long::sum));
      summaries.add(o.summary());
    }
  }

  private static Outcome waitFor(Future<Outcome> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the rule sets ran");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private Outcome run(ExtractRuleSet set, SourceTables tables) throws IOException {
    List<Issue> setListed = new ArrayList<>();
    Map<String, Long> setCapped = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    long[] bySeverity = new long[2];
    List<String> notes = new ArrayList<>(set.notes());
    Set<String> known = new HashSet<>(set.ruleIds());
    try {
      set.check(tables, issue -> {
        if (!known.contains(issue.rule())) {
          throw new IllegalStateException(set.name() + " reported " + issue.rule() + ", which is not one of its rules");
        }
        long n = counts.merge(issue.rule(), 1L, Long::sum);
        bySeverity[issue.severity() == Severity.ERROR ? 0 : 1]++;
        if (n <= cap) {
          setListed.add(issue);
        } else {
          setCapped.merge(issue.table() + "/" + issue.rule(), 1L, Long::sum);
        }
      });
    } catch (RuntimeException e) {
      // a fault in a rule must not hide the table pass's findings; the summary says the set stopped
      notes.add(set.name() + " stopped early: " + e);
    }
    return new Outcome(setListed, setCapped,
        new RuleSetSummary(set.name(), set.ruleIds().size(), bySeverity[0], bySeverity[1], counts, notes));
  }

  List<Issue> listed() {
    return listed;
  }

  Map<String, Long> capped() {
    return capped;
  }

  List<RuleSetSummary> summaries() {
    return summaries;
  }
}
