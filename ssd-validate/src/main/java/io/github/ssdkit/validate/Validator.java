package io.github.ssdkit.validate;

import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.TableSummary;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.rules.KeySet;
import io.github.ssdkit.validate.rules.Temporal;
import io.github.ssdkit.validate.source.ExtractSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Validates SSD extracts against a spec. Every rule comes from the spec; tables are read one at a
 * time in dependency order, streamed, and only key sets are kept between them.
 *
 * <pre>{@code
 * Validator validator = Validator.of(SpecLoader.bundled().orThrow());
 * ValidationResult result = validator.validate(DirectorySource.csv(Path.of("extract")));
 * }</pre>
 */
public final class Validator {

  private final Spec spec;
  private final ValidationOptions options;
  private final Consumer<String> progress;

  private Validator(Spec spec, ValidationOptions options, Consumer<String> progress) {
    this.spec = spec;
    this.options = options;
    this.progress = progress;
  }

  /**
   * A validator for a spec with the default options and no progress listener.
   *
   * @param spec the spec to validate against, usually {@code SpecLoader.bundled().orThrow()}
   * @return the validator
   */
  public static Validator of(Spec spec) {
    return new Validator(spec, ValidationOptions.defaults(), s -> { });
  }

  /**
   * A copy with other options.
   *
   * @param newOptions the options
   * @return the changed copy
   */
  public Validator withOptions(ValidationOptions newOptions) {
    return new Validator(spec, newOptions, progress);
  }

  /**
   * Receives a line after each table the extract holds, and one counting the absent tables, for
   * progress display on long runs.
   *
   * @param listener called on the thread that called {@link #validate}, one line at a time
   * @return the changed copy
   */
  public Validator withProgress(Consumer<String> listener) {
    return new Validator(spec, options, listener);
  }

  /** Tables that do not depend on each other are validated at the same time, one per core. */
  private int threads() {
    return Math.max(1, Math.min(options.threads(), Runtime.getRuntime().availableProcessors()));
  }

  /**
   * The spec this validator checks against.
   *
   * @return the spec
   */
  public Spec spec() {
    return spec;
  }

