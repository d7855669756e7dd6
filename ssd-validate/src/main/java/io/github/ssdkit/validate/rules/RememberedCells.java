package io.github.ssdkit.validate.rules;

/**
 * Cell texts already found valid, looked up by the cell's characters in place: a 64-bit hash over
 * them picks a slot of an open-addressing table, and a hash match counts only once the stored text
 * equals the cell character by character, so a collision never makes a cell "known valid". Holds
 * at most {@link #CAPACITY} distinct texts; later ones are simply not remembered. Once full, it
 * tells ({@link #worthAsking()}) when its texts are seldom found again, as in a column whose
 * every cell differs, so that the caller stops paying for the lookups. Not thread-safe.
 */
final class RememberedCells {

  /** How many distinct texts a column remembers. */
  static final int CAPACITY = 4096;
  /** Lookups in a full table over which its hits are counted; fewer than a quarter found and lookups stop. */
  static final int WINDOW = 1024;

  private final long[] hashes = new long[CAPACITY * 2];
  private final String[] texts = new String[CAPACITY * 2];
  private final int mask = CAPACITY * 2 - 1;
  /** Bits of the hash kept: all of them, except in tests that force collisions. */
  private final long hashBits;
  private int size;
  /** Lookups and hits of the current window, counted once the table is full. */
  private int windowLookups;
  private int windowHits;
  private boolean worthAsking = true;

  RememberedCells() {
    this(-1L);
  }

  /**
   * A table that keeps only some bits of each hash, so that tests can make texts collide.
   *
   * @param hashBits the mask applied to every hash
   */
  RememberedCells(long hashBits) {
    this.hashBits = hashBits;
  }

  /**
   * Whether the text was remembered.
   *
   * @param cell the cell
   * @return true when an equal text is in the table
   */
  boolean contains(CharSequence cell) {
    boolean found = slotOf(cell, hash(cell)) >= 0;
    if (size >= CAPACITY) {
      count(found);
    }
    return found;
  }

  /**
   * Whether lookups are still worth their cost: false for good once, in a window of
   * {@link #WINDOW} lookups of the full table, fewer than a quarter found their text.
   *
   * @return false when the caller had better check cells without looking them up
   */
  boolean worthAsking() {
    return worthAsking;
  }

  private void count(boolean found) {
    windowLookups++;
    if (found) {
      windowHits++;
    }
    if (windowLookups == WINDOW) {
      worthAsking = 4 * windowHits >= WINDOW;
      windowLookups = 0;
      windowHits = 0;
    }
  }

  /**
   * Remembers a text, unless it already is or the table holds {@link #CAPACITY} texts.
   *
   * @param cell the cell; its text is kept as a String
   */
  void add(CharSequence cell) {
    if (size >= CAPACITY) {
      return;
    }
    long h = hash(cell);
    int slot = slotOf(cell, h);
    if (slot < 0) {
      slot = -slot - 1;
      hashes[slot] = h;
      texts[slot] = cell.toString();
      size++;
    }
  }

  /** How many texts are remembered. */
  int size() {
    return size;
  }

  /** The slot holding the text, or {@code -(free slot) - 1} where it would go. */
  private int slotOf(CharSequence cell, long h) {
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      String text = texts[i];
      if (text == null) {
        return -i - 1;
      }
      if (hashes[i] == h && same(text, cell)) {
        return i;
      }
    }
  }

  private static boolean same(String text, CharSequence cell) {
    int n = text.length();
    if (n != cell.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) != cell.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** FNV-1a over the characters, mixed at the end so that the slot bits depend on all of them. */
  private long hash(CharSequence cell) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = cell.length(); i < n; i++) {
      h = (h ^ cell.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 32;
    return h & hashBits;
  }
}
