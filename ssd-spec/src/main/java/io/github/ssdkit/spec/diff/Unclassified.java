package io.github.ssdkit.spec.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Set;

/**
 * The safety net for properties the differ does not know: when a spec record gains a component
 * (a new flag on a column, a new property of a code set) and the differ has not been taught what
 * it means, a change to it is reported as breaking for data, never passed over in silence. A test
 * lists the components of every spec record, so a new one also fails the build until it is
 * classified.
 */
final class Unclassified {

  private Unclassified() {}

  static void compare(String subject, Record a, Record b, Set<String> known, ChangeList out) {
    for (RecordComponent c : a.getClass().getRecordComponents()) {
      if (known.contains(c.getName())) {
        continue;
      }
      Object before = value(c, a);
      Object after = value(c, b);
      if (!Objects.equals(before, after)) {
        out.add(Impact.BREAKING_DATA, "unclassified." + c.getName() + ".changed", subject, before, after,
            "this version of the diff does not know what '" + c.getName()
                + "' does to data, so it assumes the worst; teach SpecDiffer about it");
      }
    }
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }
}
