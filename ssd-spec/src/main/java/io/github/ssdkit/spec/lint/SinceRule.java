package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code since} is a version such as {@code 1.0.0}, no later than the spec's own version (a
 * table or column cannot have appeared in a release still to come), and a column does not predate
 * its table. A proposed item with a later {@code since} is only warned about. A column without its own {@code since} takes its table's and is not reported again.
 */
final class SinceRule implements LintRule {

  private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(-[0-9A-Za-z.-]+)?");

  @Override
  public List<SpecProblem> check(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    int[] current = parse(spec.version());
    for (Table table : spec.tables()) {
      if (!spec.origins().table(table.name()).isCore()) {
        continue; // an overlay's since counts the overlay's versions, not the core's
      }
      int[] tableSince = check("table " + table.name(), table.since(), current, spec.version(), table, null, out);
      for (Field f : table.fields()) {
        if (f.since().equals(table.since()) || !spec.origins().column(table.name(), f.name()).isCore()) {
          continue; // inherited, or the same as the table's: reported with the table if wrong
        }
        int[] since = check("column " + table.name() + "." + f.name(), f.since(), current, spec.version(), table, f, out);
        if (since != null && tableSince != null && compare(since, tableSince) < 0) {
          out.add(SpecProblem.error("lint.since.order", f.location(), "column " + table.name() + "." + f.name()
              + " has since " + f.since() + ", earlier than its table's " + table.since()
              + "; a column cannot appear before its table"));
        }
      }
    }
    return out;
  }

  private static int[] check(String what, String since, int[] current, String version, Table table, Field field,
      List<SpecProblem> out) {
    if (since.isEmpty()) {
      return null;
    }
    var at = field == null ? table.location() : field.location();
    int[] v = parse(since);
    if (v == null) {
      out.add(SpecProblem.error("lint.since.version", at, what + " has since '" + since
          + "', which is not a version such as 1.0.0"));
    } else if (current != null && compare(v, current) > 0) {
      Lifecycle status = field == null ? table.status() : field.status();
      if (status == Lifecycle.PROPOSED) {
        out.add(SpecProblem.warning("lint.since.future", at, what + " is proposed with since " + since
            + ", later than this spec's version " + version + "; since is the version it appeared in, " + version
            + " at the latest"));
      } else {
        out.add(SpecProblem.error("lint.since.future", at, what + " is " + status.specName() + " with since " + since
            + ", later than this spec's version " + version + "; it cannot have appeared in a release still to come"));
      }
    }
    return v;
  }

  private static int[] parse(String version) {
    Matcher m = SEMVER.matcher(version);
    if (!m.matches()) {
      return null;
    }
    try {
      return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    } catch (NumberFormatException e) {
      return null; // more digits than an int holds
    }
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
