package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A deliberately simple, independent check of an extract against the spec, for tests. */
final class ExtractChecker {

  /** One finding: table, 1-based row, column (or check id) and rule kind. */
  record Finding(String table, long row, String kind) {}

  private final Spec spec;
  private final Map<String, List<String[]>> data = new HashMap<>();
  final Set<String> findings = new TreeSet<>();

  ExtractChecker(Spec spec, Path dir) throws IOException {
    this.spec = spec;
    for (Table t : spec.tables()) {
      List<String[]> rows = Csv.read(dir.resolve(t.name() + ".csv"));
      String[] header = rows.remove(0);
      if (!List.of(header).equals(t.fieldNames())) {
        throw new AssertionError("header of " + t.name() + " is " + List.of(header));
      }
      data.put(t.name(), rows);
    }
  }

  Set<String> check() {
    for (Table t : spec.tables()) {
      List<String[]> rows = data.get(t.name());
      Set<List<String>> keys = new HashSet<>();
      List<Check.NoOverlap> periods = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        long n = r + 1;
        List<String> key = new ArrayList<>();
        for (String k : t.primaryKey()) {
          key.add(row[t.fieldNames().indexOf(k)]);
        }
        if (!keys.add(key)) {
          add(t, n, RuleIds.PRIMARY_KEY);
        }
        for (int i = 0; i < row.length; i++) {
          cell(t, n, t.fields().get(i), row[i]);
        }
        Holds holds = new Holds(t, row, periods);
        for (Check c : t.checks()) {
          if (!c.accept(holds)) {
            add(t, n, RuleIds.kindOfCheck(c));
          }
        }
      }
      overlaps(t, rows, periods);
    }
    return findings;
  }

  private void cell(Table t, long n, Field f, String v) {
    if (v.isEmpty()) {
      if (f.required()) {
        add(t, n, RuleIds.REQUIRED);
      }
      return;
    }
    boolean parses = switch (f.type()) {
      case DATE -> parses(() -> LocalDate.parse(v));
      case DATETIME -> parses(() -> LocalDateTime.parse(v));
      case INTEGER -> v.matches("-?[0-9]+");
      case DECIMAL -> v.matches("-?[0-9]+(\\.[0-9]+)?");
      case BOOLEAN -> v.equals("1") || v.equals("0");
      case JSON_OBJECT -> v.startsWith("{") && v.endsWith("}");
      case JSON_ARRAY -> v.startsWith("[") && v.endsWith("]");
      default -> true;
    };
    if (!parses) {
      add(t, n, RuleIds.TYPE);
      return;
    }
    if (f.maxLength() != null && !f.type().isJson() && v.length() > f.maxLength()) {
      add(t, n, RuleIds.LENGTH);
    }
    if (f.codeSet() != null && !f.type().isJson()) {
      CodeSet set = spec.codeSet(f.codeSet()).orElseThrow();
      if (set.find(v).filter(cv -> !cv.isWithdrawn()).isEmpty()) {
        add(t, n, RuleIds.CODE);
      }
    }
    if (f.type() == LogicalType.JSON_ARRAY && f.codeSet() != null) {
      CodeSet set = spec.codeSet(f.codeSet()).orElseThrow();
      for (String item : v.substring(1, v.length() - 1).split(",")) {
        if (!item.isEmpty() && set.find(item.replace("\"", "")).map(CodeValue::isWithdrawn).orElse(true)) {
          add(t, n, RuleIds.CODE);
        }
      }
    }
    if (f.identifier() != null && !f.identifier().hasValidCheck(v)) {
      add(t, n, RuleIds.PATTERN);
    }
    if (f.pattern() != null && !v.matches(f.pattern())) {
      add(t, n, RuleIds.PATTERN);
    }
    if (f.range() != null && f.type().isNumeric() && !f.range().contains(new BigDecimal(v))) {
      add(t, n, RuleIds.RANGE);
    }
    if (f.references() != null && !targetValues(f).contains(v)) {
      add(t, n, RuleIds.FOREIGN_KEY);
    }
  }

  private final Map<String, Set<String>> targets = new HashMap<>();

  private Set<String> targetValues(Field f) {
    return targets.computeIfAbsent(f.references().toString(), k -> {
      Table target = spec.table(f.references().table()).orElseThrow();
      int col = target.fieldNames().indexOf(f.references().field());
      Set<String> values = new HashSet<>();
      data.get(target.name()).forEach(r -> values.add(r[col]));
      return values;
    });
  }

  /**
   * Whether a row satisfies one check, judged plainly from the text of the cells. Period checks
   * look across rows: their row answer is true, and the check is remembered for {@link #overlaps}.
   */
  private final class Holds implements Check.Visitor<Boolean> {
    private final Table t;
    private final String[] row;
    private final List<Check.NoOverlap> periods;

    Holds(Table t, String[] row, List<Check.NoOverlap> periods) {
      this.t = t;
      this.row = row;
      this.periods = periods;
    }

    private String cell(String column) {
      return row[t.fieldNames().indexOf(column)];
    }

    @Override
    public Boolean dateOrder(Check.DateOrder d) {
      String a = cell(d.earlier());
      String b = cell(d.later());
      if (a.isEmpty() || b.isEmpty() || !isDay(a) || !isDay(b)) {
        return true;
      }
      int cmp = a.compareTo(b);
      return d.allowEqual() ? cmp <= 0 : cmp < 0;
    }

    @Override
    public Boolean presence(Check.Presence p) {
      boolean when = !cell(p.when()).isEmpty();
      boolean then = !cell(p.then()).isEmpty();
      return p.bothWays() ? when == then : !when || then;
    }

    @Override
    public Boolean presenceWhenCode(Check.PresenceWhenCode p) {
      String code = cell(p.when());
      CodeSet set = spec.codeSet(t.field(p.when()).orElseThrow().codeSet()).orElseThrow();
      boolean listed = p.codes().stream().anyMatch(listedCode -> set.find(code).map(v -> v.code().equals(listedCode))
          .orElse(false));
      return !listed || !cell(p.then()).isEmpty();
    }

    @Override
    public Boolean anyPresent(Check.AnyPresent a) {
      return a.fields().stream().anyMatch(f -> !cell(f).isEmpty());
    }

    @Override
    public Boolean textPattern(Check.TextPattern p) {
      String v = cell(p.field());
      return p.severity() != Severity.ERROR || v.isEmpty() || v.matches(p.pattern());
    }

    @Override
    public Boolean valueRange(Check.ValueRange r) {
      String v = cell(r.field());
      return v.isEmpty() || !v.matches("-?[0-9]+(\\.[0-9]+)?") || r.range().contains(new BigDecimal(v));
    }

    @Override
    public Boolean noOverlap(Check.NoOverlap o) {
      if (!periods.contains(o)) {
        periods.add(o);
      }
      return true;
    }

    @Override
    public Boolean parentDate(Check.ParentDate d) {
      String own = cell(d.field());
      String bound = parentDay(d, d.parentField());
      if (!isDay(own) || bound == null) {
        return true;
      }
      int cmp = own.substring(0, 10).compareTo(bound);
      return d.bound() == Check.Bound.NOT_BEFORE ? cmp >= 0 : cmp <= 0;
    }

    @Override
    public Boolean withinParent(Check.WithinParent w) {
      String start = cell(w.start());
      String end = cell(w.end());
      String parentStart = parentDay(w, w.parentStart());
      String parentEnd = parentDay(w, w.parentEnd());
      if (!isDay(start)) {
        return true;
      }
      String s = start.substring(0, 10);
      boolean afterStart = parentStart == null || s.compareTo(parentStart) >= 0;
      boolean startBeforeEnd = parentEnd == null || s.compareTo(parentEnd) <= 0;
      boolean endBeforeEnd = parentEnd == null || !isDay(end) || end.substring(0, 10).compareTo(parentEnd) <= 0;
      return afterStart && startBeforeEnd && endBeforeEnd;
    }

    /** The day (yyyy-MM-dd) of a column of the row the check's foreign key points at, or null. */
    private String parentDay(Check.CrossTable c, String column) {
      String key = cell(c.via());
      Field via = t.field(c.via()).orElseThrow();
      Table parent = spec.table(via.references().table()).orElseThrow();
      int keyAt = parent.fieldNames().indexOf(via.references().field());
      int at = parent.fieldNames().indexOf(column);
      for (String[] p : data.get(parent.name())) {
        if (p[keyAt].equals(key)) {
          return isDay(p[at]) ? p[at].substring(0, 10) : null;
        }
      }
      return null;
    }
  }

  private void overlaps(Table t, List<String[]> rows, List<Check.NoOverlap> periods) {
    for (Check.NoOverlap o : periods) {
      int s = t.fieldNames().indexOf(o.start());
      int e = t.fieldNames().indexOf(o.end());
      Map<List<String>, List<Integer>> groups = new HashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        List<String> g = new ArrayList<>();
        for (String col : o.groupBy()) {
          g.add(rows.get(r)[t.fieldNames().indexOf(col)]);
        }
        // As the validator: a row with an empty grouping column belongs to no group.
        if (g.contains("")) {
          continue;
        }
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
      }
      for (List<Integer> members : groups.values()) {
        for (int x = 0; x < members.size(); x++) {
          for (int y = x + 1; y < members.size(); y++) {
            String[] a = rows.get(members.get(x));
            String[] b = rows.get(members.get(y));
            if (!isDay(a[s]) || !isDay(b[s])) {
              continue;
            }
            String aEnd = a[e].isEmpty() ? "9999" : a[e];
            String bEnd = b[e].isEmpty() ? "9999" : b[e];
            if (a[s].compareTo(bEnd) <= 0 && b[s].compareTo(aEnd) <= 0) {
              add(t, members.get(y) + 1, RuleIds.CHECK);
            }
          }
        }
      }
    }
  }

  private static boolean isDay(String v) {
    return v.length() >= 10 && parses(() -> LocalDate.parse(v.substring(0, 10)));
  }

  private static boolean parses(Runnable r) {
    try {
      r.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void add(Table t, long row, String kind) {
    findings.add(t.name() + "#" + row + ":" + kind);
  }
}
