package io.github.ssdkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollectionYearTest {

  @Test
  void parsesTheUsualFormAndPrintsItBack() {
    assertThat(CollectionYear.parse("2025-26")).contains(new CollectionYear(2025));
    assertThat(CollectionYear.parse("1999-00").map(CollectionYear::toString)).contains("1999-00");
    assertThat(new CollectionYear(2026).toString()).isEqualTo("2026-27");
  }

  @Test
  void rejectsYearsThatDoNotFollowOn() {
    assertThat(List.of("2025-27", "2025-25", "2025/26", "25-26", "2025-2026", "", "1989-90"))
        .allSatisfy(text -> assertThat(CollectionYear.parse(text)).isEqualTo(Optional.empty()));
  }

  @Test
  void codesSortByNumberThenSuffix() {
    List<String> codes = List.of("SW01aSTG1", "1000", "8", "100", "100A", "INT32", "1560Q", "INT01", "101", "EPI");

    assertThat(codes.stream().sorted(StatutoryRule.CODE_ORDER).toList())
        .containsExactly("8", "100", "100A", "101", "1000", "1560Q", "EPI", "INT01", "INT32", "SW01aSTG1");
  }
}
