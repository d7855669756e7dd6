package io.github.ssdkit.spec.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

  /** A short description for messages, such as the directory path. */
  String describe();

  /** The text of a file, by path relative to the spec root; empty when it does not exist. */
  Optional<String> read(String relativePath) throws IOException;

  /** The YAML files directly inside a folder of the spec, or an empty list when that cannot be known. */
  List<String> listYaml(String folder) throws IOException;

  static SpecSource directory(Path root) {
    return new SpecSource() {
      @Override
      public String describe() {
        return root.toString();
      }

      @Override
      public Optional<String> read(String relativePath) throws IOException {
        try {
          return Optional.of(decode(Files.readAllBytes(root.resolve(relativePath))));
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

  /** A spec packaged as resources under {@code prefix} (for example {@code ssd}) of a class loader. */
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

  /** Strict UTF-8: a file in another encoding is an error, not silently garbled text. */
  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
