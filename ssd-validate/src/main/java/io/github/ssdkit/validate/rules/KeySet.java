package io.github.ssdkit.validate.rules;

/**
 * A compact set of keys for uniqueness and foreign-key checks. Each key is a 64-bit value (see
 * {@link #hash}): a key written as a plain whole number (the usual database identifier) is stored
 * as its value, one bit in a {@link NumberWindow} while the numbers lie close together (about an
 * eighth of a byte a key for identifiers handed out in order); any other key, and a number far from
 * the others, goes into an open-addressing array of longs (a power of two, at least 1,024, at most
 * three quarters full, doubled when it would be fuller), 11 to 22 bytes a key, so ten million
 * hashed keys take 134 MB and never more than 160 MB. A set made for an expected number of keys
 * makes that array that large for its first hashed key, unless whole numbers already fill its
 * window, so that filling it rehashes nothing; once filled, {@link #trim} gives back what a too
 * high estimate reserved, so a kept set always has the size it would have grown to from empty.
 *
 * <p>Whole numbers never share a value. Numbers in the array that differ only in their last three
 * bits share a run of 8 slots, so keys added in order fill memory in order. Two different keys of
 * other kinds share a hash with a probability around n²/2⁶⁵ (about 3 in a million for ten million
 * keys); the effect would be a missed duplicate or a missed dangling reference, never a false
 * error. A set of keys from a table that was not completely read is marked
 * {@linkplain #complete() incomplete}: a key it lacks may be on a row that was lost.
 */
public final class KeySet {

  private static final int MIN_SLOTS = 1 << 10;
  /** The most keys a set is made ready for in advance: an estimate beyond it is not trusted further. */
  private static final long MAX_EXPECTED = 1L << 23;

  private long[] slots;
  /** The keys hashed into {@link #slots}. */
  private int hashed;
  /** Every key: those in the window and those hashed. */
  private int size;
  /** The slots to make for the first hashed key, from the caller's estimate. */
  private final int expectedSlots;
  /** The whole numbers that lie close together; none of its values is ever in {@link #slots}. */
  private final NumberWindow window = new NumberWindow(WINDOW_FLOOR, WINDOW_VALUES_PER_KEY);
  /** A window may always span 1,048,576 values (128 KB). */
  private static final long WINDOW_FLOOR = 1 << 20;
  /** And 32 values (4 bytes) per key held: far less than a hashed key takes. */
  private static final long WINDOW_VALUES_PER_KEY = 32;

  /** An empty set that grows as keys are added. */
  public KeySet() {
    this(0);
  }

  /**
   * An empty set with room for the keys expected (at most 2²³ of them, 128 MB), so that adding them
   * rehashes nothing; an estimate too high costs memory only until {@link #trim}.
   *
   * @param expectedKeys how many keys are expected; 0 or less when unknown
   */
  public KeySet(long expectedKeys) {
    this.expectedSlots = slotsFor(Math.min(expectedKeys, MAX_EXPECTED));
    this.slots = new long[MIN_SLOTS];
  }

  /** The smallest power of two, at least {@link #MIN_SLOTS}, that holds the keys three quarters full. */
  private static int slotsFor(long keys) {
    int s = MIN_SLOTS;
    while (keys * 4 > s * 3L && s < (1 << 30)) {
      s <<= 1;
    }
    return s;
  }

  /**
   * Shrinks the set to the size it would have grown to from empty, after an estimate above the
   * keys added; a set already that size is left alone.
   */
  public void trim() {
    int right = slotsFor(hashed);
    if (right < slots.length) {
      rehash(right);
    }
  }
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
  public boolean add(CharSequence key) {
    return addHash(hash(key));
  }

  /**
   * Whether a key was added (or, very rarely, a key with the same hash).
   *
   * @param key the key text
   * @return true when present
   */
  public boolean contains(CharSequence key) {
    return containsHash(hash(key));
  }

