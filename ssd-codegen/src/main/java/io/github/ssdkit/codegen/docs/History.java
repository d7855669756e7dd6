package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.diff.Change;
import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.diff.SpecDiff;
import io.github.ssdkit.spec.diff.SpecDiffer;
import io.github.ssdkit.spec.lint.Decisions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's decisions and its changelog, tied both ways to the items of the spec they touch.
 *
 * <p>An item is named by its page address from the site's root ({@code tables/ssd_person.html},
 * {@code tables/ssd_person.html#c-pers_dob}, {@code tables/ssd_person.html#k-birth-before-death},
 * {@code codesets/gender.html}, {@code codesets/gender.html#v-09}), so a back-link is that address.
 * A decision touches an item when the item's notes cite it ("decision 42") or when the decision's
 * row names a table or column of the spec as a whole word. The changelog is the spec diff between
 * each released version and the next, the spec itself last; each change touches the item its
 * subject names, when the item still exists.
 */
final class History {

  /** One change of the changelog, with its fragment id on the changelog page and the item it touches. */
  record Entry(String id, Change change, Optional<String> item) {}

  /** The changes from one version to the next. */
  record Release(String from, String to, List<Entry> entries) {
    String id() {
      return "v-" + to;
    }
  }

  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)?");
  private static final Pattern SUBJECT = Pattern.compile("^(table|column|check|code set|code) ([^ .]+)(?:\\.([^ .]+))?");

  final Decisions decisions;
  /** Newest first. */
  final List<Release> releases;
  /** The first version the history starts from, or empty when no released version is older than the spec. */
  final Optional<String> first;
  private final Map<Integer, SortedMap<String, String>> itemsOfDecision = new TreeMap<>();
  private final Map<String, SortedSet<Integer>> decisionsOfItem = new HashMap<>();
  private final Map<String, List<Entry>> changesOfItem = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> columnOwner = new HashMap<>();

  /**
   * @param spec the spec the site describes
   * @param decisions its decisions page
   * @param released the released specs, in any order; those newer than {@code spec} are left out
   */
  History(Spec spec, Decisions decisions, List<Spec> released) {
    this.decisions = decisions;
    index(spec);
    for (Table t : spec.tables()) {
      cite(t.notes(), href(t));
      t.fields().forEach(f -> cite(f.notes(), href(t, f)));
      t.checks().forEach(c -> cite(c.notes(), href(t, c)));
    }
    for (CodeSet c : spec.codeSets()) {
      cite(c.notes(), "codesets/" + c.id() + ".html");
    }
    for (int d : decisions.rows().keySet()) {
      Matcher m = WORD.matcher(decisions.rows().get(d));
      while (m.find()) {
        resolve(m.group()).ifPresent(item -> link(d, item));
      }
    }
    List<Spec> chain = chain(spec, released);
    first = chain.size() > 1 ? Optional.of(chain.get(0).version()) : Optional.empty();
    List<Release> out = new ArrayList<>();
    for (int i = chain.size() - 1; i > 0; i--) {
      SpecDiff diff = SpecDiffer.diff(chain.get(i - 1), chain.get(i));
      List<Entry> entries = new ArrayList<>();
      for (Change c : diff.changes()) {
        Entry e = new Entry("ch-" + diff.newVersion() + "-" + (entries.size() + 1), c,
            i == chain.size() - 1 ? subject(c.subject()) : Optional.empty());
        entries.add(e);
        e.item().ifPresent(item -> changesOfItem.computeIfAbsent(item, k -> new ArrayList<>()).add(e));
      }
      out.add(new Release(diff.oldVersion(), diff.newVersion(), List.copyOf(entries)));
    }
    releases = List.copyOf(out);
  }

  /** The released specs older than {@code spec}, oldest first, then {@code spec}. */
  private static List<Spec> chain(Spec spec, List<Spec> released) {
    Optional<SemVer> current = SemVer.parse(spec.version());
    List<Spec> chain = new ArrayList<>();
    if (current.isPresent()) {
      released.stream()
          .filter(r -> SemVer.parse(r.version()).filter(v -> v.compareTo(current.get()) < 0).isPresent())
          .sorted(Comparator.comparing(r -> SemVer.parse(r.version()).orElseThrow()))
          .forEach(chain::add);
    }
    chain.add(spec);
    return chain;
  }

  static String href(Table t) {
    return "tables/" + t.name() + ".html";
  }

  static String href(Table t, Field f) {
    return href(t) + "#c-" + f.name();
  }

  static String href(Table t, Check c) {
    return href(t) + "#k-" + c.id();
  }

  private void index(Spec spec) {
    for (Table t : spec.tables()) {
      labels.put(href(t), t.name());
      for (Field f : t.fields()) {
        labels.put(href(t, f), t.name() + "." + f.name());
        // a column name given alone names the column only when one table has it
        columnOwner.merge(f.name(), href(t, f), (a, b) -> "");
      }
      t.checks().forEach(c -> labels.put(href(t, c), "check " + t.name() + "." + c.id()));
    }
    for (CodeSet c : spec.codeSets()) {
      labels.put("codesets/" + c.id() + ".html", "code set " + c.id());
      for (CodeValue v : c.values()) {
        labels.put("codesets/" + c.id() + ".html#" + CodeSetPage.valueId(v.code()), "code " + c.id() + "." + v.code());
      }
    }
  }

  /** The item a word of a decision's row names: a table, {@code table.column}, or a column only one table has. */
  private Optional<String> resolve(String word) {
    int dot = word.indexOf('.');
    if (dot > 0) {
      String item = "tables/" + word.substring(0, dot) + ".html#c-" + word.substring(dot + 1);
      if (labels.containsKey(item)) {
        return Optional.of(item);
      }
      word = word.substring(0, dot);
    }
    String table = "tables/" + word + ".html";
    if (labels.containsKey(table)) {
      return Optional.of(table);
    }
    String column = columnOwner.getOrDefault(word, "");
    return column.isEmpty() ? Optional.empty() : Optional.of(column);
  }

  /** The item a change's subject names, when it is still in the spec. */
  private Optional<String> subject(String subject) {
    Matcher m = SUBJECT.matcher(subject);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(2);
    String part = m.group(3);
    String item = switch (m.group(1)) {
      case "table" -> "tables/" + name + ".html";
      case "column" -> "tables/" + name + ".html#c-" + part;
      case "check" -> "tables/" + name + ".html#k-" + part;
      case "code set" -> "codesets/" + name + ".html";
      default -> part == null ? "" : "codesets/" + name + ".html#" + CodeSetPage.valueId(part);
    };
    return labels.containsKey(item) ? Optional.of(item) : Optional.empty();
  }

  private void cite(String notes, String item) {
    for (int d : Decisions.citedBy(notes)) {
      if (decisions.rows().containsKey(d)) {
        link(d, item);
      }
    }
  }

  private void link(int decision, String item) {
    itemsOfDecision.computeIfAbsent(decision, k -> new TreeMap<>()).put(item, labels.get(item));
    decisionsOfItem.computeIfAbsent(item, k -> new TreeSet<>()).add(decision);
  }

  /** The items a decision touches: address from the site's root to label, in address order. */
  SortedMap<String, String> itemsOf(int decision) {
    return itemsOfDecision.getOrDefault(decision, new TreeMap<>());
  }

  /** The decisions that touch an item, in number order. */
  Set<Integer> decisionsOf(String item) {
    return decisionsOfItem.getOrDefault(item, new TreeSet<>());
  }

  /** The changes of the newest release that touch an item, in changelog order. */
  List<Entry> changesOf(String item) {
    return changesOfItem.getOrDefault(item, List.of());
  }

  /** The version whose changes {@link #changesOf} gives, or empty when there is no older release. */
  Optional<String> newestRelease() {
    return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(0).to());
  }

  /** The label of an item by its address. */
  String label(String item) {
    return labels.getOrDefault(item, item);
  }

  /** Whether an address names an item of the spec. */
  boolean isItem(String item) {
    return labels.containsKey(item);
  }

  /** The fragment id of a decision's row on the decisions page. */
  static String decisionId(int decision) {
    return "d-" + decision;
  }

  /** Links a word of decision text to the item it names, or returns it escaped. */
  String linked(String escapedText, Page page) {
    Matcher m = WORD.matcher(escapedText);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      Optional<String> item = resolve(m.group());
      String word = m.group();
      m.appendReplacement(b, Matcher.quoteReplacement(item.isPresent() && !isEntity(escapedText, m.start())
          ? "<a href=\"" + Page.esc(page.link(item.get())) + "\">" + word + "</a>" : word));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Whether a word starts right after {@code &} or {@code &#} (the name of an entity, such as {@code amp}). */
  private static boolean isEntity(String text, int at) {
    return at > 0 && (text.charAt(at - 1) == '&' || (text.charAt(at - 1) == '#' && at > 1 && text.charAt(at - 2) == '&'));
  }
}
