package io.github.ssdkit.codegen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.docs.ErLayout.Box;
import io.github.ssdkit.codegen.docs.ErLayout.Edge;
import io.github.ssdkit.codegen.docs.ErLayout.Layout;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The data dictionary site of the bundled spec; its behaviour in a browser is tested in ssd-cli. */
class DocsSiteGeneratorTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final Map<String, String> SITE = new DocsSiteGenerator().generate(SPEC).stream()
      .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));

  @Test
  void aPagePerTableAndCodeSetAnIndexAndADiagramPerDomain() {
    SPEC.tables().forEach(t -> assertThat(SITE).containsKey("docs/tables/" + t.name() + ".html"));
    SPEC.codeSets().forEach(c -> assertThat(SITE).containsKey("docs/codesets/" + c.id() + ".html"));
    assertThat(SITE).containsKeys("docs/index.html", "docs/diagrams.html", "docs/diagrams/all.svg",
        "docs/search-index.js", "docs/search.js", "docs/style.css");
    new CrossReferences(SPEC).tablesByDomain.keySet()
        .forEach(d -> assertThat(SITE).containsKey("docs/diagrams/" + CrossReferences.slug(d) + ".svg"));
  }

  @Test
  void aTablePageHoldsEveryColumnItsChecksInWordsAndItsReferencesBothWays() {
    String page = SITE.get("docs/tables/ssd_cla_episodes.html");
    Table t = SPEC.table("ssd_cla_episodes").orElseThrow();

    t.fields().forEach(f -> assertThat(page).contains("<tr id=\"c-" + f.name() + "\">"));
    assertThat(page).contains("<a href=\"ssd_person.html#c-pers_person_id\">ssd_person.pers_person_id</a>")
        .contains("<a href=\"../codesets/reason_episode_ceased.html\">reason_episode_ceased</a>")
        .contains("are given together or not at all", "is on or before", "do not overlap");
    assertThat(SITE.get("docs/tables/ssd_person.html"))
        .contains("<a href=\"ssd_cla_episodes.html#c-clae_person_id\">ssd_cla_episodes.clae_person_id</a>");
  }

  @Test
  void theDecisionsPageAndTheItemsItTouchesLinkEachOther() {
    String decisions = SITE.get("docs/decisions.html");
    String person = SITE.get("docs/tables/ssd_person.html");

    // decision 42 is cited by the notes of pers_gender, and its row links to the column
    assertThat(decisions).contains("<tr id=\"d-42\">")
        .contains("<a href=\"tables/ssd_person.html#c-pers_gender\">ssd_person.pers_gender</a>");
    String gender = person.substring(person.indexOf("<tr id=\"c-pers_gender\">"));
    assertThat(gender.substring(0, gender.indexOf("</tr>"))).contains("<a href=\"../decisions.html#d-42\">42</a>");
    // every decision of docs/decisions.md has its row
    assertThat(decisions).contains("<tr id=\"d-1\">", "<tr id=\"d-270\">");
  }

  @Test
  void theChangelogIsTheDiffFromTheLastReleaseAndLinksBothWays() {
    String changelog = SITE.get("docs/changelog.html");

    assertThat(changelog).contains("<h2 id=\"v-" + SPEC.version() + "\">", "from 1.0.0", "Breaking for data");
    // each change that touches a column links to it, and the column's page links back to that change
    Matcher m = Pattern.compile("<tr id=\"(ch-[^\"]+)\"><th scope=\"row\"><a href=\"(tables/[a-z0-9_]+\\.html)#c-")
        .matcher(changelog);
    int columns = 0;
    while (m.find()) {
      columns++;
      assertThat(SITE.get("docs/" + m.group(2))).as(m.group(1)).contains("<a href=\"../changelog.html#" + m.group(1) + "\">");
    }
    assertThat(columns).isGreaterThan(10);
  }

  @Test
  void aCodeSetPageListsItsCodesWithdrawalsAndTheColumnsUsingIt() {
    String page = SITE.get("docs/codesets/placement_type.html");

    assertThat(page).contains("<tr id=\"v-K1\"><th scope=\"row\"><code>K1</code></th><td>Secure children&#39;s home</td>")
        .contains("withdrawn 2025-04-01")
        .contains("ssd_cla_placement.");
  }

  @Test
  void aCodeSetPageSaysWhichLocalCodesAnAuthorityMayAdd() {
    assertThat(SITE.get("docs/codesets/gender.html"))
        .contains("<dt>Local codes</dt><dd>an authority may add its own that match <code>^[1-9][0-9]$</code></dd>");
    assertThat(SITE.get("docs/codesets/linked_identifier_type.html"))
        .contains("<dt>Local codes</dt><dd>an authority may add its own</dd>");
    assertThat(SITE.get("docs/codesets/placement_type.html")).contains("<dt>Local codes</dt><dd>not allowed</dd>");
  }

  @Test
  void theSearchIndexHoldsColumnsItemsAndCodeLabels() {
    String index = SITE.get("docs/search-index.js");

    assertThat(index).startsWith("// The search index").contains("window.SSD_SEARCH = [")
        .contains("[\"column\",\"ssd_person.pers_dob\",")
        .contains("[\"code\",\"placement_type K1\",\"Secure children's home\",\"codesets/placement_type.html#v-K1\"]");
  }

  @Test
  void pagesLoadNothingFromElsewhere() {
    SITE.forEach((path, content) -> assertThat(content).as(path)
        .doesNotContain("src=\"http", "href=\"http", "@import", "url(http", "//cdn"));
  }

  @Test
  void diagramBoxesNeverOverlapAndEdgesGoAroundThem() {
    CrossReferences refs = new CrossReferences(SPEC);
    checkLayout(ErLayout.of(SPEC, SPEC.tables()), SPEC.tables().size());
    refs.tablesByDomain.values().forEach(tables -> checkLayout(ErLayout.of(SPEC, tables), tables.size()));
  }

  @Test
  void aLayoutIsTheSameEveryTime() {
    List<Table> tables = SPEC.tables();
    String first = ErSvg.render(ErLayout.of(SPEC, tables), "t", "", "x");

    assertThat(ErSvg.render(ErLayout.of(SpecLoader.bundled().orThrow(), tables), "t", "", "x")).isEqualTo(first);
  }

  private static void checkLayout(Layout layout, int tables) {
    List<Box> boxes = layout.boxes();
    assertThat(boxes.stream().filter(b -> !b.external())).hasSize(tables);
    for (int i = 0; i < boxes.size(); i++) {
      Box a = boxes.get(i);
      assertThat(a.x()).isGreaterThanOrEqualTo(0);
      assertThat(a.x() + a.width()).isLessThanOrEqualTo(layout.width());
      assertThat(a.y() + a.height()).isLessThanOrEqualTo(layout.height());
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(overlap(a, boxes.get(j))).as(a.table() + " and " + boxes.get(j).table()).isFalse();
      }
    }
    Map<String, Box> byName = boxes.stream().collect(Collectors.toMap(Box::table, Function.identity()));
    assertThat(layout.edges()).isNotEmpty();
    for (Edge e : layout.edges()) {
      assertThat(e.points()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(touches(byName.get(e.from()), e.points().get(0))).as(e + " starts at its box").isTrue();
      assertThat(touches(byName.get(e.to()), e.points().get(e.points().size() - 1))).as(e + " ends at its box").isTrue();
      for (int k = 1; k < e.points().size(); k++) {
        double[] p = e.points().get(k - 1);
        double[] q = e.points().get(k);
        for (Box b : boxes) {
          assertThat(crosses(p, q, b)).as(e.from() + "." + e.column() + " crosses " + b.table()).isFalse();
        }
      }
    }
  }

  private static boolean overlap(Box a, Box b) {
    return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
  }

  private static boolean touches(Box b, double[] p) {
    double e = 1.0;
    boolean inX = p[0] >= b.x() - e && p[0] <= b.x() + b.width() + e;
    boolean inY = p[1] >= b.y() - e && p[1] <= b.y() + b.height() + e;
    return inX && inY;
  }

  /** Whether the segment p-q passes through the inside of a box (its border may be touched). */
  private static boolean crosses(double[] p, double[] q, Box b) {
    double inset = 1.0;
    double left = b.x() + inset;
    double right = b.x() + b.width() - inset;
    double top = b.y() + inset;
    double bottom = b.y() + b.height() - inset;
    // sample the segment finely: ELK's orthogonal routes are axis-parallel, but this does not rely on it
    int steps = (int) Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]));
    for (int s = 0; s <= steps; s++) {
      double t = steps == 0 ? 0 : (double) s / steps;
      double x = p[0] + t * (q[0] - p[0]);
      double y = p[1] + t * (q[1] - p[1]);
      if (x > left && x < right && y > top && y < bottom) {
        return true;
      }
    }
    return false;
  }
}
