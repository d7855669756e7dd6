package io.github.ssdkit.codegen.docs;

import static io.github.ssdkit.codegen.docs.Page.esc;

import io.github.ssdkit.codegen.docs.ErLayout.Box;
import io.github.ssdkit.codegen.docs.ErLayout.Edge;
import io.github.ssdkit.codegen.docs.ErLayout.Layout;
import java.util.Locale;

/**
 * Draws a laid-out ER diagram as SVG: each table a box with its name (linked to its page) and
 * its key columns, each foreign key an arrow to the table it refers to. Tables outside the
 * diagram's domain are drawn dashed with their name only. Coordinates are printed with one
 * decimal in the root locale, so the same layout gives the same bytes.
 */
final class ErSvg {

  private ErSvg() {}

  /**
   * @param linkPrefix the path from where the SVG is shown to the site's {@code tables/} folder's parent
   * @param id an id unique within a page that shows several diagrams
   */
  static String render(Layout layout, String title, String linkPrefix, String id) {
    StringBuilder s = new StringBuilder(16384);
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"er\" role=\"img\" "
            + "aria-labelledby=\"%s-title\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n",
        id, layout.width(), layout.height(), layout.width(), layout.height()));
    s.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>\n");
    s.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
        + "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#3d4b5c\"/>"
        + "</marker></defs>\n");
    s.append("<style>.er text{font:12px ui-monospace,'DejaVu Sans Mono',Consolas,monospace;fill:#1b1b1b}"
        + ".er .name{font-weight:bold}.er .box{fill:#fff;stroke:#12355b;stroke-width:1.5}"
        + ".er .head{fill:#dce6f2}.er .ext .box{stroke-dasharray:5 3;stroke:#5a6b7d}.er .ext .head{fill:#eef1f4}"
        + ".er .fk{fill:none;stroke:#3d4b5c;stroke-width:1.2}.er a:focus .box{stroke-width:3}</style>\n");
    for (Edge e : layout.edges()) {
      s.append("<polyline class=\"fk\" marker-end=\"url(#").append(id).append("-arrow)\" points=\"");
      for (double[] p : e.points()) {
        s.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
      }
      s.setLength(s.length() - 1);
      s.append("\"><title>").append(esc(e.from() + "." + e.column() + " \u2192 " + e.to())).append("</title></polyline>\n");
    }
    for (Box b : layout.boxes()) {
      s.append("<g class=\"table").append(b.external() ? " ext" : "").append("\">")
          .append("<a href=\"").append(esc(linkPrefix + "tables/" + b.table() + ".html")).append("\">")
          .append(String.format(Locale.ROOT, "<rect class=\"box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\"/>",
              b.x(), b.y(), b.width(), b.height()))
          .append(String.format(Locale.ROOT, "<rect class=\"head\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
              b.x() + 0.75, b.y() + 0.75, b.width() - 1.5, ErLayout.HEADER - 1.5))
          .append(String.format(Locale.ROOT, "<text class=\"name\" x=\"%.1f\" y=\"%.1f\">%s</text></a>",
              b.x() + ErLayout.PAD, b.y() + 15.5, esc(b.table())));
      double y = b.y() + ErLayout.HEADER + 13;
      for (String line : b.lines()) {
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", b.x() + ErLayout.PAD, y, esc(line)));
        y += ErLayout.LINE;
      }
      s.append("</g>\n");
    }
    return s.append("</svg>\n").toString();
  }
}
