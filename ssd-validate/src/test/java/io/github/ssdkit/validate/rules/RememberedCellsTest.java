package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.validate.source.CellText;
import org.junit.jupiter.api.Test;

/** Remembered cells are found from a view's characters, never by a bare hash match, and only up to the cap. */
class RememberedCellsTest {

  @Test
  void findsATextFromAViewOfABuffer() {
    RememberedCells cells = new RememberedCells();
    cells.add("{\"A\":\"Y\"}");
    char[] buffer = "x,{\"A\":\"Y\"},{\"A\":\"N\"}".toCharArray();

    assertThat(cells.contains(new CellText().view(buffer, 2, 9))).isTrue();
    assertThat(cells.contains(new CellText().view(buffer, 12, 9))).isFalse();
    assertThat(cells.contains(new CellText().view(buffer, 2, 8))).isFalse();
  }

  @Test
  void keepsItsOwnCopyOfAViewedText() {
    RememberedCells cells = new RememberedCells();
    char[] buffer = "{\"A\":1}".toCharArray();
    cells.add(new CellText().view(buffer, 0, buffer.length));
    buffer[5] = '2';

    assertThat(cells.contains("{\"A\":1}")).isTrue();
    assertThat(cells.contains(new CellText().view(buffer, 0, buffer.length))).isFalse();
  }

  @Test
  void aHashMatchCountsOnlyWhenTheCharactersMatchToo() {
    RememberedCells everyHashEqual = new RememberedCells(0L);
    everyHashEqual.add("{\"A\":\"Y\"}");
    everyHashEqual.add("{\"A\":\"N\"}");

    assertThat(everyHashEqual.contains("{\"A\":\"Y\"}")).isTrue();
    assertThat(everyHashEqual.contains("{\"A\":\"N\"}")).isTrue();
    assertThat(everyHashEqual.contains("{\"A\":\"X\"}")).isFalse();
    assertThat(everyHashEqual.contains("")).isFalse();
    assertThat(everyHashEqual.size()).isEqualTo(2);
  }

  @Test
  void remembersEachTextOnceAndNoMoreThanTheCap() {
    RememberedCells cells = new RememberedCells();
    for (int i = 0; i < RememberedCells.CAPACITY + 10; i++) {
      cells.add("{\"N\":" + i + "}");
      cells.add("{\"N\":" + i + "}");
    }

    assertThat(cells.size()).isEqualTo(RememberedCells.CAPACITY);
    assertThat(cells.contains("{\"N\":0}")).isTrue();
    assertThat(cells.contains("{\"N\":" + (RememberedCells.CAPACITY - 1) + "}")).isTrue();
    assertThat(cells.contains("{\"N\":" + RememberedCells.CAPACITY + "}")).isFalse();
  }

  @Test
  void aFullTableWhoseTextsAreSeldomFoundAgainSaysLookupsAreNotWorthIt() {
    RememberedCells cells = full();
    for (int i = 0; i < RememberedCells.WINDOW - 1; i++) {
      cells.contains(i % 5 == 0 ? "c" + i : "new " + i); // a fifth found
    }
    assertThat(cells.worthAsking()).isTrue(); // the window is not over yet
    cells.contains("new");

    assertThat(cells.worthAsking()).isFalse();
  }

  @Test
  void aFullTableWhoseTextsComeAgainStaysWorthAsking() {
    RememberedCells cells = full();
    for (int i = 0; i < 3 * RememberedCells.WINDOW; i++) {
      cells.contains(i % 4 == 0 ? "c" + i : "new " + i); // a quarter found
    }

    assertThat(cells.worthAsking()).isTrue();
  }

  @Test
  void aTableNotYetFullIsAlwaysWorthAsking() {
    RememberedCells cells = new RememberedCells();
    cells.add("c");
    for (int i = 0; i < 2 * RememberedCells.WINDOW; i++) {
      cells.contains("new " + i);
    }

    assertThat(cells.worthAsking()).isTrue();
  }

  private static RememberedCells full() {
    RememberedCells cells = new RememberedCells();
    for (int i = 0; i < RememberedCells.CAPACITY; i++) {
      cells.add("c" + i);
    }
    return cells;
  }

  @Test
  void aFullTableWithCollisionsStillAnswersMissesByComparing() {
    RememberedCells fewHashes = new RememberedCells(0xFL);
    for (int i = 0; i < RememberedCells.CAPACITY; i++) {
      fewHashes.add("c" + i);
    }

    assertThat(fewHashes.contains("c4095")).isTrue();
    assertThat(fewHashes.contains("c4096")).isFalse();
  }
}
