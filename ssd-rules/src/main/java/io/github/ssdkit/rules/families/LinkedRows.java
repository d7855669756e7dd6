package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Whether rows of other tables link to a row: a referral marked no further action may have none
 * ({@link #forbidden}), a closure after assessment needs one ({@link #required}). Each linked table
 * is given as a table and the column holding the parent's id.
 */
public final class LinkedRows implements RuleLogic {

  /** A table whose rows link to the parent through a column. */
  public record Link(String table, String column) {}

  private final String table;
  private final String id;
  private final String field;
  private final BiPredicate<Frame, Integer> applies;
  private final List<Link> links;
  private final boolean mustExist;
  private final String what;

  private LinkedRows(String table, String id, String field, BiPredicate<Frame, Integer> applies, List<Link> links,
      boolean mustExist, String what) {
    this.table = table;
    this.id = id;
    this.field = field;
    this.applies = applies;
    this.links = List.copyOf(links);
    this.mustExist = mustExist;
    this.what = what;
  }

  /**
   * Rows for which {@code applies} holds may have no linked row in any of the links.
   *
   * @param table the parent table
   * @param id its id column
   * @param field the field the issue points at (the one that makes the rule apply)
   * @param applies which parent rows the rule is about
   * @param links the linked tables
   * @param what what such a parent is ("a referral marked no further action")
   * @return the rule
   */
  public static LinkedRows forbidden(String table, String id, String field, BiPredicate<Frame, Integer> applies,
      List<Link> links, String what) {
    return new LinkedRows(table, id, field, applies, links, false, what);
  }

  /** Rows for which {@code applies} holds need at least one linked row in one of the links. */
  public static LinkedRows required(String table, String id, String field, BiPredicate<Frame, Integer> applies,
      List<Link> links, String what) {
    return new LinkedRows(table, id, field, applies, links, true, what);
  }

  private String linkColumn(Frame g) {
    return links.stream().filter(l -> l.table().equals(g.table())).findFirst().orElseThrow().column();
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    List<Map<String, List<Integer>>> linked = links.stream().map(l -> in.table(l.table())).map(g -> g.groupBy(linkColumn(g), in.rows(g))).toList();
    for (int i : in.rows(f)) {
      String key = f.text(id, i);
      if (key == null || !applies.test(f, i)) {
        continue;
      }
      StringBuilder found = new StringBuilder();
      for (int l = 0; l < links.size(); l++) {
        List<Integer> rows = linked.get(l).get(key);
        if (rows != null) {
          Frame g = in.table(links.get(l).table());
          found.append(found.length() == 0 ? "" : ", ").append(g.describe(rows.get(0)));
          if (rows.size() > 1) {
            found.append(" and ").append(rows.size() - 1).append(" more");
          }
        }
      }
      if (mustExist && found.length() == 0) {
        out.at(f, i, field, what + " needs a linked row in "
            + String.join(" or ", links.stream().map(Link::table).toList()) + ", and has none");
      } else if (!mustExist && found.length() > 0) {
        out.at(f, i, field, what + " may have no linked rows, but has " + found);
      }
    }
  }
}
