package io.github.ssdkit.rules.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

  private final List<String> read = Collections.synchronizedList(new ArrayList<>());

  private Frame load(String table) {
    read.add(table);
    if (table.equals("broken")) {
      throw new UncheckedIOException(new IOException("broken.csv: cannot be read"));
    }
    Frame f = new Frame(table, List.of(), null);
    f.add(2, "K1", new String[0]);
    f.trim();
    return f;
  }

  @Test
  void readsTheNextTableNotYetAskedForAndHandsItOver() {
    try (ReadAhead ahead = new ReadAhead(List.of("a", "b", "c"), 1, this::load)) {
      ahead.next(Set.of("a"));
      assertThat(ahead.take("c")).isNull(); // not the table being read: the caller reads it itself
      Frame b = ahead.take("b");

      assertThat(b.table()).isEqualTo("b");
      assertThat(b.size()).isEqualTo(1);
      assertThat(read).containsExactly("b");
    }
  }

  @Test
  void readsOneTableAtATime() {
    try (ReadAhead ahead = new ReadAhead(List.of("a", "b"), 1, this::load)) {
      ahead.next(Set.of());
      ahead.next(Set.of()); // "a" is still being read: nothing more starts
      assertThat(ahead.take("a").table()).isEqualTo("a");
      ahead.next(Set.of("a"));
      assertThat(ahead.take("b").table()).isEqualTo("b");
      ahead.next(Set.of("a", "b"));
      assertThat(ahead.take("a")).isNull();
      assertThat(read).containsExactly("a", "b");
    }
  }

  @Test
  void readsAsManyTablesAheadAsItsDepthAndOneMoreEachTimeOneIsTaken() {
    try (ReadAhead ahead = new ReadAhead(List.of("a", "b", "c", "d"), 2, this::load)) {
      ahead.next(Set.of());
      assertThat(ahead.take("b").table()).isEqualTo("b"); // "a" and "b" were both under way
      ahead.next(Set.of("b"));
      assertThat(ahead.take("c").table()).isEqualTo("c");
      assertThat(ahead.take("a").table()).isEqualTo("a");
      assertThat(ahead.take("d")).isNull(); // not started: "c" was taken before any next call
      assertThat(read).containsExactly("a", "b", "c");
    }
  }

  @Test
  void aTableThatFailsToReadFailsWhenAskedForAsOnDemand() {
    try (ReadAhead ahead = new ReadAhead(List.of("broken"), 1, this::load)) {
      ahead.next(Set.of());

      assertThatThrownBy(() -> ahead.take("broken")).isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("broken.csv: cannot be read");
    }
  }

  @Test
  void aDroppedTableIsNotHandedOver() {
    try (ReadAhead ahead = new ReadAhead(List.of("a", "b"), 1, this::load)) {
      ahead.next(Set.of());
      ahead.drop("a");

      assertThat(ahead.take("a")).isNull();
      ahead.next(Set.of("a"));
      assertThat(ahead.take("b").table()).isEqualTo("b");
    }
  }
}
