package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.spec.Origin;
import io.github.ssdkit.spec.Spec;

/**
 * One page of the data dictionary site being written: the shared head, navigation and footer
 * around a body. Paths are relative to the site's root, so the site opens from any folder, with
 * no server; pages load only the site's own style and script.
 */
final class Page {

  private final StringBuilder html = new StringBuilder(8192);
  private final String root;
  private final String footer;

  /**
   * @param depth how many folders below the site's root the page sits (0 for the index)
   */
  Page(Spec spec, String title, int depth) {
    root = "../".repeat(depth);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append(" \u2013 SSD ").append(esc(spec.version())).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(root).append("style.css\">\n</head>\n<body>\n")
        .append("<header><nav aria-label=\"Site\"><ul>")
        .append("<li><a href=\"").append(root).append("index.html\">SSD ").append(esc(spec.version())).append("</a></li>")
        .append("<li><a href=\"").append(root).append("index.html#domains\">Tables</a></li>")
        .append("<li><a href=\"").append(root).append("index.html#code-sets\">Code sets</a></li>")
        .append("<li><a href=\"").append(root).append("index.html#returns\">Returns</a></li>")
        .append("<li><a href=\"").append(root).append("diagrams.html\">Diagrams</a></li>")
        .append("<li><a href=\"").append(root).append("decisions.html\">Decisions</a></li>")
        .append("<li><a href=\"").append(root).append("changelog.html\">Changelog</a></li>")
        .append("<li><a href=\"").append(root).append("index.html#search\">Search</a></li>")
        .append("</ul></nav></header>\n<main>\n");
    footer = "</main>\n<footer><p>Generated from the " + esc(spec.manifest().name()) + " spec, version "
        + esc(spec.version()) + (spec.manifest().upstream().isEmpty() ? "" : ", derived from upstream model "
        + esc(spec.manifest().upstream())) + ".</p></footer>\n";
  }

  /** The relative path from this page to a page given from the site's root. */
  String link(String fromRoot) {
    return root + fromRoot;
  }

  Page raw(String s) {
    html.append(s);
    return this;
  }

  Page text(String s) {
    html.append(esc(s));
    return this;
  }

  /** An element with escaped text: {@code el("h2", "Columns")}. */
  Page el(String tag, String text) {
    html.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
    return this;
  }

  /** A paragraph of text, or nothing when the text is empty. */
  Page para(String text) {
    if (!text.isBlank()) {
      el("p", text.strip());
    }
    return this;
  }

  String render(String... scripts) {
    StringBuilder out = new StringBuilder(html).append(footer);
    for (String s : scripts) {
      out.append("<script src=\"").append(root).append(s).append("\"></script>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  /** A tag after the name of an item an overlay added, saying which; nothing for a core item. */
  static String localTag(Origin origin) {
    return origin.isCore() ? "" : " <span class=\"tag local\" title=\"" + esc(origin.localNote()) + "\">local: "
        + esc(origin.overlay()) + "</span>";
  }

  /** Escapes text for element content and double- or single-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    s.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** A link element with escaped text. */
  static String a(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }
}
