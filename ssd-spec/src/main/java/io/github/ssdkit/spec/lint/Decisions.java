package io.github.ssdkit.spec.lint;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered decisions of {@code docs/decisions.md}, as the text of each table row, and the
 * decision numbers a note cites ("decision 42", "decisions 27, 54 and 107").
 */
public final class Decisions {

  private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|(.*)$", Pattern.MULTILINE);
  private static final Pattern CITE =
      Pattern.compile("[Dd]ecisions?\\s+(\\d+(?:\\s*(?:,|and|&)\\s*\\d+)*)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final Map<Integer, String> rows;

  private Decisions(Map<Integer, String> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** Reads the rows {@code | N | ... |} of a decisions page; other lines are ignored. */
  public static Decisions parse(String markdown) {
    Map<Integer, String> rows = new TreeMap<>();
    Matcher m = ROW.matcher(markdown);
    while (m.find()) {
      rows.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    return new Decisions(rows);
  }

  /** Decision number to the rest of its row, in number order. */
  public Map<Integer, String> rows() {
    return rows;
  }

  /** Whether the decision's row names {@code name} as a whole word (not part of a longer name). */
  public boolean names(int decision, String name) {
    String text = rows.get(decision);
    return text != null && Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(name) + "(?![A-Za-z0-9_-])")
        .matcher(text).find();
  }

  /** The decision numbers {@code notes} cites. */
  public static Set<Integer> citedBy(String notes) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = CITE.matcher(notes);
    while (m.find()) {
      Matcher n = NUMBER.matcher(m.group(1));
      while (n.find()) {
        out.add(Integer.parseInt(n.group()));
      }
    }
    return out;
  }
}
