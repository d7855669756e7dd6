package io.github.ssdkit.validate.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that, unlike {@link java.io.InputStreamReader}, first hands over every
 * character before a malformed byte and only then fails. An {@code InputStreamReader} drops the
 * whole chunk it was decoding, so a reader could neither name the line of the bad byte nor check
 * the rows before it. A malformed byte fails one read with {@link BadByte}; the next read goes on
 * after it, so a reader can report the line and resume at its next record. A UTF-16 byte-order
 * mark fails at once, and for good, with its own exception.
 */
final class Utf8Reader extends Reader {

  /** A byte that cannot start or continue a UTF-8 character. */
  static final class BadByte extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final int value;

    BadByte(int value) {
      this.value = value;
    }

    @Override
    public String getMessage() {
      return String.format("byte 0x%02X is not valid UTF-8 (is the file Windows-1252 or Latin-1? save it as UTF-8)", value);
    }
  }

  /** The input starts with a UTF-16 byte-order mark, as SQL Server's and Excel's "Unicode" exports do. */
  static final class Utf16 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      return "the file is UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8, so export or save it as UTF-8";
    }
  }

  /**
   * Whether this JVM compiles without C2, as the launchers run smaller extracts: HotSpot then says
   * "emulated-client" in {@code java.vm.info} (or "interpreted mode" without any compiler).
   */
  static final boolean WITHOUT_C2 = withoutC2(System.getProperty("java.vm.info", ""));

  private final InputStream in;
  /**
   * Whether ASCII bytes are copied to characters by a plain loop here, leaving the JDK decoder
   * only the other characters. Its own ASCII loops (test, then widen) are C2 intrinsics, vector
   * code that a plain loop cannot match: 10 % slower on 10M rows of JSON Lines (BENCHMARKS.md).
   * Without C2 they are two plain loops, and one loop here reads a million rows 6-8 % sooner.
   */
  private final boolean asciiByHand;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer pair = CharBuffer.allocate(2);
  private int pending = -1;
  private boolean started;
  private boolean eof;
  private CharacterCodingException failure;

  Utf8Reader(InputStream in) {
    this(in, WITHOUT_C2);
  }

  /**
   * A reader choosing how ASCII is decoded; the result is the same either way.
   *
   * @param in the bytes
   * @param asciiByHand whether ASCII bytes are copied by a plain loop rather than by the JDK decoder
   */
  Utf8Reader(InputStream in, boolean asciiByHand) {
    this.in = in;
    this.asciiByHand = asciiByHand;
  }

  static boolean withoutC2(String vmInfo) {
    return vmInfo.contains("emulated-client") || vmInfo.startsWith("interpreted mode");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pending >= 0) {
      cbuf[off] = (char) pending;
      pending = -1;
      return 1;
    }
    if (failure != null) {
      CharacterCodingException f = failure;
      if (f instanceof BadByte) {
        failure = null; // thrown once; reading goes on after the byte
      }
      throw f;
    }
    if (!started) {
      start();
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (true) {
      CoderResult r = asciiByHand ? decodeCopyingAscii(out) : decoder.decode(bytes, out, eof);
      if (r.isError()) {
        BadByte bad = skipMalformed(r);
        if (out.position() > off) {
          failure = bad;
          return out.position() - off;
        }
        throw bad;
      }
      if (out.position() > off) {
        return out.position() - off;
      }
      if (r.isOverflow()) {
        return splitPair(cbuf, off); // room for one char only, and the next is a surrogate pair
      }
      if (eof) {
        return -1;
      }
      fill();
    }
  }

  /**
   * What {@code decoder.decode(bytes, out, eof)} does, with ASCII bytes copied here: the decoder
   * sees the bytes of one other character at most (a window of four bytes) each time.
   */
  private CoderResult decodeCopyingAscii(CharBuffer out) {
    while (true) {
      copyAscii(out);
      int limit = bytes.limit();
      boolean window = bytes.remaining() > 4 && out.hasRemaining();
      if (!window) {
        return decoder.decode(bytes, out, eof);
      }
      bytes.limit(bytes.position() + 4);
      int before = bytes.position();
      CoderResult r;
      try {
        r = decoder.decode(bytes, out, false);
      } finally {
        bytes.limit(limit);
      }
      if (!r.isUnderflow() || bytes.position() == before) {
        return r;
      }
    }
  }

  /** Copies bytes below 0x80 as they are, up to the first other byte or the end of either buffer. */
  private void copyAscii(CharBuffer out) {
    byte[] src = bytes.array();
    int from = bytes.arrayOffset() + bytes.position();
    char[] dst = out.array();
    int to = out.arrayOffset() + out.position();
    int n = Math.min(bytes.remaining(), out.remaining());
    int i = 0;
    while (i < n) {
      byte b = src[from + i];
      if (b < 0) {
        break;
      }
      dst[to + i] = (char) b;
      i++;
    }
    bytes.position(bytes.position() + i);
    out.position(out.position() + i);
  }

  private int splitPair(char[] cbuf, int off) throws IOException {
    pair.clear();
    CoderResult r = decoder.decode(bytes, pair, eof);
    if (r.isError() && pair.position() == 0) {
      throw skipMalformed(r);
    }
    cbuf[off] = pair.get(0);
    if (pair.position() > 1) {
      pending = pair.get(1);
    }
    return 1;
  }

  /** The exception for a malformed sequence, which is stepped over so that decoding can go on. */
  private BadByte skipMalformed(CoderResult r) {
    BadByte bad = new BadByte(bytes.get(bytes.position()) & 0xFF);
    bytes.position(bytes.position() + r.length());
    return bad;
  }

  private void start() throws IOException {
    started = true;
    while (!eof && bytes.remaining() < 2) {
      fill();
    }
    if (bytes.remaining() >= 2) {
      int first = bytes.get(0) & 0xFF;
      int second = bytes.get(1) & 0xFF;
      if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
        failure = new Utf16();
        throw failure;
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
