package io.github.ssdkit.codegen;

import java.util.Objects;

/**
 * One generated file: a relative path with forward slashes and its full text.
 *
 * @param path where the file goes, relative to the output directory, such as {@code json/ssd_person.schema.json}
 * @param content the file's text; always ends with a newline
 */
public record GeneratedFile(String path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("generated paths are relative and use forward slashes: " + path);
    }
  }
}
