package io.github.ssdkit.validate.source;

import java.io.InputStream;

/** Bytes handed over a few at a time, as a slow pipe would: so that characters cross every read's end. */
final class TricklingStream extends InputStream {

  private final byte[] bytes;
  private final int each;
  private int at;

  /**
   * @param bytes the stream's bytes
   * @param each the most bytes one read gives
   */
  TricklingStream(byte[] bytes, int each) {
    this.bytes = bytes;
    this.each = each;
  }

  @Override
  public int read() {
    return at < bytes.length ? bytes[at++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (at >= bytes.length) {
      return -1;
    }
    int n = Math.min(Math.min(len, each), bytes.length - at);
    System.arraycopy(bytes, at, b, off, n);
    at += n;
    return n;
  }
}
