package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.load.SpecLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each table starts once the tables it points at are done, and not before; every table starts once. */
class TableScheduleTest {

  private final Spec spec = SpecLoader.bundled().orThrow();

  @Test
  void aTableStartsOnlyAfterEveryTableItPointsAtAndEveryTableStarts() {
    TableSchedule schedule = new TableSchedule(spec, t -> true);
    Set<String> done = new HashSet<>();
    List<Table> started = new ArrayList<>(schedule.first());
    // finish the tables in the order they started, as one thread would
    for (int i = 0; i < started.size(); i++) {
      Table t = started.get(i);
      for (Field f : t.foreignKeys()) {
        String parent = f.references().table();
        if (!parent.equals(t.name())) {
          assertThat(done).as("%s starts after %s", t.name(), parent).contains(parent);
        }
      }
      done.add(t.name());
      started.addAll(schedule.finished(t.name()));
    }

    assertThat(started).extracting(Table::name).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(spec.tables().stream().map(Table::name).toList());
  }

  @Test
  void aTableWaitsOnlyForItsOwnParentsAndThoseMoreTablesWaitForComeFirst() {
    TableSchedule schedule = new TableSchedule(spec, t -> true);
    List<String> first = schedule.first().stream().map(Table::name).toList();

    assertThat(first).contains("ssd_person").doesNotContain("ssd_cin_episodes");
    assertThat(first.get(0)).isEqualTo("ssd_person"); // nearly every table points at it, directly or not
    // the children of ssd_person that point at nothing else are ready the moment it is done, whatever else runs
    List<String> afterPerson = schedule.finished("ssd_person").stream().map(Table::name).toList();
    assertThat(afterPerson).contains("ssd_address").doesNotContain("ssd_person");
  }

  @Test
  void tablesNotValidatedAreNotWaitedFor() {
    TableSchedule schedule = new TableSchedule(spec, t -> t.name().equals("ssd_cin_episodes"));

    assertThat(schedule.first()).extracting(Table::name).containsExactly("ssd_cin_episodes");
  }
}
