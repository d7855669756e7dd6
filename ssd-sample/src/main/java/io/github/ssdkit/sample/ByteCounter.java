package io.github.ssdkit.sample;

import java.io.Writer;

/** A writer that keeps nothing and counts the bytes its text would take in UTF-8. */
final class ByteCounter extends Writer {

  private long bytes;

  @Override
  public void write(char[] text, int from, int length) {
    for (int i = from; i < from + length; i++) {
      bytes += utf8Length(text[i]);
    }
  }

  @Override
  public void write(String text, int from, int length) {
    for (int i = from; i < from + length; i++) {
      bytes += utf8Length(text.charAt(i));
    }
  }

  @Override
  public void write(int c) {
    bytes += utf8Length((char) c);
  }

  /** Bytes of one UTF-16 unit: a surrogate is half of a four-byte character. */
  static int utf8Length(char c) {
    return c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
  }

  static long utf8Length(CharSequence text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += utf8Length(text.charAt(i));
    }
    return n;
  }

  long bytes() {
    return bytes;
  }

  @Override
  public void flush() {
    // nothing is kept
  }

  @Override
  public void close() {
    // nothing to release
  }
}
