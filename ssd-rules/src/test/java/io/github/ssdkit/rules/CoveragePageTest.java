package io.github.ssdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.ssdkit.rules.docs.CoveragePage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoveragePageTest {

  /** The project root, seen from the module directory the tests run in. */
  private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();

  @Test
  void theCommittedPageIsUpToDate() throws IOException {
    RuleCatalogue catalogue = RuleCatalogue.bundled();
    if (Boolean.getBoolean("ssd.rules.regenerate")) {
      CoveragePage.write(catalogue, ROOT);
    }
    Path page = ROOT.resolve(CoveragePage.PATH);

    List<String> committed = Files.exists(page) ? Files.readAllLines(page, StandardCharsets.UTF_8) : List.of();
    List<String> fresh = CoveragePage.render(catalogue).lines().toList();

    int line = 0;
    while (line < committed.size() && line < fresh.size() && committed.get(line).equals(fresh.get(line))) {
      line++;
    }
    if (line < committed.size() || line < fresh.size()) {
      fail("%s is stale from line %d on; regenerate it with: %s", CoveragePage.PATH, line + 1, CoveragePage.REGENERATE);
    }
  }

  @Test
  void writingTwiceGivesTheSameBytes(@TempDir Path dir) throws IOException {
    RuleCatalogue catalogue = RuleCatalogue.bundled();

    assertThat(CoveragePage.write(catalogue, dir)).isTrue();
    byte[] first = Files.readAllBytes(dir.resolve(CoveragePage.PATH));
    assertThat(CoveragePage.write(catalogue, dir)).isFalse();
    assertThat(Files.readAllBytes(dir.resolve(CoveragePage.PATH))).isEqualTo(first);
  }

  @Test
  void listsEachRuleWithItsYearsStatusAndColumnsAndTotalsPerYear(@TempDir Path dir) {
    String page = CoveragePage.render(Packs.load(dir, Packs.CIN, Packs.SSDA903).orThrow());

    assertThat(page).contains(
        "| CIN census | 2024-25 | 1 | 0 | 0 | 1 | 0 | 0 |\n| CIN census | 2025-26 | 2 | 0 | 0 | 1 | 1 | 0 |\n",
        "| SSDA903 (children looked after) | 2025-26 | 1 | 0 | 0 | 0 | 0 | 1 |\n",
        "| SSDA903 (children looked after) | last year's return or extract | 1 |\n",
        "| 8925 | yes | yes | error | E date-order | planned | A plan may not end before it starts. |"
            + " `ssd_cp_plans.cppl_cp_plan_start_date`, `ssd_cp_plans.cppl_cp_plan_end_date` |\n",
        "| 1560Q | | yes | warning | M identifier | not applicable | A former pupil number should be well formed. |"
            + " No such column. |\n",
        "| 202 | yes | error | J previous-year | needs last year's return or extract | Sex agrees with last year. |"
            + " Compares with last year's return. |\n");
    assertThat(page.indexOf("| 1560Q |")).isLessThan(page.indexOf("| 8925 |"));
  }
}
