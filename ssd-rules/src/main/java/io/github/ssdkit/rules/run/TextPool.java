package io.github.ssdkit.rules.run;

/**
 * Shares one string among the equal texts of a column as a frame loads it (codes, person ids that
 * recur per row), so that a million cells of a few codes hold a few strings. A column whose texts
 * barely repeat (an id column) stops being pooled after its first {@value #TRIAL} cells, as pooling
 * it would cost a probe and a slot per cell for nothing.
 */
final class TextPool {

  /** Cells seen before deciding whether pooling pays. */
  static final int TRIAL = 4096;

  private String[] table = new String[64];
  private int distinct;
  private int seen;
  private boolean off;

  /** The pooled text equal to {@code text}, which becomes the pooled one if none is. */
  String share(String text) {
    if (off) {
      return text;
    }
    if (++seen == TRIAL && distinct > TRIAL / 2) {
      off = true;
      table = null;
      return text;
    }
    int mask = table.length - 1;
    int slot = text.hashCode() & mask;
    for (String s; (s = table[slot]) != null; slot = (slot + 1) & mask) {
      if (s.equals(text)) {
        return s;
      }
    }
    table[slot] = text;
    if (++distinct * 2 > table.length) {
      grow();
    }
    return text;
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s != null) {
        int slot = s.hashCode() & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = s;
      }
    }
  }
}
