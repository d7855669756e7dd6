package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One generation pass: shared tables first, then each child in turn across every child table.
 * Each child has its own random streams (values and errors apart), so a child's clean rows do not
 * depend on whether errors are injected.
 */
final class SampleRun {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SpecShape shape;
  private final LocalDate extractDate;
  private final long seed;
  private final double errorRate;
  private final Map<String, TableWriter> writers;
  private final List<InjectedError> errors;
  private final Map<String, TableRules> rules = new HashMap<>();
  private final Map<String, String[]> lastCleanRow = new HashMap<>();
  private final RowMaker rows;
  private final ErrorInjector injector;
  private long serial;

  SampleRun(SpecShape shape, LocalDate extractDate, long seed, double errorRate,
      Map<String, TableWriter> writers, List<InjectedError> errors) {
    this.shape = shape;
    this.extractDate = extractDate;
    this.seed = seed;
    this.errorRate = errorRate;
    this.writers = writers;
    this.errors = errors;
    this.rows = new RowMaker(shape, new ValueMaker(shape.spec()), extractDate);
    this.injector = new ErrorInjector(shape);
    Conventions conventions = Conventions.bundled(shape.spec());
    shape.spec().tables().forEach(t -> rules.put(t.name(), new TableRules(t, conventions.of(t))));
  }

  void run(int children) throws IOException {
    sharedTables();
    children(0, children);
  }

  /** The rows of the tables no child owns (shared reference rows); written once, first. */
  void sharedTables() throws IOException {
    SplittableRandom sharedRng = stream(-1, 0);
    SplittableRandom sharedErrors = stream(-1, 1);
    for (Table t : shape.sharedTables()) {
      int n = DomainProfile.of(t.domain()).sharedRows();
      for (int i = 0; i < n; i++) {
        Row row = rows.make(rules.get(t.name()), new RowMaker.Request(null, null, false, null, 1), sharedRng);
        if (row != null) {
          rows.keepShared(t.name(), row);
          write(t, row, null, sharedErrors);
        }
      }
    }
  }

