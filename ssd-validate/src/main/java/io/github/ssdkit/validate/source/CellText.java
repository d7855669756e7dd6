package io.github.ssdkit.validate.source;

/**
 * One cell's text as a reusable view, so that checking a cell allocates nothing: either a range
 * of a reader's buffer (valid until the reader moves on) or the reader's own copy in a scratch
 * array that grows and is kept. {@link #toString()} makes a String only when one is needed (an
 * issue reported, a value kept), once per cell until the view is pointed elsewhere. Not
 * thread-safe; one instance per cell position of a reader. Like {@link StringBuilder}, it has no
 * value equality: compare with {@link #contentEquals} or the String.
 */
public final class CellText implements CharSequence {

  private char[] chars;
  private int from;
  private int length;
  private char[] own = new char[16];
  private String text;

  /** An empty view with a small scratch array; a reader makes one per cell position and reuses it. */
  public CellText() {
    // Fields start at their declared values; the view is pointed at a cell with view or copy.
  }

  /**
   * Points the view at a range of a buffer the caller keeps unchanged while the cell is used.
   *
   * @param buffer the characters
   * @param start where the cell starts
   * @param count how many characters it has
   * @return this view
   */
  public CellText view(char[] buffer, int start, int count) {
    chars = buffer;
    from = start;
    length = count;
    text = null;
    return this;
  }

  /**
   * Points the view at a String, for sources that hold cells as text (JSON Lines, databases):
   * its characters are copied into the view's scratch array and the String is kept for
   * {@link #toString()}.
   *
   * @param value the cell text
   * @return this view
   */
  public CellText of(String value) {
    int n = value.length();
    value.getChars(0, n, scratch(n), 0);
    text = value;
    return this;
  }

  /**
   * Points the view at a copy of a builder's characters.
   *
   * @param builder the characters
   * @return this view
   */
  public CellText copy(StringBuilder builder) {
    int n = builder.length();
    builder.getChars(0, n, scratch(n), 0);
    text = null;
    return this;
  }

  /** Points the view at the first {@code n} characters of its own array, grown to hold them. */
  private char[] scratch(int n) {
    if (own.length < n) {
      own = new char[Math.max(n, own.length * 2)];
    }
    chars = own;
    from = 0;
    length = n;
    return own;
  }

  /**
   * Points the view at a copy of the characters, for a buffer about to be overwritten.
   *
   * @param buffer the characters
   * @param start where the cell starts
   * @param count how many characters it has
   * @return this view
   */
  public CellText copy(char[] buffer, int start, int count) {
    System.arraycopy(buffer, start, scratch(count), 0, count);
    text = null;
    return this;
  }

  /** Copies the viewed range into the scratch array, when it is a view of another buffer. */
  public void detach() {
    if (chars != own) {
      copy(chars, from, length);
    }
  }

  /**
   * Whether the view is a range of the given buffer.
   *
   * @param buffer a buffer
   * @return true when the text lives in it
   */
  public boolean in(char[] buffer) {
    return chars == buffer;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    return chars[from + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  /**
   * Whether the text equals a String, compared in place.
   *
   * @param s the String
   * @return true when both hold the same characters
   */
  public boolean contentEquals(String s) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = new String(chars, from, length);
      text = t;
    }
    return t;
  }
}
