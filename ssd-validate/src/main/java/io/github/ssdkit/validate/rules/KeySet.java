package io.github.ssdkit.validate.rules;

/**
 * A compact set of keys for uniqueness and foreign-key checks: each key is stored as a 64-bit
 * hash in an open-addressing array of longs, 8 to 16 bytes a key, so ten million keys take about
 * 160 MB at most. Two different keys share a hash with a probability around n²/2⁶⁵ (about 3 in a
 * million for ten million keys); the effect would be a missed duplicate or a missed dangling
 * reference, never a false error. A set of keys from a table that was not completely read is
 * marked {@linkplain #complete() incomplete}: a key it lacks may be on a row that was lost.
 */
public final class KeySet {

  private long[] slots = new long[1 << 10];
  private int size;
  private volatile boolean complete = true;

  /** Says that keys may be missing, as the table they come from was not completely read. */
  public void markIncomplete() {
    complete = false;
  }

  /**
   * Whether every key of the table was added.
   *
   * @return false when a key not in the set may still exist, so that a reference to it can be
   *     neither confirmed nor denied
   */
  public boolean complete() {
    return complete;
  }

  /**
   * Adds a key.
   *
   * @param key the key text
   * @return false when it (or, very rarely, a key with the same hash) was already there
   */
  public boolean add(String key) {
    return addHash(hash(key));
  }

  /**
   * Whether a key was added (or, very rarely, a key with the same hash).
   *
   * @param key the key text
   * @return true when present
   */
  public boolean contains(String key) {
    long h = hash(key);
    int mask = slots.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return false;
      }
      if (s == h) {
        return true;
      }
    }
  }

  /**
   * Keys held.
   *
   * @return how many distinct hashes were added
   */
  public int size() {
    return size;
  }

  private boolean addHash(long h) {
    if ((size + 1) * 4L > slots.length * 3L) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        slots[i] = h;
        size++;
        return true;
      }
      if (s == h) {
        return false;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long h : old) {
      if (h != 0) {
        addHash(h);
      }
    }
  }

  /**
   * 64-bit FNV-1a over the UTF-16 units, then a strong finaliser; never 0 (0 marks an empty slot).
   *
   * @param key the key text
   * @return its hash
   */
  public static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
