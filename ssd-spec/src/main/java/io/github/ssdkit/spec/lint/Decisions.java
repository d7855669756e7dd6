package io.github.ssdkit.spec.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered decisions of {@code docs/decisions.md}, as the text of each table row, and the
 * decision numbers a note cites ("decision 42", "decisions 27, 54 and 107"). The page travels
 * inside the ssd-spec jar beside the spec ({@link #bundled()}), so tools can show it without the
 * repository.
 */
public final class Decisions {

  /** Where in the ssd-spec jar the decisions page of the bundled spec is: {@value}. */
  public static final String BUNDLED = "ssd-decisions/decisions.md";

  private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|(.*)$", Pattern.MULTILINE);
  private static final Pattern CITE =
      Pattern.compile("[Dd]ecisions?\\s+(\\d+(?:\\s*(?:,|and|&)\\s*\\d+)*)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final Map<Integer, String> rows;

  private Decisions(Map<Integer, String> rows) {
    this.rows = Collections.unmodifiableMap(rows);
  }

  /**
   * Reads the rows {@code | N | ... |} of a decisions page; other lines are ignored.
   *
   * @param markdown the text of the page
   * @return the decisions found
   */
  public static Decisions parse(String markdown) {
    Map<Integer, String> rows = new TreeMap<>();
    Matcher m = ROW.matcher(markdown);
    while (m.find()) {
      rows.put(Integer.parseInt(m.group(1)), m.group(2));
    }
    return new Decisions(rows);
  }

  /**
   * The decisions of the bundled spec, read from {@link #BUNDLED} on the class path.
   *
   * @return the decisions, or none when the jar does not carry the page (a build without resources)
   */
  public static Decisions bundled() {
    try (InputStream in = Decisions.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      return parse(in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cells of a decision's row, split at the table's bars (a bar escaped as {@code \|} stays in
   * its cell): for {@code docs/decisions.md} the item, what the reference says, what the spec says
   * and why.
   *
   * @param decision a decision number
   * @return the cells, stripped, or an empty list when there is no such decision
   */
  public List<String> cells(int decision) {
    String text = rows.get(decision);
    if (text == null) {
      return List.of();
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString().strip());
    }
    return cells;
  }

  /**
   * Decision number to the rest of its row, in number order.
   *
   * @return the rows, unmodifiable
   */
  public Map<Integer, String> rows() {
    return rows;
  }

  /**
   * Whether the decision's row names {@code name} as a whole word (not part of a longer name).
   *
   * @param decision a decision number
   * @param name a table, column or code set name
   * @return whether the row names it
   */
  public boolean names(int decision, String name) {
    String text = rows.get(decision);
    return text != null && Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(name) + "(?![A-Za-z0-9_-])")
        .matcher(text).find();
  }

  /**
   * The decision numbers {@code notes} cites.
   *
   * @param notes the notes of a table, column, check or code set
   * @return the numbers, in order
   */
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
