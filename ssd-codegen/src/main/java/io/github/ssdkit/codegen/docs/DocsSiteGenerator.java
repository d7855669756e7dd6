package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data dictionary as a static site under {@code docs/}: an index with search, a page per
 * table and per code set, and entity-relationship diagrams. Pages link to each other by relative
 * paths and load only the site's own style and scripts, so the site opens from a folder with no
 * server and no network.
 */
public final class DocsSiteGenerator implements Generator {

  /** The folder, under the output directory, that holds the site. */
  public static final String ROOT = "docs/";

  @Override
  public String id() {
    return "docs";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    CrossReferences refs = new CrossReferences(spec);
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile(ROOT + "index.html", IndexPage.render(spec, refs)));
    for (Table t : spec.tables()) {
      files.add(new GeneratedFile(ROOT + "tables/" + t.name() + ".html", TablePage.render(spec, refs, t)));
    }
    for (CodeSet c : spec.codeSets()) {
      files.add(new GeneratedFile(ROOT + "codesets/" + c.id() + ".html", CodeSetPage.render(spec, refs, c)));
    }
    files.addAll(DiagramsPage.files(spec, refs));
    files.add(new GeneratedFile(ROOT + "search-index.js", SearchIndex.render(spec)));
    files.add(new GeneratedFile(ROOT + "search.js", asset("search.js")));
    files.add(new GeneratedFile(ROOT + "style.css", asset("style.css")));
    return files;
  }

  private static String asset(String name) {
    try (InputStream in = DocsSiteGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled asset " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