  /**
   * Whether a key with this {@link #hash} was added.
   *
   * @param h the key's hash
   * @return true when present
   */
  public boolean containsHash(long h) {
    if (window.covers(h - WHOLE)) {
      return window.contains(h - WHOLE);
    }
    int mask = slots.length - 1;
    for (int i = home(h, mask); ; i = (i + 1) & mask) {
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
   * Slots the set holds now, for checking its memory (8 bytes each).
   *
   * @return the length of its array
   */
  int capacity() {
    return slots.length;
  }

  /**
   * Bytes the window of whole numbers takes, for checking its memory.
   *
   * @return 0 until a whole number was added
   */
  long windowBytes() {
    return window.bytes();
  }

  /**
   * Keys held.
   *
   * @return how many distinct hashes were added
   */
  public int size() {
    return size;
  }

  /**
   * Adds a key by its {@link #hash}, for a key hashed in place from its parts.
   *
   * @param h the key's hash, never 0
   * @return false when it was already there
   */
  public boolean addHash(long h) {
    long value = h - WHOLE;
    if (window.covers(value) || (isWholeNumber(value) && widen(value))) {
      if (window.add(value)) {
        size++;
        return true;
      }
      return false;
    }
    if (hashed == 0 && size == 0 && slots.length < expectedSlots) {
      slots = new long[expectedSlots];
    }
    if ((hashed + 1) * 4L > slots.length * 3L) {
      grow();
    }
    if (put(h)) {
      hashed++;
      size++;
      return true;
    }
    return false;
  }

  /** Puts a hash into the slots; false when it is there already. Counts nothing. */
  private boolean put(long h) {
    int mask = slots.length - 1;
    for (int i = home(h, mask); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        slots[i] = h;
        return true;
      }
      if (s == h) {
        return false;
      }
    }
  }

  /**
   * Widens the window to a whole number when its budget allows, and moves the hashed whole
   * numbers it then covers out of the slots, so that a value is never in both.
   */
  private boolean widen(long value) {
    if (!window.widen(value, size)) {
      return false;
    }
    if (hashed > 0) {
      long[] old = slots;
      slots = new long[old.length];
      hashed = 0;
      for (long h : old) {
        if (h != 0 && window.covers(h - WHOLE)) {
          window.add(h - WHOLE);
        } else if (h != 0) {
          put(h);
          hashed++;
        }
      }
    }
    return true;
  }

  /**
   * The first slot to try for a hash: its run of 8 slots is picked by the bits above the last three
   * (Fibonacci hashing: the top bits of their product with the golden ratio, so that runs spread
   * over the array), its place in the run by the last three, so that hashes differing only there
   * (whole-number keys in a row) share a run.
   *
   * @param h the hash
   * @param mask the number of slots less one: a power of two less one, at least 1,023
   * @return the slot
   */
  static int home(long h, int mask) {
    long run = ((h >>> 3) * 0x9e3779b97f4a7c15L) >>> (67 - Integer.bitCount(mask));
    return (int) (run << 3) | (int) (h & 7);
  }

  private void grow() {
    rehash(slots.length * 2);
  }

  private void rehash(int length) {
    long[] old = slots;
    slots = new long[length];
    for (long h : old) {
      if (h != 0) {
        put(h);
      }
    }
  }

  /**
   * The value stored for a key, never 0 (0 marks an empty slot). A plain whole number of 1 to 18
   * digits with no leading zero (or "0") is stored as {@link #WHOLE} plus its value: distinct
   * numbers never collide. Any other text gets 64-bit FNV-1a over its UTF-16 units, then a strong
   * finaliser; a key of several parts joined with {@code |} hashes the same when hashed in place
   * as {@code finishKey(mix(mix(mix(START, a), '|'), b))}.
   *
   * @param key the key text
   * @return its hash
   */
  public static long hash(CharSequence key) {
    long whole = wholeNumber(key);
    return whole >= 0 ? WHOLE + whole : finishKey(mix(START, key));
  }

  /** Added to a whole-number key's value to make its hash: above every value of up to 18 digits. */
  static final long WHOLE = 0xAL << 60;
  /** Above every whole number of up to 18 digits: 10¹⁸. */
  private static final long WHOLE_LIMIT = 1_000_000_000_000_000_000L;

  /**
   * Whether a hash less {@link #WHOLE} is the value of a whole-number key.
   *
   * @param value a {@link #hash} less {@link #WHOLE}
   * @return true for a whole number's value (no other key's hash gives one)
   */
  static boolean isWholeNumber(long value) {
    return value >= 0 && value < WHOLE_LIMIT;
  }

  /** The value of a plain whole number of 1 to 18 digits without a leading zero, else -1. */
  private static long wholeNumber(CharSequence key) {
    int n = key.length();
    if (n == 0 || n > 18 || (key.charAt(0) == '0' && n > 1)) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      int digit = key.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** The FNV-1a offset basis: the state before the first character. */
  public static final long START = 0xcbf29ce484222325L;

  /**
   * Mixes characters into an unfinished hash.
   *
   * @param h the state so far ({@link #START} at first)
   * @param text the characters
   * @return the new state
   */
  public static long mix(long h, CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /**
   * Mixes one character into an unfinished hash.
   *
   * @param h the state so far
   * @param c the character
   * @return the new state
   */
  public static long mix(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  /**
   * Finishes a hash.
   *
   * @param h the state after the last character
   * @return the hash, never 0
   */
  public static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * Finishes the hash of a key that is not a plain whole number, as {@link #hash} does.
   *
   * @param h the state after the last character
   * @return the hash, never 0 and never one a whole number has (its top four bits are never those
   *     of {@link #WHOLE}), so that no other key is ever taken for a number
   */
  public static long finishKey(long h) {
    long f = finish(h);
    return f >>> 60 == WHOLE >>> 60 ? f ^ (1L << 62) : f;
  }
}