  /**
   * The rows of children {@code from} (inclusive) to {@code to} (exclusive), in order.
   *
   * @throws InterruptedIOException when the thread is interrupted, so a caller can stop a long run
   */
  void children(int from, int to) throws IOException {
    for (int c = from; c < to; c++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("interrupted after " + c + " children");
      }
      child(c);
    }
  }

  private void child(int index) throws IOException {
    SplittableRandom rng = stream(index, 0);
    SplittableRandom errorRng = stream(index, 1);
    LocalDate birth;
    if (rng.nextDouble() < DomainProfile.OLDER_SHARE) {
      // A young adult, aged ADULT_AGE to OLDEST_AGE at the extract date.
      LocalDate youngest = extractDate.minusYears(DomainProfile.ADULT_AGE);
      int days = (int) ChronoUnit.DAYS.between(
          extractDate.minusYears(DomainProfile.OLDEST_AGE + 1).plusDays(1), youngest);
      birth = youngest.minusDays(rng.nextInt(days + 1));
    } else {
      // A child, under ADULT_AGE and born before the extract date.
      int days = (int) ChronoUnit.DAYS.between(
          extractDate.minusYears(DomainProfile.ADULT_AGE).plusDays(1), extractDate);
      birth = extractDate.minusDays(1 + rng.nextInt(days));
    }
    ChildState child = new ChildState(birth, extractDate, rng);
    Table person = shape.personTable();
    Row root = rows.make(rules.get(person.name()), new RowMaker.Request(child, null, true, null, 1), rng);
    if (root == null) {
      return;
    }
    child.personId = root.values()[person.fieldNames().indexOf(person.primaryKey().get(0))];
    child.add(person.name(), root);
    for (int i = 0; i < person.fields().size(); i++) {
      LocalDate day = root.days()[i];
      if (day != null && shape.endsLife(person.fields().get(i))
          && (child.lifeEnd == null || day.isBefore(child.lifeEnd))) {
        child.lifeEnd = day;
      }
    }
    List<Made> made = new ArrayList<>();
    made.add(new Made(person, root));
    rows.keepPerson(child.personId);
    for (Table t : shape.childTablesInOrder()) {
      if (t != person) {
        childTable(t, child, rng, made);
      }
    }
    // Written once the child is complete: a later row may still end an earlier one (takes-over).
    for (Made m : made) {
      write(m.table(), m.row(), child, errorRng);
    }
  }

  /** A child's row made but not yet written, in the order rows are written. */
  private record Made(Table table, Row row) {}

  private void childTable(Table t, ChildState child, SplittableRandom rng, List<Made> made) {
    Field anchor = shape.anchor(t);
    DomainProfile profile = DomainProfile.of(t.domain());
    List<Row> parents = new ArrayList<>();
    String parentTable = anchor.references().table();
    if (parentTable.equals(shape.personTable().name())) {
      String rowsFor = rules.get(t.name()).conventions.rowsFor;
      if (rowsFor != null ? !child.rows(rowsFor).isEmpty()
          : child.inDomain(t.domain()) && followsOn(t, profile, child, rng)) {
        repeat(parents, null, count(profile, rng, 0));
      }
    } else {
      String parentDomain = shape.spec().table(parentTable).map(Table::domain).orElse("");
      boolean sameDomain = parentDomain.equals(t.domain());
      if (sameDomain || child.inDomain(t.domain())) {
        for (Row parent : child.rows(parentTable)) {
          repeat(parents, parent, count(profile, rng, sameDomain ? 1 : 0));
        }
      }
    }
    TableRules r = rules.get(t.name());
    LocalDate cursor = null;
    Row endedBeforeLast = null;
    for (int j = 0; j < parents.size(); j++) {
      RowMaker.Request req = new RowMaker.Request(child, parents.get(j), j == parents.size() - 1,
          cursor, parents.size() - j);
      Row row = rows.make(r, req, rng);
      if (row == null) {
        continue;
      }
      child.add(t.name(), row);
      made.add(new Made(t, row));
      endedBeforeLast = req.lastInGroup() ? null : row;
      if (r.periods != null) {
        LocalDate end = row.days()[r.periods.end()];
        if (end == null) {
          break;
        }
        cursor = end.plusDays(1);
      }
    }
    if (endedBeforeLast != null && r.periods != null) {
      // The periods meant to follow it could not be dated, so it is the child's latest after all.
      ConventionValues.reopen(r, endedBeforeLast, child);
    }
  }

  /**
   * In a domain with attrition, a table pointing at earlier tables of its domain has rows only for
   * a child with rows there, and a step (see {@link SpecShape#isStep}) only for some of them.
   */
  private boolean followsOn(Table t, DomainProfile profile, ChildState child, SplittableRandom rng) {
    if (profile.step() >= 1) {
      return true;
    }
    for (String earlier : shape.earlierSteps(t)) {
      if (child.rows(earlier).isEmpty()) {
        return false;
      }
    }
    return !shape.isStep(t) || rng.nextDouble() < profile.step();
  }

  private static int count(DomainProfile p, SplittableRandom rng, int atLeast) {
    int min = Math.max(p.min(), atLeast);
    int max = Math.max(min, p.max());
    return min + rng.nextInt(max - min + 1);
  }

  private static void repeat(List<Row> parents, Row parent, int times) {
    for (int i = 0; i < times; i++) {
      parents.add(parent);
    }
  }

  private void write(Table t, Row row, ChildState child, SplittableRandom errorRng) throws IOException {
    TableWriter w = writers.get(t.name());
    String[] cells = row.values().clone();
    InjectedError error = null;
    if (errorRate > 0 && errorRng.nextDouble() < errorRate) {
      TableRules r = rules.get(t.name());
      String[] previousPeriod = child == null ? null : child.lastCleanPeriod(t.name());
      error = injector.inject(r, w.rows() + 1, cells, lastCleanRow.get(t.name()), previousPeriod,
          row.bounds(), serial++, errorRng);
    }
    w.write(cells);
    if (error == null) {
      lastCleanRow.put(t.name(), cells);
    } else {
      errors.add(error);
      lastCleanRow.remove(t.name());
    }
    if (child != null) {
      child.setLastPeriod(t.name(), error == null ? cells : null);
    }
  }

  List<String> notes() {
    return rows.droppedRows();
  }

  /** An independent random stream per child (index -1 for shared tables) and purpose. */
  private SplittableRandom stream(long index, long purpose) {
    long z = seed * GOLDEN + (index + 2) * 0xBF58476D1CE4E5B9L + purpose * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }
}
