package io.github.ssdkit.sample;

import java.util.Locale;

/** Byte counts for people: 1 kB is 1,000 bytes, as disks are sold and {@code df -H} prints them. */
final class Sizes {

  private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};

  private Sizes() {}

  static String human(long bytes) {
    if (bytes < 1000) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    double v = bytes;
    int unit = 0;
    while (v >= 999.95 && unit < UNITS.length - 1) {
      v /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, UNITS[unit]);
  }
}
