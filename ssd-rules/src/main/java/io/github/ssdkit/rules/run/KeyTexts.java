package io.github.ssdkit.rules.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The primary-key texts of a table's rows, packed as UTF-8 bytes end to end. A key is only read
 * back for a reported row, so a frame keeps a few bytes per row here instead of a string per row.
 */
final class KeyTexts {

  private byte[] bytes = new byte[256];
  /** Where key {@code i} ends in {@link #bytes}; it starts where key {@code i - 1} ends. */
  private int[] ends = new int[16];
  private int count;
  /** The keys expected in all (see {@link #expect}), or 0 when not told. */
  private long expected;

  /** Sizes for about {@code keys} keys; the bytes are sized when they first fill, from the keys so far. */
  void expect(long keys) {
    if (count == 0 && keys > ends.length) {
      expected = keys + keys / 8 + 16;
      ends = new int[(int) Math.min(expected, Integer.MAX_VALUE - 16)];
    }
  }

  void add(String key) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    int start = count == 0 ? 0 : ends[count - 1];
    if (start + b.length > bytes.length) {
      long grown = Math.max(bytes.length * 2L, start + b.length);
      if (expected > count && count > 0) {
        grown = Math.max(grown, (long) ((double) start / count * expected));
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 16));
    }
    System.arraycopy(b, 0, bytes, start, b.length);
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, Math.max(16, count * 2));
    }
    ends[count++] = start + b.length;
  }

  /** Cuts the arrays to the keys added when more than an eighth of either is unused. */
  void trim() {
    int used = count == 0 ? 0 : ends[count - 1];
    if (bytes.length - used > used / 8) {
      bytes = Arrays.copyOf(bytes, used);
    }
    if (ends.length - count > count / 8) {
      ends = Arrays.copyOf(ends, count);
    }
  }

  String get(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("key " + i + " of " + count);
    }
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
  }
}
