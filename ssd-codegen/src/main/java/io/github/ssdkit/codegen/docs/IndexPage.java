package io.github.ssdkit.codegen.docs;

import static io.github.ssdkit.codegen.docs.Page.a;
import static io.github.ssdkit.codegen.docs.Page.esc;

import io.github.ssdkit.codegen.docs.CrossReferences.ColumnRef;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.Map;

/** The site's front page: search, the tables by domain, the columns by statutory return, the code sets. */
final class IndexPage {

  private IndexPage() {}

  static String render(Spec spec, CrossReferences refs) {
    Page p = new Page(spec, "Data dictionary", 0);
    p.el("h1", spec.manifest().name() + " " + spec.version());
    p.raw("<dl class=\"facts\">\n<dt>Status</dt><dd>" + esc(spec.manifest().status()) + "</dd>\n")
        .raw("<dt>Date</dt><dd>" + esc(String.valueOf(spec.manifest().date())) + "</dd>\n")
        .raw("<dt>Upstream model</dt><dd>" + esc(spec.manifest().upstream()) + "</dd>\n")
        .raw("<dt>Tables</dt><dd>" + spec.tables().size() + "</dd>\n")
        .raw("<dt>Code sets</dt><dd>" + spec.codeSets().size() + "</dd>\n</dl>\n");
    p.raw("<h2 id=\"search\">Search</h2>\n<form role=\"search\" onsubmit=\"return false\">"
        + "<label for=\"q\">Tables, columns, items and codes</label> <input type=\"search\" id=\"q\" autocomplete=\"off\" "
        + "placeholder=\"for example pers_dob, PERS005A or Foster placement\"></form>\n"
        + "<p id=\"search-status\" aria-live=\"polite\"></p>\n<ul id=\"results\"></ul>\n"
        + "<noscript><p>Search needs scripts; every table and code set is listed below.</p></noscript>\n");
    p.raw("<h2 id=\"domains\">Tables by domain</h2>\n");
    for (Map.Entry<String, List<Table>> d : refs.tablesByDomain.entrySet()) {
      String domain = d.getKey();
      p.raw("<h3 id=\"domain-" + CrossReferences.slug(domain) + "\">" + esc(domain) + "</h3>\n");
      p.raw("<p>" + a("diagrams.html#d-" + CrossReferences.slug(domain), "Diagram of " + domain) + "</p>\n");
      p.raw("<table class=\"tables\">\n<caption>Tables of the " + esc(domain) + " domain</caption>\n<thead><tr>"
          + "<th scope=\"col\">Table</th><th scope=\"col\">Columns</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
      for (Table t : d.getValue()) {
        p.raw("<tr><th scope=\"row\">" + a("tables/" + t.name() + ".html", t.name())
            + Page.localTag(spec.origins().table(t.name())) + "</th><td class=\"num\">"
            + t.fields().size() + "</td><td>" + esc(t.description()) + "</td></tr>\n");
      }
      p.raw("</tbody>\n</table>\n");
    }
    p.raw("<h2 id=\"returns\">Columns by statutory return</h2>\n<p>Which columns feed each return or local use, "
        + "as the spec records it.</p>\n");
    for (Map.Entry<String, List<ColumnRef>> r : refs.columnsByReturn.entrySet()) {
      p.raw("<h3 id=\"r-" + CrossReferences.slug(r.getKey()) + "\">" + esc(r.getKey()) + " <span class=\"count\">("
          + r.getValue().size() + " columns)</span></h3>\n<ul class=\"columns-list\">\n");
      r.getValue().forEach(c -> p.raw("<li>" + a(c.href(), c.label()) + (c.field().item().isEmpty() ? ""
          : " <span class=\"item\">" + esc(c.field().item()) + "</span>") + "</li>\n"));
      p.raw("</ul>\n");
    }
    p.raw("<h2 id=\"code-sets\">Code sets</h2>\n<table class=\"code-sets\">\n<caption>Every code set, with the "
        + "edition its codes come from</caption>\n<thead><tr><th scope=\"col\">Code set</th><th scope=\"col\">Title</th>"
        + "<th scope=\"col\">Edition</th><th scope=\"col\">Codes</th><th scope=\"col\">Columns</th></tr></thead>\n<tbody>\n");
    for (CodeSet c : spec.codeSets()) {
      p.raw("<tr><th scope=\"row\">" + a("codesets/" + c.id() + ".html", c.id()) + "</th><td>" + esc(c.title()) + "</td><td>"
          + esc(c.version()) + "</td><td class=\"num\">" + c.values().size() + "</td><td class=\"num\">"
          + refs.usersOf(c.id()).size() + "</td></tr>\n");
    }
    p.raw("</tbody>\n</table>\n");
    return p.render("search-index.js", "search.js");
  }
}
