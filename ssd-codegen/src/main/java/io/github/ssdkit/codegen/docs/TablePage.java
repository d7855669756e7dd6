package io.github.ssdkit.codegen.docs;

import static io.github.ssdkit.codegen.docs.Page.a;
import static io.github.ssdkit.codegen.docs.Page.esc;

import io.github.ssdkit.codegen.docs.CrossReferences.ColumnRef;
import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.stream.Collectors;

/** The page of one table: what a row is, every column in full, its checks in words, and its links. */
final class TablePage {

  private TablePage() {}

  static String render(Spec spec, CrossReferences refs, History history, Table t) {
    Page p = new Page(spec, t.name(), 1);
    p.el("h1", t.name()).para(t.description());
    if (!spec.origins().table(t.name()).isCore()) {
      p.raw("<p class=\"notes\">" + esc(spec.origins().table(t.name()).localNote()) + "</p>\n");
    }
    p.raw("<dl class=\"facts\">\n")
        .raw("<dt>Domain</dt><dd>" + a(p.link("index.html#domain-" + CrossReferences.slug(t.domain())), t.domain()) + "</dd>\n")
        .raw("<dt>Primary key</dt><dd>" + t.primaryKey().stream().map(k -> a("#c-" + k, k)).collect(Collectors.joining(", ")) + "</dd>\n")
        .raw("<dt>Status</dt><dd>" + esc(t.status().specName()) + "</dd>\n")
        .raw("<dt>Since</dt><dd>" + esc(t.since()) + "</dd>\n")
        .raw("<dt>Columns</dt><dd>" + t.fields().size() + "</dd>\n</dl>\n")
        .raw(HistoryPages.refs(history, History.href(t), p));
    if (!t.notes().isBlank()) {
      p.raw("<p class=\"notes\"><strong>Notes.</strong> ").text(t.notes().strip()).raw("</p>\n");
    }
    p.raw("<p><a href=\"" + p.link("diagrams.html#d-" + CrossReferences.slug(t.domain())) + "\">Diagram of the "
        + esc(t.domain()) + " domain</a></p>\n");
    columns(p, spec, history, t);
    checks(p, spec, history, t);
    foreignKeys(p, refs, t);
    return p.render();
  }

  /**
   * The share of the page each column of the column table takes: fixed, so that long names,
   * patterns and descriptions wrap inside their cell and the table fits a 1280-pixel screen
   * instead of scrolling sideways.
   */
  private static final String COLUMN_WIDTHS = "<colgroup><col class=\"w-name\"><col class=\"w-item\">"
      + "<col class=\"w-type\"><col class=\"w-required\"><col class=\"w-values\"><col class=\"w-returns\">"
      + "<col class=\"w-status\"><col class=\"w-since\"><col class=\"w-description\"></colgroup>\n";

