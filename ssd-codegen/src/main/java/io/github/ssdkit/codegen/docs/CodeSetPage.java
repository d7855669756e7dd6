package io.github.ssdkit.codegen.docs;

import static io.github.ssdkit.codegen.docs.Page.a;
import static io.github.ssdkit.codegen.docs.Page.esc;

import io.github.ssdkit.codegen.docs.CrossReferences.ColumnRef;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.Spec;
import java.util.List;

/** The page of one code set: every code with its label, aliases and withdrawal, and the columns that use it. */
final class CodeSetPage {

  private CodeSetPage() {}

  static String render(Spec spec, CrossReferences refs, History history, CodeSet c) {
    Page p = new Page(spec, c.id(), 1);
    p.el("h1", c.title().isEmpty() ? c.id() : c.title() + " (" + c.id() + ")").para(c.description());
    if (!spec.origins().codeSet(c.id()).isCore()) {
      p.raw("<p class=\"notes\">" + esc(spec.origins().codeSet(c.id()).localNote()) + "</p>\n");
    }
    p.raw("<dl class=\"facts\">\n<dt>Id</dt><dd><code>" + esc(c.id()) + "</code></dd>\n")
        .raw("<dt>Source</dt><dd>" + esc(String.join(", ", c.source())) + "</dd>\n")
        .raw("<dt>Edition</dt><dd>" + esc(c.version()) + "</dd>\n")
        .raw("<dt>Status</dt><dd>" + esc(c.status().specName()) + (c.since().isEmpty() ? "" : ", since " + esc(c.since())) + "</dd>\n")
        .raw("<dt>Local codes</dt><dd>" + localCodes(c) + "</dd>\n")
        .raw("<dt>Codes</dt><dd>" + c.values().size() + "</dd>\n</dl>\n")
        .raw(HistoryPages.refs(history, "codesets/" + c.id() + ".html", p));
    if (!c.notes().isBlank()) {
      p.raw("<p class=\"notes\"><strong>Notes.</strong> ").text(c.notes().strip()).raw("</p>\n");
    }
    p.el("h2", "Codes");
    p.raw("<table class=\"codes\">\n<caption>The codes of " + esc(c.id()) + ", in published order</caption>\n<thead><tr>"
        + "<th scope=\"col\">Code</th><th scope=\"col\">Label</th><th scope=\"col\">Also accepted</th>"
        + "<th scope=\"col\">Status</th></tr></thead>\n<tbody>\n");
    for (CodeValue v : c.values()) {
      p.raw("<tr id=\"" + valueId(v.code()) + "\"" + (v.isWithdrawn() ? " class=\"withdrawn\"" : "") + "><th scope=\"row\"><code>"
          + esc(v.code()) + "</code>" + Page.localTag(spec.origins().code(c.id(), v.code())) + "</th><td>"
          + esc(v.label())
          + (v.description().isBlank() ? "" : "<br><span class=\"guidance\">" + esc(v.description().strip()) + "</span>")
          + "</td><td>" + esc(String.join(", ", v.aliases())) + "</td><td>"
          + (v.isWithdrawn() ? "withdrawn " + esc(v.withdrawn().toString()) : "")
          + (v.status() == Lifecycle.RELEASED ? "" : (v.isWithdrawn() ? "; " : "") + esc(v.status().specName())
              + (v.since().isEmpty() ? "" : " since " + esc(v.since())))
          + HistoryPages.refs(history, "codesets/" + c.id() + ".html#" + valueId(v.code()), p)
          + "</td></tr>\n");
    }
    p.raw("</tbody>\n</table>\n");
    p.el("h2", "Used by");
    List<ColumnRef> users = refs.usersOf(c.id());
    if (users.isEmpty()) {
      p.para("No column uses this code set.");
    } else {
      p.raw("<ul>\n");
      users.forEach(u -> p.raw("<li>" + a(p.link(u.href()), u.label()) + "</li>\n"));
      p.raw("</ul>\n");
    }
    return p.render();
  }

  /** The fragment id of a code's row: {@code v-} and the code, any character outside letters, digits, '-' and '_' as '_'. */
  static String valueId(String code) {
    return "v-" + code.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /**
   * What an authority may add to the set: any code ({@code extensible}), only codes of the set's
   * {@code local_codes} pattern (gender's 10-99), or nothing. Overlays follow the same rule.
   */
  private static String localCodes(CodeSet c) {
    if (c.extensible()) {
      return "an authority may add its own";
    }
    if (c.localCodes() != null) {
      return "an authority may add its own that match <code>" + esc(c.localCodes()) + "</code>";
    }
    return "not allowed";
  }
}
