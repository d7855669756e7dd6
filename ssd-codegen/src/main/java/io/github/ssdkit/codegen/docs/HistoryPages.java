package io.github.ssdkit.codegen.docs;

import static io.github.ssdkit.codegen.docs.Page.a;
import static io.github.ssdkit.codegen.docs.Page.esc;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.diff.Impact;
import io.github.ssdkit.spec.diff.SpecDiff;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decisions page and the changelog page, and the short lists of both that the pages of
 * tables, columns, checks and code sets carry, each entry linked to the other side.
 */
final class HistoryPages {

  static final String DECISIONS = "decisions.html";
  static final String CHANGELOG = "changelog.html";

  private HistoryPages() {}

  /** Every decision, its cells as written, and the items it touches. */
  static String decisions(Spec spec, History history) {
    Page p = new Page(spec, "Decisions", 0);
    p.el("h1", "Decisions");
    p.para("Where the upstream SSD reference data was inconsistent, incomplete or ambiguous, the spec settles it. "
        + "Each decision is one row; the items it touches link back here.");
    if (history.decisions.rows().isEmpty()) {
      p.para("This build carries no decisions page.");
      return p.render();
    }
    p.raw("<table class=\"decisions\">\n<caption>The decisions of the spec, by number</caption>\n<thead><tr>"
        + "<th scope=\"col\">#</th><th scope=\"col\">Item</th><th scope=\"col\">Reference says</th>"
        + "<th scope=\"col\">Spec says</th><th scope=\"col\">Why</th><th scope=\"col\">Touches</th></tr></thead>\n<tbody>\n");
    for (int d : history.decisions.rows().keySet()) {
      List<String> cells = history.decisions.cells(d);
      p.raw("<tr id=\"" + History.decisionId(d) + "\"><th scope=\"row\">" + d + "</th>");
      for (int i = 0; i < 4; i++) {
        p.raw("<td>" + (i < cells.size() ? inline(cells.get(i), history, p) : "") + "</td>");
      }
      Map<String, String> items = history.itemsOf(d);
      p.raw("<td>" + items.entrySet().stream().map(e -> a(p.link(e.getKey()), e.getValue()))
          .collect(Collectors.joining(", ")) + "</td></tr>\n");
    }
    p.raw("</tbody>\n</table>\n");
    return p.render();
  }

  /** Every change from each release to the next, newest first, classed as the spec diff classes it. */
  static String changelog(Spec spec, History history) {
    Page p = new Page(spec, "Changelog", 0);
    p.el("h1", "Changelog");
    p.para("What changed in the spec from each released version to the next, as ssd spec diff classes it: "
        + "breaking for data, breaking for code, compatible, or documentation only. Each change links to the "
        + "item it touches, and the item's page links back here.");
    if (history.releases.isEmpty()) {
      p.para("No released version is older than " + spec.version() + ", so there is nothing to compare it with.");
      return p.render();
    }
    for (History.Release r : history.releases) {
      p.raw("<h2 id=\"" + esc(r.id()) + "\">" + esc(r.to()) + " <span class=\"count\">(from " + esc(r.from()) + ", "
          + r.entries().size() + " changes)</span></h2>\n");
      SpecDiff diff = new SpecDiff(r.from(), r.to(), r.entries().stream().map(History.Entry::change).toList());
      for (Impact impact : Impact.values()) {
        List<History.Entry> of = r.entries().stream().filter(e -> e.change().impact() == impact).toList();
        if (of.isEmpty()) {
          continue;
        }
        p.raw("<h3>" + esc(impact.heading()) + " <span class=\"count\">(" + of.size() + ")</span></h3>\n");
        p.raw("<table class=\"changes\">\n<caption>" + esc(impact.heading()) + ", " + esc(r.from()) + " to "
            + esc(r.to()) + "</caption>\n<thead><tr><th scope=\"col\">Subject</th><th scope=\"col\">Change</th>"
            + "<th scope=\"col\">Values</th><th scope=\"col\">Why it is classed so</th></tr></thead>\n<tbody>\n");
        for (History.Entry e : of) {
          p.raw("<tr id=\"" + esc(e.id()) + "\"><th scope=\"row\">"
              + e.item().map(i -> a(p.link(i), e.change().subject())).orElse(esc(e.change().subject()))
              + "</th><td><code>" + esc(e.change().kind()) + "</code></td><td>" + esc(e.change().values())
              + "</td><td>" + esc(e.change().reason()) + "</td></tr>\n");
        }
        p.raw("</tbody>\n</table>\n");
      }
      diff.requiredBump().ifPresent(b -> p.para("These changes need at least a " + b.id() + " version step."));
    }
    history.first.ifPresent(v -> p.raw("<h2 id=\"v-" + esc(v) + "\">" + esc(v) + "</h2>\n<p>The first release this "
        + "history starts from.</p>\n"));
    return p.render();
  }

  /**
   * The decisions and changes that touch one item, as one short line of links for its page, or
   * empty when there are none. {@code page} is the page the line goes on.
   */
  static String refs(History history, String item, Page page) {
    Set<Integer> decisions = history.decisionsOf(item);
    List<History.Entry> changes = history.changesOf(item);
    if (decisions.isEmpty() && changes.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<p class=\"history\">");
    if (!decisions.isEmpty()) {
      b.append(decisions.size() == 1 ? "Decision " : "Decisions ").append(decisions.stream()
          .map(d -> a(page.link(DECISIONS + "#" + History.decisionId(d)), String.valueOf(d)))
          .collect(Collectors.joining(", ")));
    }
    if (!changes.isEmpty()) {
      b.append(decisions.isEmpty() ? "" : ". ").append("Changed in ").append(esc(history.newestRelease().orElse("")))
          .append(": ").append(changes.stream().map(e -> a(page.link(CHANGELOG + "#" + e.id()), e.change().kind()))
          .collect(Collectors.joining(", ")));
    }
    return b.append(".</p>").toString();
  }

  /** A cell of Markdown as the decisions page writes it: code spans as code, names of items linked. */
  private static String inline(String markdown, History history, Page page) {
    StringBuilder b = new StringBuilder();
    String[] parts = markdown.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      String linked = history.linked(esc(parts[i].replace("**", "")), page);
      b.append(i % 2 == 1 && i < parts.length - 1 ? "<code>" + linked + "</code>" : linked);
    }
    return b.toString();
  }
}
