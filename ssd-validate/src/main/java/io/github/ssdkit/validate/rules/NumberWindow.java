package io.github.ssdkit.validate.rules;

/**
 * The whole-number keys of a {@link KeySet} (or {@link ParentDates}) that lie close together, one
 * bit each over a window of values. Database identifiers are mostly numbers handed out in order, so
 * a table's ten million keys fit in a window of about ten million values: 1.25 MB instead of
 * 134 MB of hash slots, and a look-up is one bit test in memory that stays in the cache. The window
 * widens to take a value outside it only while it spans at most a given number of values per key
 * held (or a floor): a few outliers far away stay in the owner's hash slots. Not thread-safe while
 * keys are added; safe to read from several threads after.
 */
final class NumberWindow {

  private final long floorValues;
  private final long valuesPerKey;
  /** The first window: 65,536 values, 8 KB. */
  private static final int FIRST_WORDS = 1 << 10;

  private long[] words;
  /** The value bit 0 of word 0 stands for: a multiple of 64. */
  private long base;

  /**
   * An empty window.
   *
   * @param floorValues how many values the window may always span, at least 65,536
   * @param valuesPerKey how many values it may span per key held, above the floor
   */
  NumberWindow(long floorValues, long valuesPerKey) {
    this.floorValues = floorValues;
    this.valuesPerKey = valuesPerKey;
  }

  /**
   * The value at offset 0.
   *
   * @return a multiple of 64
   */
  long base() {
    return base;
  }

  /**
   * How many values the window spans.
   *
   * @return 0 before the first value
   */
  int span() {
    return words == null ? 0 : words.length << 6;
  }

  /**
   * Where a value lies in the window.
   *
   * @param value a value the window {@linkplain #covers covers}
   * @return its offset from {@link #base()}
   */
  int offset(long value) {
    return (int) (value - base);
  }

  /**
   * Whether a value lies in the window (and so is held here if anywhere).
   *
   * @param value any value; negative values and those of unset windows are outside
   * @return true when in the window
   */
  boolean covers(long value) {
    return words != null && Long.compareUnsigned(value - base, (long) words.length << 6) < 0;
  }

  /**
   * Whether a value in the window is held.
   *
   * @param value a value the window {@linkplain #covers covers}
   * @return true when held
   */
  boolean contains(long value) {
    long at = value - base;
    return (words[(int) (at >>> 6)] & (1L << at)) != 0;
  }

  /**
   * Adds a value in the window.
   *
   * @param value a value the window {@linkplain #covers covers}
   * @return false when it was already held
   */
  boolean add(long value) {
    long at = value - base;
    int w = (int) (at >>> 6);
    long bit = 1L << at;
    long was = words[w];
    words[w] = was | bit;
    return (was & bit) == 0;
  }

  /**
   * Widens the window to cover a value, when it can within the budget for the keys the set will
   * then hold.
   *
   * @param value a whole number, 0 or more
   * @param keys the keys the set holds, before this one
   * @return true when the window now covers the value; false leaves it as it was
   */
  boolean widen(long value, long keys) {
    long low = value & ~63L;
    if (words == null) {
      base = Math.max(0, low - ((long) FIRST_WORDS << 5)); // the first value near the middle
      words = new long[FIRST_WORDS];
      return covers(value);
    }
    long from = Math.min(base, low);
    long to = Math.max(base + ((long) words.length << 6), low + 64);
    long needed = (to - from) >>> 6;
    long budget = Math.min(Math.max(floorValues, valuesPerKey * (keys + 1)), 1L << 30) >>> 6;
    if (needed > budget) {
      return false;
    }
    // room to grow on the side the window is growing, as keys in order keep coming that way
    long length = Math.min(budget, Math.max(needed, 2L * words.length));
    long start = from < base ? Math.max(0, to - (length << 6)) : from;
    long[] wider = new long[(int) length];
    System.arraycopy(words, 0, wider, (int) ((base - start) >>> 6), words.length);
    words = wider;
    base = start;
    return true;
  }

  /**
   * Bytes the window takes, for checking its memory.
   *
   * @return 8 bytes a word
   */
  long bytes() {
    return words == null ? 0 : 8L * words.length;
  }
}
