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

  void add(String key) {
    byte[] b = key.getBytes(StandardCharsets.UTF_8);
    int start = count == 0 ? 0 : ends[count - 1];
    if (start + b.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, start + b.length));
    }
    System.arraycopy(b, 0, bytes, start, b.length);
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, Math.max(16, count * 2));
    }
    ends[count++] = start + b.length;
  }

  /** Cuts the arrays to the keys added. */
  void trim() {
    bytes = Arrays.copyOf(bytes, count == 0 ? 0 : ends[count - 1]);
    ends = Arrays.copyOf(ends, count);
  }

  String get(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("key " + i + " of " + count);
    }
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
  }
}
