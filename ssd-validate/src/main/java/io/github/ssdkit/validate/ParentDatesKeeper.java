package io.github.ssdkit.validate;

import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.validate.rules.ParentDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * While a parent table is read, keeps per key the dates its children's cross-table checks read
 * (as day numbers), then publishes them. A table no check reads through keeps nothing and costs
 * one empty loop per row.
 */
final class ParentDatesKeeper {

  private record Kept(FieldRef target, int keyColumn, int[] dateColumns, int[] days, ParentDates dates) {}

  private final List<Kept> kept = new ArrayList<>();
  private final CrossTableDates plan;

  ParentDatesKeeper(Table table, CrossTableDates plan) {
    this.plan = plan;
    for (Map.Entry<FieldRef, List<String>> e : plan.toKeep(table).entrySet()) {
      int key = table.fieldNames().indexOf(e.getKey().field());
      int[] dates = e.getValue().stream().mapToInt(table.fieldNames()::indexOf).toArray();
      kept.add(new Kept(e.getKey(), key, dates, new int[dates.length], new ParentDates(e.getValue())));
    }
  }

  /** Keeps one row's dates under its key. */
  void row(CharSequence[] cells, long[] temporals) {
    for (int k = 0; k < kept.size(); k++) {
      Kept kp = kept.get(k);
      CharSequence key = cells[kp.keyColumn()];
      if (key == null) {
        continue;
      }
      for (int d = 0; d < kp.dateColumns().length; d++) {
        int at = kp.dateColumns()[d];
        kp.days()[d] = at < 0 ? ParentDates.NONE : ParentDates.dayOf(temporals[at]);
      }
      kp.dates().put(key, kp.days());
    }
  }

  /** Hands the kept dates to the children; called after the table's pass, also for a table without a file. */
  void publish() {
    kept.forEach(k -> plan.publish(k.target(), k.dates()));
  }
}
