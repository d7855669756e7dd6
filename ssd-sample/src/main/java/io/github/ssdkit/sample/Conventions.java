package io.github.ssdkit.sample;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statutory returns' conventions the spec cannot state (a return's typical practice, not a
 * rule of the data), read from {@value #RESOURCE}: one directive a line naming spec columns as
 * {@code table.column} and codes. Lines about a table the spec lacks are left out, so a custom spec
 * still generates; {@link #lint} names every other name the spec lacks, by line.
 */
final class Conventions {

  static final String RESOURCE = "ssd/sample/conventions.txt";
  /** Said in place of a date column, where an age is taken on the extract date. */
  static final String EXTRACT_DATE = "extract-date";

  private final Map<String, TableConventions> byTable = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private Conventions() {}

  /** The bundled conventions applied to a spec. */
  static Conventions bundled(Spec spec) {
    return parse(read(), spec);
  }

  /** The problems of the bundled conventions against a spec: each a line number and its cause. */
  static List<String> lint(Spec spec) {
    return bundled(spec).problems();
  }

  /** Each directive the spec cannot take, as a line number and its cause; empty when all apply. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** The conventions of a table; {@link TableConventions#NONE} for a table none names. */
  TableConventions of(Table t) {
    return byTable.getOrDefault(t.name(), TableConventions.NONE);
  }

  static Conventions parse(String text, Spec spec) {
    Conventions out = new Conventions();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String problem = out.add(line.split("\\s+"), spec);
      if (problem != null) {
        out.problems.add(RESOURCE + " line " + (n + 1) + ": " + problem);
      }
    }
    return out;
  }

  /** Adds one directive; the cause when it names something the spec lacks or is malformed. */
  private String add(String[] w, Spec spec) {
    if (w.length < 2 || w[1].indexOf('.') < 0) {
      return "expected a directive and a table.column, got '" + String.join(" ", w) + "'";
    }
    String tableName = w[1].substring(0, w[1].indexOf('.'));
    Table table = spec.table(tableName).orElse(null);
    if (table == null) {
      return "the spec has no table " + tableName;
    }
    TableConventions tc = byTable.computeIfAbsent(tableName, k -> new TableConventions(table));
    int col = column(table, w[1]);
    if (col < 0) {
      return tableName + " has no column " + w[1].substring(w[1].indexOf('.') + 1);
    }
    Field f = table.fields().get(col);
    List<String> args = Arrays.asList(w).subList(2, w.length);
    switch (w[0]) {
      case "empty" -> {
        if (f.required() || table.primaryKey().contains(f.name())) {
          return w[1] + " is required, so it cannot be left empty";
        }
        tc.empty[col] = true;
      }
      case "filled" -> tc.filled[col] = true;
      case "open-last" -> tc.openLast[col] = true;
      case "distinct" -> tc.distinct[col] = true;
      case "only", "never" -> {
        String bad = codes(spec, f, args);
        if (bad != null) {
          return bad;
        }
        // A second line on the same column adds to the first.
        if (w[0].equals("only")) {
          tc.only[col] = joined(tc.only[col], args);
        } else {
          tc.never[col] = joined(tc.never[col], args);
        }
      }
      case "one-of" -> {
        int other = args.size() == 1 ? column(table, args.get(0)) : -1;
        if (other < 0) {
          return "one-of needs a second column of " + tableName;
        }
        tc.oneOf[col] = other;
        tc.oneOf[other] = col;
      }
      case "at-most" -> {
        if (args.size() != 1 || !args.get(0).matches("\\d+(\\.\\d+)?")) {
          return "at-most needs one number";
        }
        tc.atMost[col] = new BigDecimal(args.get(0));
      }
      case "until-age" -> {
        if (args.size() != 1 || !args.get(0).matches("\\d{1,2}") || !f.type().isTemporal()) {
          return "until-age needs a date column and an age in years";
        }
        tc.untilAge[col] = Integer.parseInt(args.get(0));
      }
      case "never-for" -> {
        int dot = args.size() >= 3 ? args.get(1).indexOf('.') : -1;
        Table other = dot < 0 ? null : spec.table(args.get(1).substring(0, dot)).orElse(null);
        int at = other == null ? -1 : column(other, args.get(1));
        if (at < 0) {
          return "never-for needs a code, another table's coded column and its codes";
        }
        List<String> codes = args.subList(2, args.size());
        String bad = codes(spec, f, List.of(args.get(0)));
        bad = bad != null ? bad : codes(spec, other.fields().get(at), codes);
        if (bad != null) {
          return bad;
        }
        tc.neverFor.add(new TableConventions.NeverFor(col, args.get(0), other.name(), at,
            spellings(spec, other.fields().get(at), codes)));
      }
      case "from-age" -> {
        if (args.size() != 1 || !args.get(0).matches("\\d{1,2}") || !f.type().isTemporal()) {
          return "from-age needs a date column and an age in years";
        }
        tc.fromAge[col] = Integer.parseInt(args.get(0));
      }
      case "ages" -> {
        boolean atExtract = args.size() >= 3 && args.get(0).equals(EXTRACT_DATE);
        int date = args.size() >= 3 && !atExtract ? column(table, args.get(0)) : -1;
        if (date < 0 && !atExtract || !args.get(1).matches("\\d{1,2}-\\d{1,2}")) {
          return "ages needs a date column of " + tableName + " (or " + EXTRACT_DATE + "), an age range such as 0-3 and codes";
        }
        List<String> codes = args.subList(2, args.size());
        String bad = codes(spec, f, codes);
        if (bad != null) {
          return bad;
        }
        String[] range = args.get(1).split("-");
        tc.ages.add(new TableConventions.AgeCodes(col, date, Integer.parseInt(range[0]),
            Integer.parseInt(range[1]), Set.copyOf(codes)));
      }
      case "empty-when" -> {
        int when = args.size() >= 2 ? column(table, args.get(0)) : -1;
        if (when < 0) {
          return "empty-when needs a coded column of " + tableName + " and codes";
        }
        List<String> codes = args.subList(1, args.size());
        String bad = codes(spec, table.fields().get(when), codes);
        if (bad != null) {
          return bad;
        }
        tc.emptyWhen.add(new TableConventions.EmptyWhen(col, when, spellings(spec, table.fields().get(when), codes)));
      }
      case "rows-for" -> {
        Table other = args.size() == 1 ? spec.table(args.get(0)).orElse(null) : null;
        if (other == null || f.references() == null) {
          return "rows-for needs a column pointing at the person and a table of the spec";
        }
        tc.rowsFor = other.name();
      }
      case "within" -> {
        int dot = args.size() == 2 ? args.get(0).indexOf('.') : -1;
        Table other = dot < 0 ? null : spec.table(args.get(0).substring(0, dot)).orElse(null);
        int start = other == null ? -1 : column(other, args.get(0));
        int end = other == null ? -1 : column(other, args.get(1));
        if (start < 0 || end < 0 || !f.type().isTemporal()) {
          return "within needs a date column and another table's start and end columns";
        }
        tc.within = new TableConventions.Within(col, other.name(), start, end);
      }
      case "takes-over" -> {
        int end = args.size() == 3 ? column(table, args.get(0)) : -1;
        int dot = end < 0 ? -1 : args.get(1).indexOf('.');
        Table other = dot < 0 ? null : spec.table(args.get(1).substring(0, dot)).orElse(null);
        int otherStart = other == null ? -1 : column(other, args.get(1));
        int otherEnd = other == null ? -1 : column(other, args.get(2));
        if (otherStart < 0 || otherEnd < 0 || other == table || !f.type().isTemporal()
            || !table.fields().get(end).type().isTemporal() || !other.fields().get(otherStart).type().isTemporal()
            || !other.fields().get(otherEnd).type().isTemporal()) {
          return "takes-over needs this table's start and end dates and another table's start and end dates";
        }
        tc.takesOver = new TableConventions.TakesOver(col, end, other.name(), otherStart, otherEnd,
            other.fields().get(otherEnd).type());
      }
      case "done-by" -> {
        int end = args.size() == 4 ? column(table, args.get(0)) : -1;
        int via = end < 0 ? -1 : column(table, args.get(1));
        int dot = via < 0 ? -1 : args.get(2).indexOf('.');
        Table other = dot < 0 ? null : spec.table(args.get(2).substring(0, dot)).orElse(null);
        int otherEnd = other == null ? -1 : column(other, args.get(2));
        int otherVia = other == null ? -1 : column(other, args.get(3));
        if (otherEnd < 0 || otherVia < 0 || table.fields().get(via).references() == null
            || !table.fields().get(via).references().equals(other.fields().get(otherVia).references())) {
          return "done-by needs this table's start, end and reference, and another table's date and "
              + "reference to the same rows";
        }
        tc.doneBy = new TableConventions.DoneBy(col, end, via, other.name(), otherEnd, otherVia);
      }
      case "unlike" -> {
        int dot = args.size() == 1 ? args.get(0).indexOf('.') : -1;
        Table other = dot < 0 ? null : spec.table(args.get(0).substring(0, dot)).orElse(null);
        int at = other == null ? -1 : column(other, args.get(0));
        if (at < 0 || other == table) {
          return "unlike needs another table's column";
        }
        tc.unlike[col] = new TableConventions.Unlike(other.name(), at);
      }
      case "since" -> {
        if (args.size() != 1 || !args.get(0).matches("\\d{1,4}") || !f.type().isTemporal()) {
          return "since needs a date column and a number of days";
        }
        tc.sinceDays[col] = Integer.parseInt(args.get(0));
      }
      case "same-day", "day-after" -> {
        int via = args.size() == 2 ? column(table, args.get(0)) : -1;
        Field ref = via < 0 ? null : table.fields().get(via);
        Table parent = ref == null || ref.references() == null ? null : spec.table(ref.references().table()).orElse(null);
        int at = parent == null ? -1 : column(parent, args.get(1));
        if (at < 0 || !f.type().isTemporal()) {
          return w[0] + " needs a date column, a column of " + tableName + " pointing at another table, and that table's date";
        }
        (w[0].equals("same-day") ? tc.sameDays : tc.daysAfter).add(new TableConventions.SameDay(col, via, at));
      }
      case "followed-by" -> {
        int dot = args.size() == 1 ? args.get(0).indexOf('.') : -1;
        Table other = dot < 0 ? null : spec.table(args.get(0).substring(0, dot)).orElse(null);
        int at = other == null ? -1 : column(other, args.get(0));
        if (at < 0 || f.references() == null
            || !f.references().equals(other.fields().get(at).references())) {
          return "followed-by needs a reference and another table's reference to the same rows";
        }
        tc.followedBy[col] = new TableConventions.FollowedBy(other.name(), at);
      }
      case "latest-when-open" -> {
        if (f.references() == null) {
          return "latest-when-open needs a column pointing at another table";
        }
        tc.latestWhenOpen[col] = true;
      }
      case "at-start", "after-start" -> {
        if (!f.type().isTemporal()) {
          return w[0] + " needs a date column";
        }
        (w[0].equals("at-start") ? tc.atStart : tc.afterStart)[col] = true;
      }
      case "only-with", "never-with" -> {
        int other = args.size() >= 3 ? column(table, args.get(1)) : -1;
        if (other < 0) {
          return w[0] + " needs a code, a coded column of " + tableName + " and its codes";
        }
        List<String> codes = args.subList(2, args.size());
        String bad = codes(spec, f, List.of(args.get(0)));
        bad = bad != null ? bad : codes(spec, table.fields().get(other), codes);
        if (bad != null) {
          return bad;
        }
        tc.codeWith.add(new TableConventions.CodeWith(col, args.get(0), other,
            spellings(spec, table.fields().get(other), codes), w[0].equals("only-with")));
      }
      default -> {
        return "unknown directive " + w[0];
      }
    }
    return null;
  }

  private static List<String> joined(List<String> before, List<String> more) {
    List<String> out = new ArrayList<>(before == null ? List.of() : before);
    out.addAll(more);
    return List.copyOf(out);
  }

  /** The column's position, from {@code table.column} or a bare column name; -1 when absent. */
  private static int column(Table table, String name) {
    String bare = name.substring(name.indexOf('.') + 1);
    if (name.indexOf('.') >= 0 && !name.startsWith(table.name() + ".")) {
      return -1;
    }
    return table.fieldNames().indexOf(bare);
  }

  /** Null when every code is in the column's code set (any text for a column without one). */
  private static String codes(Spec spec, Field f, List<String> codes) {
    if (codes.isEmpty()) {
      return "no codes given for " + f.name();
    }
    if (f.codeSet() == null) {
      return null;
    }
    CodeSet set = spec.codeSet(f.codeSet()).orElse(null);
    for (String c : codes) {
      if (set == null || set.find(c).isEmpty()) {
        return "code " + c + " is not in " + f.name() + "'s code set " + f.codeSet();
      }
    }
    return null;
  }

  /** The codes with every other spelling their set accepts, as a written cell may hold either. */
  private static Set<String> spellings(Spec spec, Field f, List<String> codes) {
    Set<String> out = new HashSet<>(codes);
    if (f.codeSet() == null) {
      return Set.copyOf(out);
    }
    spec.codeSet(f.codeSet()).ifPresent(set -> codes.forEach(c -> set.find(c).ifPresent(v -> out.addAll(v.aliases()))));
    return Set.copyOf(out);
  }

  private static String read() {
    try (InputStream in = Conventions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the ssd-sample jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