  /**
   * Validates every table of an extract (or those the options name) in one pass per table.
   *
   * @param source the extract
   * @return the report, or why the source could not be used; never throws for bad data
   */
  public ValidationResult validate(ExtractSource source) {
    Optional<String> unusable = source.unusable(spec);
    if (unusable.isPresent()) {
      return ValidationResult.unusableInput(unusable.get());
    }
    // matched without regard to case, as table files are
    Set<String> only = new TreeSet<>();
    for (String t : options.tables()) {
      Optional<Table> table = spec.tables().stream().filter(x -> x.name().equalsIgnoreCase(t.strip())).findFirst();
      if (table.isEmpty()) {
        return ValidationResult.unusableInput("'" + t + "' is not a table of the SSD spec " + spec.version());
      }
      only.add(table.get().name());
    }
    Issues issues = new Issues(options.maxIssuesPerRule());
    List<String> notes = new ArrayList<>();
    RuleSetRunner ruleSets = new RuleSetRunner(options.maxIssuesPerRule());
    try {
      checkSpecVersion(source, issues, notes);
      for (String unknown : source.unknownTables(spec)) {
        issues.addExtractIssue(Issue.warning(RuleIds.INPUT_UNKNOWN_TABLE).withValue(unknown)
            .saying(unknown + " is not a table of the SSD spec and was skipped"));
      }
      Map<String, TableSummary> summaries = new ConcurrentHashMap<>();
      Map<String, KeySet> keyIndexes = new ConcurrentHashMap<>();
      Temporal temporal = new Temporal(options.extraDatePatterns());
      boolean allTables = only.isEmpty();
      Set<String> validated = new TreeSet<>(allTables ? spec.tables().stream().map(Table::name).toList() : only);
      CrossTableDates parentDates = CrossTableDates.plan(spec, validated);
      if (!allTables) {
        notes.add("only these tables were validated: " + String.join(", ", only)
            + "; foreign keys into other tables were not checked");
      }
      ruleSets.start(spec, source, temporal, options.rules()); // they may read ahead during the table pass
      long started = System.nanoTime();
      AtomicLong rows = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(threads());
      try {
        CompletionService<TableSummary> done = new ExecutorCompletionService<>(pool);
        TableSchedule schedule = new TableSchedule(spec, t -> allTables || only.contains(t.name()));
        int running = 0;
        for (List<Table> ready = schedule.first(); !ready.isEmpty() || running > 0; ) {
          for (Table table : ready) {
            done.submit(() -> new TableValidator(spec, table, issues, keyIndexes, parentDates, temporal)
                .run(source, allTables));
            running++;
          }
          TableSummary summary = done.take().get();
          running--;
          summaries.put(summary.table(), summary);
          parentDates.finished(summary.table());
          ready = schedule.finished(summary.table());
          long total = rows.addAndGet(summary.rows());
          if (summary.present()) {
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            long present = summaries.values().stream().filter(TableSummary::present).count();
            progress.accept(String.format("%s: %,d rows; %,d rows in %d tables so far, %,.0f rows/s",
                summary.table(), summary.rows(), total, present, total / seconds));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ValidationResult.unusableInput("validation was interrupted");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof UncheckedIOException uio) {
          throw uio;
        }
        throw new IllegalStateException(cause);
      } finally {
        pool.shutdownNow();
      }
      long absent = summaries.values().stream().filter(t -> !t.present()).count();
      if (absent > 0) {
        progress.accept(String.format("%,d %s absent (no file), read as empty", absent, absent == 1 ? "table" : "tables"));
      }
      List<TableSummary> ordered = new ArrayList<>();
      Map<String, Integer> tableOrder = new HashMap<>();
      for (Table t : spec.tables()) {
        tableOrder.put(t.name(), tableOrder.size());
        if (summaries.containsKey(t.name())) {
          ordered.add(summaries.get(t.name()));
        }
      }
      UnverifiableReferences.reportNote(spec, ordered).ifPresent(notes::add);
      if (!ruleSets.isEmpty()) {
        ruleSets.runAll();
        ruleSets.summaries().forEach(r -> r.notes().forEach(notes::add));
      }
      List<Issue> listed = new ArrayList<>(issues.listed());
      listed.addAll(ruleSets.listed());
      listed.sort(Comparator.comparingInt((Issue i) -> tableOrder.getOrDefault(i.table(), -1))
          .thenComparingLong(Issue::row).thenComparing(Issue::field).thenComparing(Issue::rule)
          .thenComparing(Issue::message));
      Map<String, String> codeLists = new TreeMap<>();
      spec.codeSets().forEach(c -> codeLists.put(c.id(), c.version()));
      Map<String, Long> capped = new TreeMap<>(issues.capped());
      capped.putAll(ruleSets.capped());
      return ValidationResult.of(new ValidationReport(spec.manifest().name(), spec.version(), source.describe(),
          ordered, listed, capped, options.maxIssuesPerRule(), codeLists, notes, issues.extractLevel(),
          ruleSets.summaries()));
    } catch (IOException | UncheckedIOException e) {
      return ValidationResult.unusableInput(source.describe() + ": " + e.getMessage());
    } finally {
      ruleSets.close();
    }
  }

  private void checkSpecVersion(ExtractSource source, Issues issues, List<String> notes) throws IOException {
    Optional<String> declared = source.declaredSpecVersion();
    if (declared.isEmpty()) {
      return;
    }
    String theirs = declared.get();
    notes.add("the extract declares spec version " + theirs);
    String ourMajor = spec.version().split("\\.")[0];
    String theirMajor = theirs.split("\\.")[0];
    if (!ourMajor.equals(theirMajor)) {
      issues.addExtractIssue(Issue.error(RuleIds.INPUT_SPEC_VERSION).withValue(theirs).saying("the extract follows spec"
          + " version " + theirs + " but is validated against " + spec.version() + "; major versions differ"));
    } else if (!theirs.equals(spec.version())) {
      issues.addExtractIssue(Issue.warning(RuleIds.INPUT_SPEC_VERSION).withValue(theirs).saying("the extract follows"
          + " spec version " + theirs + " and is validated against " + spec.version()));
    }
  }
}
