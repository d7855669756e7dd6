package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;

/**
 * The data the site's search reads: one entry per table, column, code set and code, as a script
 * that sets a global (a page opened from disk may not fetch a JSON file). Each entry is
 * {@code [kind, name, detail, link from the site's root]}.
 */
final class SearchIndex {

  private SearchIndex() {}

  static String render(Spec spec) {
    StringBuilder b = new StringBuilder("// The search index of the SSD data dictionary, generated from the spec.\nwindow.SSD_SEARCH = [\n");
    for (Table t : spec.tables()) {
      entry(b, "table", t.name(), t.description(), "tables/" + t.name() + ".html");
      for (Field f : t.fields()) {
        entry(b, "column", t.name() + "." + f.name(), (f.item().isEmpty() ? "" : f.item() + ": ") + f.description(),
            "tables/" + t.name() + ".html#c-" + f.name());
      }
    }
    for (CodeSet c : spec.codeSets()) {
      entry(b, "code set", c.id(), c.title(), "codesets/" + c.id() + ".html");
      for (CodeValue v : c.values()) {
        entry(b, "code", c.id() + " " + v.code(), v.label() + (v.aliases().isEmpty() ? "" : " (also " + String.join(", ", v.aliases()) + ")"),
            "codesets/" + c.id() + ".html#" + CodeSetPage.valueId(v.code()));
      }
    }
    return b.append("];\n").toString();
  }

  private static void entry(StringBuilder b, String kind, String name, String detail, String href) {
    b.append('[').append(js(kind)).append(',').append(js(name)).append(',').append(js(detail)).append(',').append(js(href))
        .append("],\n");
  }

  /** A JavaScript string literal that stays inert inside any page. */
  static String js(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
