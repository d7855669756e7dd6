package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ER diagrams: one of the whole SSD and one per domain, each as an SVG file of its own under
 * {@code diagrams/} and shown together, inline, on {@code diagrams.html}.
 */
final class DiagramsPage {

  private DiagramsPage() {}

  static List<GeneratedFile> files(Spec spec, CrossReferences refs) {
    List<GeneratedFile> files = new ArrayList<>();
    Page p = new Page(spec, "Diagrams", 0);
    p.el("h1", "Entity-relationship diagrams");
    p.para("Each box is a table with its key columns (PK primary key, FK foreign key); each arrow a foreign key, "
        + "pointing at the table it refers to. Dashed boxes are tables of another domain. Select a table's name for its page.");
    p.raw("<ul>\n<li><a href=\"#d-all\">The whole SSD</a></li>\n");
    refs.tablesByDomain.keySet().forEach(d -> p.raw("<li><a href=\"#d-" + CrossReferences.slug(d) + "\">" + Page.esc(d)
        + "</a></li>\n"));
    p.raw("</ul>\n");
    diagram(spec, p, files, "all", "The whole SSD", spec.tables());
    for (Map.Entry<String, List<Table>> d : refs.tablesByDomain.entrySet()) {
      diagram(spec, p, files, CrossReferences.slug(d.getKey()), "The " + d.getKey() + " domain", d.getValue());
    }
    files.add(0, new GeneratedFile(DocsSiteGenerator.ROOT + "diagrams.html", p.render()));
    return files;
  }

  private static void diagram(Spec spec, Page p, List<GeneratedFile> files, String slug, String title, List<Table> tables) {
    ErLayout.Layout layout = ErLayout.of(spec, tables);
    files.add(new GeneratedFile(DocsSiteGenerator.ROOT + "diagrams/" + slug + ".svg",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ErSvg.render(layout, title, "../", "er-" + slug)));
    p.raw("<h2 id=\"d-" + slug + "\">" + Page.esc(title) + "</h2>\n");
    p.raw("<p><a href=\"diagrams/" + slug + ".svg\">The diagram as an SVG file</a></p>\n");
    p.raw("<figure class=\"diagram\">\n" + ErSvg.render(layout, title, "", "er-" + slug) + "</figure>\n");
  }
}
