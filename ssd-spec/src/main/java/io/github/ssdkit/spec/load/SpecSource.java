package io.github.ssdkit.spec.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where spec files come from: a directory on disk or a folder on the classpath. */
public interface SpecSource {

  /** Manifest file name at the root of every spec. */
  String MANIFEST = "ssd.yaml";

  /**
   * A short description for messages, such as the directory path.
   *
   * @return the description
   */
  String describe();

  /**
   * The text of a file, by path relative to the spec root; empty when it does not exist.
   *
   * @param relativePath the path, with {@code /} between folders
   * @return the text, or empty
   * @throws IOException when the file exists but cannot be read, is too large or is not UTF-8
   */
  Optional<String> read(String relativePath) throws IOException;

  /**
   * The YAML files directly inside a folder of the spec, or an empty list when that cannot be known.
   *
   * @param folder the folder, relative to the spec root
   * @return the file names, sorted
   * @throws IOException when the folder cannot be listed
   */
  List<String> listYaml(String folder) throws IOException;

  /**
   * A spec in a directory of the file system.
   *
   * @param root the directory holding {@link #MANIFEST}
   * @return the source
   */
  static SpecSource directory(Path root) {
    return new SpecSource() {
      @Override
      public String describe() {
        return root.toString();
      }

      @Override
      public Optional<String> read(String relativePath) throws IOException {
        try {
          Path file = root.resolve(relativePath);
          if (Files.size(file) > MAX_BYTES) {
            throw new TooLarge(Files.size(file));
          }
          return Optional.of(decode(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        }
      }

      @Override
      public List<String> listYaml(String folder) throws IOException {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
          return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
          return files.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
              .sorted()
              .toList();
        }
      }
    };
  }

  /**
   * A spec packaged as resources under {@code prefix} (for example {@code ssd}) of a class loader.
   *
   * @param loader the class loader
   * @param prefix the resource folder holding {@link #MANIFEST}
   * @return the source
   */
  static SpecSource classpath(ClassLoader loader, String prefix) {
    return new SpecSource() {
      @Override
      public String describe() {
        return "classpath:" + prefix;
      }

      @Override
      public Optional<String> read(String relativePath) throws IOException {
        try (InputStream in = loader.getResourceAsStream(prefix + "/" + relativePath)) {
          return in == null ? Optional.empty() : Optional.of(decode(in.readAllBytes()));
        }
      }

      @Override
      public List<String> listYaml(String folder) {
        return List.of();
      }
    };
  }

  /**
   * Strict UTF-8: a file in another encoding is an error, not silently garbled text. The
   * exception's message says where the first byte that is not UTF-8 is, and names UTF-16.
   */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotUtf8(bytes, in.position(), out.position() == 0 ? "" : out.flip().toString());
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Files larger than this are not read at all (a spec file is a few kilobytes). */
  long MAX_BYTES = 16L * 1024 * 1024;

  /** A file too large to be a spec file, refused before it is read. */
  final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long bytes) {
      super("the file is " + bytes + " bytes, more than the " + MAX_BYTES + " a spec file may have; is it really a spec file?");
    }
  }

  /** A file that is not UTF-8, with where and (for UTF-16) why. */
  final class NotUtf8 extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    /** What is wrong, where, and for UTF-16 why. */
    private final String message;

    NotUtf8(byte[] bytes, int offset, String before) {
      boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
          || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
      if (utf16) {
        message = "it is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8";
      } else {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
          if (before.charAt(i) == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
        message = String.format("byte 0x%02X at line %d, column %d is not UTF-8 (Windows-1252 or Latin-1?);"
            + " save the file as UTF-8", bytes[offset] & 0xFF, line, column);
      }
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
