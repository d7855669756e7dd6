package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

  @TempDir Path tmp;

  static Spec mini() {
    return fixture("mini");
  }

  /** The mini spec plus tables that exercise shared rows, parent rows, patterns and periods. */
  static Spec rich() {
    return fixture("rich");
  }

  static Spec fixture(String name) {
    try {
      return SpecLoader.load(Path.of(SampleGeneratorTest.class.getResource("/specs/" + name + "/ssd.yaml").toURI())
          .getParent()).orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private SampleResult generate(Spec spec, Path dir, int children, long seed, double rate) {
    SampleResult result = SampleGenerator.builder(spec).children(children).seed(seed).errorRate(rate)
        .format(FileKind.JSON_LINES).build().generate(dir);
    assertThat(result.problem()).isNull();
    assertThat(result.notes()).isEmpty();
    return result;
  }

  @Test
  void sameSettingsGiveByteIdenticalFiles() throws IOException {
    generate(mini(), tmp.resolve("a"), 200, 7, 0.05);
    generate(mini(), tmp.resolve("b"), 200, 7, 0.05);
    List<Path> files = list(tmp.resolve("a"));
    assertThat(files).hasSizeGreaterThan(3);
    for (Path f : files) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())))
          .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void theDefaultLocaleDoesNotChangeTheFiles() throws IOException {
    // ar-SA formats numbers with Arabic-Indic digits: datetimes and UPNs came out as "T١٤:٥٢:٢٤".
    generate(rich(), tmp.resolve("a"), 100, 7, 0.05);
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-SA"));
      generate(rich(), tmp.resolve("b"), 100, 7, 0.05);
    } finally {
      java.util.Locale.setDefault(before);
    }
    for (Path f : list(tmp.resolve("a"))) {
      assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f.getFileName())))
          .as(f.getFileName().toString()).isEqualTo(Files.readAllBytes(f));
    }
  }

  @Test
  void anotherSeedGivesOtherData() throws IOException {
    generate(mini(), tmp.resolve("a"), 50, 1, 0);
    generate(mini(), tmp.resolve("b"), 50, 2, 0);
    assertThat(Files.readString(tmp.resolve("b/ssd_person.csv")))
        .isNotEqualTo(Files.readString(tmp.resolve("a/ssd_person.csv")));
  }

  @Test
  void cleanSampleBreaksNoRule() throws IOException {
    SampleResult result = generate(mini(), tmp, 500, 3, 0);
    assertThat(result.rowsPerTable().get("ssd_person")).isEqualTo(500);
    assertThat(result.rowsPerTable().get("ssd_cla_episodes")).isPositive();
    assertThat(result.rowsPerTable().get("ssd_disability")).isPositive();
    assertThat(new ExtractChecker(mini(), tmp).check()).isEmpty();
    assertThat(tmp.resolve(SampleGenerator.MANIFEST)).doesNotExist();
  }

  @Test
  void everyInjectedErrorIsFoundAndNothingElse() throws IOException {
    SampleResult result = generate(mini(), tmp, 500, 11, 0.1);
    Set<String> expected = new TreeSet<>();
    for (InjectedError e : result.injectedErrors()) {
      expected.add(e.table() + "#" + e.row() + ":" + e.kind());
    }
    assertThat(result.injectedErrors()).hasSizeGreaterThan(50);
    assertThat(expected).hasSize(result.injectedErrors().size());
    assertThat(new ExtractChecker(mini(), tmp).check()).isEqualTo(expected);
    List<String> manifest = Files.readAllLines(tmp.resolve(SampleGenerator.MANIFEST));
    assertThat(manifest).hasSize(result.injectedErrors().size() + 1);
    assertThat(manifest.get(0)).isEqualTo("table,row,column,kind,original,injected");
  }

  @Test
  void errorsCoverManyKinds() {
    SampleResult result = generate(mini(), tmp, 1000, 5, 0.2);
    Set<String> kinds = new TreeSet<>();
    result.injectedErrors().forEach(e -> kinds.add(e.kind()));
    // The mini spec has no free required column and no foreign key outside a key or check,
    // so required and foreign-key errors cannot be injected in isolation there.
    assertThat(kinds).containsExactlyInAnyOrder("type", "code", "pattern", "range", "primary-key", "check");
  }

  @Test
  void richSpecRoundTripsCleanAndWithErrors() throws IOException {
    SampleResult clean = generate(rich(), tmp.resolve("clean"), 400, 9, 0);
    assertThat(new ExtractChecker(rich(), tmp.resolve("clean")).check()).isEmpty();
    assertThat(clean.rowsPerTable().get("ssd_professionals")).isEqualTo(25);
    assertThat(clean.rowsPerTable().get("ssd_cla_placement")).isPositive();
    assertThat(clean.rowsPerTable().get("ssd_cp_plans")).isPositive()
        .isLessThan(clean.rowsPerTable().get("ssd_cin_episodes"));

    SampleResult dirty = generate(rich(), tmp.resolve("dirty"), 400, 9, 0.1);
    Set<String> expected = new TreeSet<>();
    dirty.injectedErrors().forEach(e -> expected.add(e.table() + "#" + e.row() + ":" + e.kind()));
    assertThat(expected).hasSize(dirty.injectedErrors().size());
    assertThat(new ExtractChecker(rich(), tmp.resolve("dirty")).check()).isEqualTo(expected);
    Set<String> kinds = new TreeSet<>();
    dirty.injectedErrors().forEach(e -> kinds.add(e.kind()));
    assertThat(kinds).containsExactlyInAnyOrder("type", "required", "length", "code", "pattern",
        "range", "primary-key", "foreign-key", "check");
  }

  @Test
  void errorsChangeOnlyTheRowsTheManifestNames() throws IOException {
    generate(rich(), tmp.resolve("clean"), 300, 4, 0);
    SampleResult dirty = generate(rich(), tmp.resolve("dirty"), 300, 4, 0.05);
    Set<String> changed = new TreeSet<>();
    for (String table : dirty.rowsPerTable().keySet()) {
      List<String> a = Files.readAllLines(tmp.resolve("clean").resolve(table + ".csv"));
      List<String> b = Files.readAllLines(tmp.resolve("dirty").resolve(table + ".csv"));
      assertThat(b).hasSameSizeAs(a);
      for (int i = 1; i < a.size(); i++) {
        if (!a.get(i).equals(b.get(i))) {
          changed.add(table + "#" + i);
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    dirty.injectedErrors().forEach(e -> listed.add(e.table() + "#" + e.row()));
    assertThat(changed).isNotEmpty().isEqualTo(listed);
  }

  @Test
  void refusesANonEmptyFolderAndLeavesItAlone() throws IOException {
    Path mine = Files.writeString(tmp.resolve("ssd_person.csv"), "my data");
    SampleResult result = SampleGenerator.builder(mini()).build().generate(tmp);
    assertThat(result.isWritten()).isFalse();
    assertThat(result.problem()).contains("not empty");
    assertThat(Files.readString(mine)).isEqualTo("my data");
  }

  @Test
  void overwriteReplacesOnlySampleFiles() throws IOException {
    Path other = Files.writeString(tmp.resolve("notes.txt"), "keep me");
    Files.writeString(tmp.resolve("ssd_person.csv"), "old");
    SampleResult result = SampleGenerator.builder(mini()).children(5).overwrite(true).build().generate(tmp);
    assertThat(result.isWritten()).isTrue();
    assertThat(Files.readString(other)).isEqualTo("keep me");
    assertThat(Files.readString(tmp.resolve("ssd_person.csv"))).startsWith("pers_person_id,");
  }

  @Test
  void overwriteReplacesALinkNamedLikeASampleFileNotTheFileItPointsAt() throws IOException {
    // The writer opened ssd_person.csv in place, so a link there wrote over the user's own file.
    Path mine = Files.writeString(tmp.resolve("my-extract.csv"), "my data");
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.createSymbolicLink(out.resolve("ssd_person.csv"), mine);
    Files.createSymbolicLink(out.resolve(SampleGenerator.MANIFEST), mine);
    SampleResult result = SampleGenerator.builder(mini()).children(5).errorRate(0.5).overwrite(true).build()
        .generate(out);
    assertThat(result.isWritten()).isTrue();
    assertThat(Files.readString(mine)).isEqualTo("my data");
    assertThat(Files.isSymbolicLink(out.resolve("ssd_person.csv"))).isFalse();
    assertThat(Files.readString(out.resolve("ssd_person.csv"))).startsWith("pers_person_id,");
    assertThat(Files.isSymbolicLink(out.resolve(SampleGenerator.MANIFEST))).isFalse();
  }

  @Test
  void overwriteWithoutJsonLinesRemovesJsonLinesOfAnEarlierSample() throws IOException {
    // They were left beside the new CSV files and held the earlier sample's rows.
    generate(mini(), tmp, 20, 1, 0);
    byte[] notes = "keep me\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Files.write(tmp.resolve("notes.jsonl"), notes);
    SampleResult result = SampleGenerator.builder(mini()).children(30).seed(2).overwrite(true).build()
        .generate(tmp);
    assertThat(result.isWritten()).isTrue();
    assertThat(tmp.resolve("ssd_person.jsonl")).doesNotExist();
    assertThat(Files.readAllBytes(tmp.resolve("notes.jsonl"))).isEqualTo(notes);
    assertThat(list(tmp)).allMatch(f -> !f.toString().endsWith(".jsonl") || f.endsWith("notes.jsonl"));
  }

  @Test
  void jsonLinesHaveOneObjectPerRow() throws IOException {
    SampleResult result = generate(mini(), tmp, 20, 1, 0);
    List<String> lines = Files.readAllLines(tmp.resolve("ssd_person.jsonl"));
    assertThat(lines).hasSize(result.rowsPerTable().get("ssd_person").intValue());
    assertThat(lines).allMatch(l -> l.startsWith("{\"pers_person_id\":\"") && l.endsWith("}"));
  }

  @Test
  void refusesASampleLargerThanTheFreeSpaceAndWritesNothing() throws IOException {
    // It used to start writing at once: --children 100000000 began some 560 GB without a word.
    Path out = tmp.resolve("out");
    SampleResult result = SampleGenerator.builder(rich()).children(100_000).freeSpace(folder -> 2_000_000).build()
        .generate(out);

    assertThat(result.isWritten()).isFalse();
    assertThat(result.problem()).contains("100,000 children would take about ").contains(" MB")
        .contains("but only 2.0 MB is free in " + tmp).contains("nothing was written");
    assertThat(out).doesNotExist();
    assertThat(list(tmp)).isEmpty();
  }

  @Test
  void theEstimateIsCloseToTheBytesWritten() throws IOException {
    for (int children : new int[] {3, 400}) {
      Path out = tmp.resolve("c" + children);
      SampleGenerator generator = SampleGenerator.builder(rich()).children(children).seed(5).errorRate(0.05)
          .format(FileKind.JSON_LINES).build();
      long estimate = generator.estimateBytes();
      assertThat(generator.generate(out).isWritten()).isTrue();
      long written = 0;
      for (Path f : list(out)) {
        written += Files.size(f);
      }
      assertThat((double) estimate).as("%d children", children).isCloseTo(written, org.assertj.core.data.Percentage
          .withPercentage(children <= SampleGenerator.ESTIMATE_CHILDREN ? 0.01 : 10));
    }
  }

  @Test
  void aRunStoppedWhileWritingLeavesNoFilesThatLookLikeAnExtract() throws Exception {
    // It wrote straight into the output folder: a stopped run left truncated tables there.
    Path out = tmp.resolve("out");
    SampleResult[] result = new SampleResult[1];
    Thread run = new Thread(() -> result[0] = SampleGenerator.builder(rich()).children(2_000_000).build().generate(out));
    run.start();
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (bytesUnder(tmp) < 200_000 && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(run.isAlive()).as("still writing when stopped").isTrue();
    run.interrupt(); // as an application cancelling a long run does
    run.join(120_000);

    assertThat(run.isAlive()).isFalse();
    assertThat(result[0].isWritten()).isFalse();
    assertThat(result[0].problem()).startsWith("could not write the sample in " + out + ": interrupted");
    assertThat(out).doesNotExist();
    assertThat(list(tmp)).isEmpty();
  }

  @Test
  void anExistingFolderGetsOnlyCompleteFilesAndKeepsItsOwn() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Path mine = Files.writeString(out.resolve("notes.txt"), "keep me");
    SampleResult result = SampleGenerator.builder(mini()).children(5).overwrite(true).build().generate(out);

    assertThat(result.isWritten()).isTrue();
    assertThat(Files.readString(mine)).isEqualTo("keep me");
    assertThat(list(out)).noneMatch(p -> p.getFileName().toString().startsWith("."));
    assertThat(list(tmp)).containsExactly(out);
  }

  @Test
  void overwriteRefusesAFolderNamedLikeASampleFileBeforeWritingAnything() throws IOException {
    Path out = Files.createDirectory(tmp.resolve("out"));
    Files.writeString(out.resolve("ssd_person.csv"), "old");
    Files.createDirectory(out.resolve("ssd_contacts.csv"));
    SampleResult result = SampleGenerator.builder(rich()).children(5).overwrite(true).build().generate(out);

    assertThat(result.problem()).contains("ssd_contacts.csv is a folder");
    assertThat(Files.readString(out.resolve("ssd_person.csv"))).isEqualTo("old");
  }

  private static long bytesUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
