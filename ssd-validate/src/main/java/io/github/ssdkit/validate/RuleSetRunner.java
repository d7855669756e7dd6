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
 * Runs the rule sets of {@link ValidationOptions#rules()}: each is started before the table pass
 * (so that it may read its first tables meanwhile) and checked after it, counting every issue and
 * listing up to the cap per rule, as the table pass does. With heap to spare (see
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
  private final List<Started> started = new ArrayList<>();

  RuleSetRunner(int cap) {
    this.cap = cap;
  }

  /** What one rule set found: the issues it lists, its counts past the cap, and its summary. */
  private record Outcome(List<Issue> listed, Map<String, Long> capped, RuleSetSummary summary) {}

  /**
   * Begins a run of each rule set (see {@link ExtractRuleSet#start}), before the table pass, so that
   * a set may read its first tables while that pass runs. The sets read dates through {@code dates},
   * the parser the table pass uses. A set that fails to start is noted in its summary and skipped.
   */
  void start(Spec spec, ExtractSource source, Temporal dates, List<ExtractRuleSet> ruleSets) {
    SourceTables tables = new SourceTables(spec, source, dates);
    for (ExtractRuleSet set : ruleSets) {
      ExtractRuleSet.Run run;
      try {
        run = set.start(tables);
      } catch (RuntimeException e) {
        run = issues -> {
          throw e;
        };
      }
      started.add(new Started(set, run));
    }
  }

  /** A rule set with its run, closed once. */
  private static final class Started {
    private final ExtractRuleSet set;
    private final ExtractRuleSet.Run run;
    private boolean closed;

    Started(ExtractRuleSet set, ExtractRuleSet.Run run) {
      this.set = set;
      this.run = run;
    }

    synchronized void close() {
      if (!closed) {
        closed = true;
        run.close();
      }
    }
  }

  /** Whether {@link #start} was given any rule set. */
  boolean isEmpty() {
    return started.isEmpty();
  }

  /**
   * Runs every rule set started; a rule set that fails is noted in its summary, and the others
   * still run. Every run is closed, whatever happens.
   */
  void runAll() throws IOException {
    int threads = Runtime.getRuntime().maxMemory() < SIDE_BY_SIDE_HEAP ? 1
        : Math.min(started.size(), Runtime.getRuntime().availableProcessors());
    List<Outcome> outcomes = new ArrayList<>();
    try {
      if (threads <= 1) {
        for (Started s : started) {
          outcomes.add(run(s));
          s.close(); // let what it holds go before the next set runs
        }
      } else {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
          Thread t = new Thread(task, "ssd-rule-set");
          t.setDaemon(true);
          return t;
        });
        try {
          List<Future<Outcome>> running = new ArrayList<>();
          for (Started s : started) {
            running.add(pool.submit(() -> run(s)));
          }
          for (Future<Outcome> f : running) {
            outcomes.add(waitFor(f));
          }
        } finally {
          pool.shutdownNow();
        }
      }
    } finally {
      close();
    }
    for (Outcome o : outcomes) {
      listed.addAll(o.listed());
      o.capped().forEach((k, n) -> capped.merge(k, n, Long::sum));
      summaries.add(o.summary());
    }
  }

  /** Closes every run started that is not closed yet. */
  void close() {
    started.forEach(Started::close);
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

  private Outcome run(Started started) throws IOException {
    ExtractRuleSet set = started.set;
    List<Issue> setListed = new ArrayList<>();
    Map<String, Long> setCapped = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    long[] bySeverity = new long[2];
    List<String> notes = new ArrayList<>(set.notes());
    Set<String> known = new HashSet<>(set.ruleIds());
    try {
      started.run.check(issue -> {
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