  private static void columns(Page p, Spec spec, History history, Table t) {
    p.el("h2", "Columns");
    p.raw("<div class=\"wide\"><table class=\"columns\">\n<caption>The columns of " + esc(t.name())
        + ", in extract order</caption>\n" + COLUMN_WIDTHS + "<thead><tr><th scope=\"col\">Column</th><th scope=\"col\">Item</th>"
        + "<th scope=\"col\">Type</th><th scope=\"col\">Required</th><th scope=\"col\">Values</th>"
        + "<th scope=\"col\">Returns</th><th scope=\"col\">Status</th><th scope=\"col\">Since</th>"
        + "<th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
    for (Field f : t.fields()) {
      boolean key = t.primaryKey().contains(f.name());
      p.raw("<tr id=\"c-" + esc(f.name()) + "\"><th scope=\"row\"><code>" + esc(f.name()) + "</code>"
          + (key ? " <span class=\"tag\">key</span>" : "") + Page.localTag(spec.origins().column(t.name(), f.name()))
          + "</th>");
      p.raw("<td>" + esc(f.item()) + "</td><td>" + esc(type(f)) + "</td>");
      p.raw("<td>" + (f.required() ? "required" : "optional") + (f.unique() ? ", unique" : "") + "</td>");
      p.raw("<td>" + values(p, spec, f) + "</td>");
      p.raw("<td>" + f.returns().stream().map(r -> a(p.link("index.html#r-" + CrossReferences.slug(r)), r))
          .collect(Collectors.joining(", ")) + "</td>");
      p.raw("<td>" + esc(f.status().specName()) + "</td><td>" + esc(f.since()) + "</td>");
      p.raw("<td>" + description(f) + HistoryPages.refs(history, History.href(t, f), p) + "</td></tr>\n");
    }
    p.raw("</tbody>\n</table></div>\n");
  }

  static String type(Field f) {
    String t = f.type().specName();
    if (f.maxLength() != null) {
      return t + " (" + f.maxLength() + ")";
    }
    if (f.precision() != null) {
      return t + " (" + f.precision() + (f.scale() == null ? "" : ", " + f.scale()) + ")";
    }
    return t;
  }

  private static String values(Page p, Spec spec, Field f) {
    StringBuilder b = new StringBuilder();
    f.codeSetId().ifPresent(c -> b.append("codes: ").append(spec.codeSet(c).isPresent()
        ? a(p.link("codesets/" + c + ".html"), c) : esc(c)));
    f.foreignKey().ifPresent(r -> b.append(b.length() > 0 ? "<br>" : "").append("refers to ")
        .append(a(r.table() + ".html#c-" + r.field(), r.toString())));
    f.identifierScheme().ifPresent(s -> b.append(b.length() > 0 ? "<br>" : "").append(esc(s.specName())));
    if (f.pattern() != null) {
      b.append(b.length() > 0 ? "<br>" : "").append("pattern <code>").append(esc(f.pattern())).append("</code>");
    }
    if (f.range() != null) {
      b.append(b.length() > 0 ? "<br>" : "").append("range ").append(esc(f.range().toString()));
    }
    return b.toString();
  }

  private static String description(Field f) {
    StringBuilder b = new StringBuilder(esc(f.description()));
    if (!f.jsonKeys().isEmpty()) {
      b.append("<br>Keys: ").append(f.jsonKeys().stream().map(TablePage::jsonKey).collect(Collectors.joining("; ")));
    }
    if (!f.guidance().isBlank()) {
      b.append("<p class=\"guidance\">").append(esc(f.guidance().strip())).append("</p>");
    }
    if (!f.notes().isBlank()) {
      b.append("<p class=\"notes\"><strong>Notes.</strong> ").append(esc(f.notes().strip())).append("</p>");
    }
    return b.toString();
  }

  private static String jsonKey(JsonKey k) {
    return "<code>" + esc(k.name()) + "</code> " + esc(k.type().specName())
        + (k.codeSet() == null ? "" : " (" + a("../codesets/" + k.codeSet() + ".html", k.codeSet()) + ")")
        + (k.required() ? " required" : "");
  }

  private static void checks(Page p, Spec spec, History history, Table t) {
    p.el("h2", "Checks");
    if (t.checks().isEmpty()) {
      p.para("No table-level checks; each column is checked on its own (type, length, codes, references).");
      return;
    }
    p.raw("<ul class=\"checks\">\n");
    for (Check c : t.checks()) {
      p.raw("<li id=\"k-" + esc(c.id()) + "\"><code>" + esc(c.id()) + "</code>" + Page.localTag(spec.origins().check(t.name(), c.id()))
          + (c.severity() == Severity.WARNING ? " (a warning)" : "") + ": "
          + inWords(c, t) + (c.description().isBlank() ? "" : " " + esc(c.description()))
          + (c.notes().isBlank() ? "" : "<p class=\"notes\"><strong>Notes.</strong> " + esc(c.notes().strip()) + "</p>")
          + HistoryPages.refs(history, History.href(t, c), p) + "</li>\n");
    }
    p.raw("</ul>\n");
  }

  /** A declared check in plain words, its columns linked (a parent's columns to the parent's page). */
  static String inWords(Check c, Table t) {
    return c.accept(new Check.Visitor<>() {
      @Override
      public String dateOrder(Check.DateOrder d) {
        return col(d.earlier()) + (d.allowEqual() ? " is on or before " : " is before ") + col(d.later())
            + ", when both are given.";
      }

      @Override
      public String presence(Check.Presence p) {
        return p.bothWays() ? col(p.when()) + " and " + col(p.then()) + " are given together or not at all."
            : "When " + col(p.when()) + " is given, " + col(p.then()) + " must be too.";
      }

      @Override
      public String presenceWhenCode(Check.PresenceWhenCode p) {
        return "When " + col(p.when()) + " is " + esc(String.join(" or ", p.codes())) + ", " + col(p.then()) + " must be given.";
      }

      @Override
      public String anyPresent(Check.AnyPresent a) {
        return "At least one of " + a.fields().stream().map(TablePage::col).collect(Collectors.joining(", ")) + " is given.";
      }

      @Override
      public String valueRange(Check.ValueRange r) {
        return col(r.field()) + " lies within " + esc(r.range().toString()) + ".";
      }

      @Override
      public String noOverlap(Check.NoOverlap o) {
        return "For each " + o.groupBy().stream().map(TablePage::col).collect(Collectors.joining(" and "))
            + ", the periods from " + col(o.start()) + " to " + col(o.end()) + " do not overlap; only the last may be open.";
      }

      @Override
      public String textPattern(Check.TextPattern p) {
        return col(p.field()) + " matches <code>" + esc(p.pattern()) + "</code>.";
      }

      @Override
      public String parentDate(Check.ParentDate d) {
        return col(d.field()) + " is " + d.bound().words() + " the " + parentCol(t, d, d.parentField())
            + " of the row " + col(d.via()) + " points at, by day, when both are given.";
      }

      @Override
      public String withinParent(Check.WithinParent w) {
        return "The period from " + col(w.start()) + " to " + col(w.end()) + " lies within the period from "
            + parentCol(t, w, w.parentStart()) + " to " + parentCol(t, w, w.parentEnd()) + " of the row "
            + col(w.via()) + " points at, by day; an open period is judged by its start.";
      }
    });
  }

  /** A column of the table a cross-table check's foreign key points at, linked to its page. */
  private static String parentCol(Table t, Check.CrossTable c, String name) {
    String parent = t.field(c.via()).filter(f -> f.references() != null).map(f -> f.references().table()).orElse("");
    return a(parent + ".html#c-" + name, parent + "." + name);
  }

  private static String col(String name) {
    return a("#c-" + name, name);
  }

  private static void foreignKeys(Page p, CrossReferences refs, Table t) {
    p.el("h2", "References");
    List<Field> out = t.foreignKeys();
    List<ColumnRef> in = refs.referencesTo(t.name());
    if (out.isEmpty() && in.isEmpty()) {
      p.para("No other table refers to this one, and it refers to none.");
      return;
    }
    if (!out.isEmpty()) {
      p.el("h3", "To other tables");
      p.raw("<ul>\n");
      out.forEach(f -> p.raw("<li>" + a("#c-" + f.name(), f.name()) + " \u2192 "
          + a(f.references().table() + ".html#c-" + f.references().field(), f.references().toString()) + "</li>\n"));
      p.raw("</ul>\n");
    }
    if (!in.isEmpty()) {
      p.el("h3", "From other tables");
      p.raw("<ul>\n");
      in.forEach(r -> p.raw("<li>" + a(r.table().name() + ".html#c-" + r.field().name(), r.label()) + " \u2192 "
          + a("#c-" + r.field().references().field(), r.field().references().field()) + "</li>\n"));
      p.raw("</ul>\n");
    }
  }
}
