package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.lint.Decisions;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.release.ReleasedSpecs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The data dictionary as a static site under {@code docs/}: an index with search, a page per
 * table and per code set, entity-relationship diagrams, and the spec's decisions and changelog
 * (the diff from each released version to the next), linked both ways with the items they touch. Pages link to each other by relative
 * paths and load only the site's own style and scripts, so the site opens from a folder with no
 * server and no network.
 */
public final class DocsSiteGenerator implements Generator {

  /** The folder, under the output directory, that holds the site. */
  public static final String ROOT = "docs/";

  private final Decisions decisions;
  private final Supplier<List<Spec>> released;

  /** The site with the bundled spec's decisions page and its released versions' changelog. */
  public DocsSiteGenerator() {
    this(Decisions.bundled(), DocsSiteGenerator::releasedSpecs);
  }

  /**
   * The site with a given decisions page and released versions.
   *
   * @param decisions the decisions page shown and linked from the items it touches
   * @param released the released specs the changelog is computed from (those older than the spec described)
   */
  public DocsSiteGenerator(Decisions decisions, Supplier<List<Spec>> released) {
    this.decisions = decisions;
    this.released = released;
  }

  /** The released specs this jar carries that load without errors. */
  private static List<Spec> releasedSpecs() {
    return ReleasedSpecs.versions().stream().map(ReleasedSpecs::load).flatMap(Optional::stream)
        .map(LoadResult::specIfPresent).flatMap(Optional::stream).toList();
  }

  @Override
  public String id() {
    return "docs";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    CrossReferences refs = new CrossReferences(spec);
    History history = new History(spec, decisions, released.get());
    List<GeneratedFile> files = new ArrayList<>();
    files.add(new GeneratedFile(ROOT + "index.html", IndexPage.render(spec, refs)));
    for (Table t : spec.tables()) {
      files.add(new GeneratedFile(ROOT + "tables/" + t.name() + ".html", TablePage.render(spec, refs, history, t)));
    }
    for (CodeSet c : spec.codeSets()) {
      files.add(new GeneratedFile(ROOT + "codesets/" + c.id() + ".html", CodeSetPage.render(spec, refs, history, c)));
    }
    files.add(new GeneratedFile(ROOT + HistoryPages.DECISIONS, HistoryPages.decisions(spec, history)));
    files.add(new GeneratedFile(ROOT + HistoryPages.CHANGELOG, HistoryPages.changelog(spec, history)));
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
