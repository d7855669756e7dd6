package io.github.ssdkit.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameTest {

  /** Lets a test read every column, as one rule listing them all would. */
  private static final Frame.Guard READ_ANYTHING = guard(true);

  /** A running rule that may read every column, or none. */
  private static Frame.Guard guard(boolean readsEverything) {
    return new Frame.Guard() {
      @Override
      public boolean allows(String table, String column) {
        return readsEverything;
      }

      @Override
      public Object rule() {
        return this;
      }
    };
  }

  /** Placements of three children: ids packed as numbers or kept as text, dates packed or not. */
  private static Frame placements() {
    Frame f = new Frame("ssd_cla_placement", List.of(new String("person_id"), "start", "type"), READ_ANYTHING);
    f.add(2, "P1", new String[] {"1001", "2025-04-01", "U1"});
    f.add(3, "P2", new String[] {"A-7", "2025-04-02T10:30", "U1"});
    f.add(4, "P3", new String[] {" 1001 ", "2025-02-30", null});
    f.add(5, "P4", new String[] {"01001", "01/04/2025", "U3"});
    f.add(6, "P5", new String[] {"A-7", null, "U1"});
    f.add(7, "P6", new String[] {null, "2025-04-03T10:30:15", "U1"});
    f.trim();
    return f;
  }

  /** A frame told to expect {@code expected} rows and given {@code given}: ids, codes, dates and keys of every length. */
  private static Frame told(long expected, int given) {
    Frame f = new Frame("ssd_person", List.of("id", "code", "born"), READ_ANYTHING);
    f.expect(expected);
    for (int r = 0; r < given; r++) {
      String key = "K" + "x".repeat(r % 7) + r;
      f.add(r + 2, key, new String[] {r % 3 == 2 ? "T" + r : String.valueOf(r), "C" + r % 4, "2025-01-" + (10 + r % 20)});
    }
    f.trim();
    return f;
  }

  @Test
  void aFrameReadsTheSameWhetherItsRowCountWasGuessedLowHighOrNotAtAll() {
    for (Frame f : List.of(told(0, 300), told(40, 300), told(300, 300), told(5000, 300))) {
      assertThat(f.size()).isEqualTo(300);
      for (int r = 0; r < 300; r++) {
        assertThat(f.row(r)).isEqualTo(r + 2);
        assertThat(f.key(r)).isEqualTo("K" + "x".repeat(r % 7) + r);
        assertThat(f.text("id", r)).isEqualTo(r % 3 == 2 ? "T" + r : String.valueOf(r));
        assertThat(f.text("code", r)).isEqualTo("C" + r % 4);
        assertThat(f.date("born", r)).isEqualTo(LocalDate.of(2025, 1, 10 + r % 20));
      }
      assertThat(f.groupBy("code")).hasSize(4);
    }
  }

  @Test
  void groupsRowsByTheirTextInTheOrderOfTheirFirstRow() {
    Map<String, List<Integer>> byChild = placements().groupBy("person_id");

    assertThat(byChild).containsExactly(
        Map.entry("1001", List.of(0, 2)), Map.entry("A-7", List.of(1, 4)), Map.entry("01001", List.of(3)));
    assertThat(byChild.get("1001")).containsExactly(0, 2);
    assertThat(byChild.get("01001")).containsExactly(3);
    assertThat(byChild).doesNotContainKeys("1", "", "A-8");
    assertThat(byChild.get(1001)).isNull();
  }

  @Test
  void givesTheGroupsRowsInGroupOrder() {
    assertThat(placements().groupBy("person_id").values()).containsExactly(List.of(0, 2), List.of(1, 4), List.of(3));
  }

  @Test
  void groupsOnlyTheRowsAskedFor() {
    Frame f = placements();

    assertThat(f.groupBy("person_id", new int[] {1, 2, 3})).containsExactly(
        Map.entry("A-7", List.of(1)), Map.entry("1001", List.of(2)), Map.entry("01001", List.of(3)));
    assertThat(f.groupBy("type", new int[] {0, 2, 4})).containsExactly(Map.entry("U1", List.of(0, 4)));
  }

  @Test
  void indexesTheFirstRowOfEachValue() {
    Map<String, Integer> byChild = placements().indexBy("person_id");

    assertThat(byChild).containsExactly(Map.entry("1001", 0), Map.entry("A-7", 1), Map.entry("01001", 3));
  }

  @Test
  void givesCellsBackAsWrittenLessSurroundingSpaceAndDatesAsDays() {
    Frame f = placements();

    assertThat(f.text("person_id", 2)).isEqualTo("1001");
    assertThat(f.text("start", 1)).isEqualTo("2025-04-02T10:30");
    assertThat(f.text("start", 3)).isEqualTo("01/04/2025");
    assertThat(f.has("type", 2)).isFalse();
    assertThat(f.date("start", 0)).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(f.date("start", 5)).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(f.date("start", 2)).as("not a calendar date").isNull();
    assertThat(f.date("start", 3)).as("not ISO").isNull();
    assertThat(f.key(3)).isEqualTo("P4");
    assertThat(f.describe(3)).isEqualTo("ssd_cla_placement row 5 [P4]");
  }

  @Test
  void groupingsAreSharedAndReadOnly() {
    Frame f = placements();
    Map<String, List<Integer>> first = f.groupBy("person_id");

    assertThat(f.groupBy("person_id")).isEqualTo(first);
    assertThatThrownBy(() -> first.get("1001").set(0, 9)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.remove("1001")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void linksEachRowToTheFirstRowOfAnotherTableWithTheSameId() {
    Frame people = new Frame("ssd_person", List.of("person_id"), READ_ANYTHING);
    people.add(2, "A-7", new String[] {"A-7"});
    people.add(3, "1001", new String[] {"1001"});
    people.add(4, "1001", new String[] {"1001"});
    people.trim();
    Frame f = placements();

    int[] personRow = f.linkTo("person_id", people, "person_id");

    assertThat(personRow).containsExactly(1, 0, 1, -1, 0, -1);
    assertThat(f.linkTo("person_id", people, "person_id")).isSameAs(personRow);
  }

  @Test
  void aColumnTheRuleDoesNotReadIsRefused() {
    Frame f = new Frame("ssd_person", List.of("person_id"), guard(false));

    assertThatThrownBy(() -> f.groupBy("person_id")).hasMessageContaining("does not list under 'reads'");
    assertThatThrownBy(() -> f.text("dob", 0)).hasMessageContaining("ssd_person.dob");
  }

  /** Children with episodes: ids as numbers and as text, one episode without a child. */
  private static Frame episodes() {
    Frame f = new Frame("ssd_cla_episodes", List.of("person_id"), READ_ANYTHING);
    f.add(2, "E1", new String[] {"1001"});
    f.add(3, "E2", new String[] {"A-7"});
    f.add(4, "E3", new String[] {null});
    f.add(5, "E4", new String[] {"2002"});
    f.trim();
    return f;
  }

  @Test
  void aCellSetHoldsTheTextsOfTheRowsAskedForWhetherPackedOrNot() {
    CellSet children = episodes().cellSet("person_id", new int[] {0, 1, 3});
    Frame placements = placements();

    assertThat(children.contains(placements, "person_id", 0)).isTrue(); // 1001, packed in both frames
    assertThat(children.contains(placements, "person_id", 1)).isTrue(); // A-7, text in both
    assertThat(children.contains(placements, "person_id", 2)).isTrue(); // " 1001 " reads as 1001
    assertThat(children.contains(placements, "person_id", 3)).isFalse(); // 01001 is another text
    assertThat(episodes().cellSet("person_id", new int[] {1, 3}).contains(placements, "person_id", 0)).isFalse();
  }

  @Test
  void aCellSetHoldsAnEmptyCellOnlyWhenOneOfItsRowsHasOne() {
    Frame placements = placements(); // row 5 has no child

    assertThat(episodes().cellSet("person_id", new int[] {0, 1, 2}).contains(placements, "person_id", 5)).isTrue();
    assertThat(episodes().cellSet("person_id", new int[] {0, 1, 3}).contains(placements, "person_id", 5)).isFalse();
  }

  @Test
  void groupsCloseWholeNumbersAsAHashWouldOnManyRandomColumns() {
    Random random = new Random(20261203L);
    for (int round = 0; round < 200; round++) {
      int base = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
      int spread = 1 + random.nextInt(round % 2 == 0 ? 40 : 4_000); // close ids, and sometimes too far apart
      Frame f = new Frame("ssd_cla_episodes", List.of("person_id"), READ_ANYTHING);
      Map<String, List<Integer>> expected = new LinkedHashMap<>();
      int rows = 1 + random.nextInt(60);
      for (int i = 0; i < rows; i++) {
        String id = random.nextInt(8) == 0 ? null : Integer.toString(base + random.nextInt(spread));
        f.add(i + 2, "E" + i, new String[] {id});
        if (id != null) {
          expected.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
      }
      f.trim();
      Map<String, List<Integer>> byChild = f.groupBy("person_id");

      assertThat(byChild).as("round %d", round).containsExactlyEntriesOf(expected);
      for (String probe : List.of(Integer.toString(base - 1), Integer.toString(base + spread), "0" + base, "A7",
          Integer.toString(base), "2025-04-01", "")) {
        assertThat(byChild.get(probe)).as("round %d, %s", round, probe).isEqualTo(expected.get(probe));
      }
    }
  }

  @Test
  void linksAndSetsOverCloseWholeNumbersFindTheSameRowsAsText() {
    Frame children = new Frame("ssd_person", List.of("person_id"), READ_ANYTHING);
    for (int id = 5; id <= 9; id++) {
      children.add(id, "P" + id, new String[] {Integer.toString(id)});
    }
    children.trim();
    Frame placements = placements(); // ids 1001, A-7, " 1001 ", 01001, A-7 and none
    Frame episodes = new Frame("ssd_cla_episodes", List.of("person_id"), READ_ANYTHING);
    for (String id : new String[] {"7", "9", "07", "10", null, "5"}) {
      episodes.add(2, "E", new String[] {id});
    }
    episodes.trim();

    assertThat(episodes.linkTo("person_id", children, "person_id")).containsExactly(2, 4, -1, -1, -1, 0);
    assertThat(placements.linkTo("person_id", children, "person_id")).containsOnly(-1);
    CellSet set = children.cellSet("person_id", new int[] {0, 2, 4});
    assertThat(set.contains(episodes, "person_id", 0)).isTrue();
    assertThat(set.contains(episodes, "person_id", 1)).isTrue();
    assertThat(set.contains(episodes, "person_id", 5)).isTrue();
    assertThat(set.contains(episodes, "person_id", 2)).isFalse();
    assertThat(set.contains(episodes, "person_id", 4)).isFalse();
  }
}
