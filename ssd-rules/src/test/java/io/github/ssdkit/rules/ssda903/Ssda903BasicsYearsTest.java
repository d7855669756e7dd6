package io.github.ssdkit.rules.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.rules.run.RulePacks;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.pack.SourceTables;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The placement lists of 146 and 178 follow the collection year: the same placements give
 * different issues in 2024-25 (H5, P2 and Z1 still valid; T4 and Z1 take no provider) and in
 * 2025-26 (Z11 to Z14 instead of Z1; T4 takes a provider). The fixtures run 2025-26 only.
 */
class Ssda903BasicsYearsTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();

  @TempDir
  Path dir;

  private List<String> run(String pack, String rule) throws IOException {
    List<Issue> issues = new ArrayList<>();
    RulePacks.select(pack, Optional.empty()).orElseThrow().only(Set.of(rule))
        .check(new SourceTables(SPEC, DirectorySource.csv(dir)), issues::add);
    return issues.stream().map(i -> i.key() + " " + i.field()).toList();
  }

  private void placements(int year) throws IOException {
    Files.writeString(dir.resolve("ssd_cla_episodes.csv"), """
        clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date
        E1,P1,%d-05-01
        """.formatted(year));
    Files.writeString(dir.resolve("ssd_cla_placement.csv"), """
        clap_cla_placement_id,clap_person_id,clap_cla_placement_type,clap_cla_placement_provider
        C1,P1,Z1,
        C2,P1,Z11,
        C3,P1,H5,PR1
        C4,P1,T4,PR1
        C5,P1,Z1,PR2
        """);
  }

  @Test
  void placementTypesOf2024To25KeepZ1AndH5() throws IOException {
    placements(2024);
    assertThat(run("ssda903-2024-25", "ssda903.146")).containsExactly("C2 clap_cla_placement_type");
  }

  @Test
  void placementTypesFrom2025To26TakeZ11ToZ14() throws IOException {
    placements(2025);
    assertThat(run("ssda903-2025-26", "ssda903.146"))
        .containsExactly("C1 clap_cla_placement_type", "C3 clap_cla_placement_type", "C5 clap_cla_placement_type");
  }

  @Test
  void providersOf2024To25AreNotGivenForT4OrZ1() throws IOException {
    placements(2024);
    assertThat(run("ssda903-2024-25", "ssda903.178"))
        .containsExactly("C4 clap_cla_placement_provider", "C5 clap_cla_placement_provider");
  }

  @Test
  void providersFrom2025To26AreGivenForT4() throws IOException {
    placements(2025);
    assertThat(run("ssda903-2025-26", "ssda903.178")).isEmpty();
  }
}
