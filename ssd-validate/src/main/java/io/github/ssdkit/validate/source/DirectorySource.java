package io.github.ssdkit.validate.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.spec.load.IoReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An extract as a directory with one file per table, {@code <table>.csv} or {@code <table>.jsonl}
 * (names matched without regard to case; {@link FileKind} is where those names are spelled). An optional {@code ssd-extract.json} may declare the
 * spec version the extract follows: {@code {"spec_version": "1.0.0"}}.
 */
public final class DirectorySource implements ExtractSource {

  /** The optional file in which an extract declares its spec version. */
  public static final String EXTRACT_MANIFEST = "ssd-extract.json";

  private final Path directory;
  private final FileKind format;
  private Map<String, Path> files;
  /** Files that name a table another file already names, differing only in case. */
  private final Map<String, List<Path>> ignored = new TreeMap<>();

  /**
   * A directory of {@code <table><extension>} files.
   *
   * @param directory the folder
   * @param format the kind of file read
   */
  public DirectorySource(Path directory, FileKind format) {
    this.directory = directory;
    this.format = format;
  }

  /**
   * A directory of {@code <table>.csv} files.
   *
   * @param directory the folder
   * @return the source
   */
  public static DirectorySource csv(Path directory) {
    return new DirectorySource(directory, FileKind.CSV);
  }

  /**
   * A directory of {@code <table>.jsonl} files.
   *
   * @param directory the folder
   * @return the source
   */
  public static DirectorySource jsonLines(Path directory) {
    return new DirectorySource(directory, FileKind.JSON_LINES);
  }

  /**
   * CSV when the directory holds any {@code .csv} table file, JSON Lines when it holds only {@code .jsonl}.
   *
   * @param directory the folder
   * @return the source
   */
  public static DirectorySource detect(Path directory) {
    try (Stream<Path> list = Files.list(directory)) {
      boolean csv = false;
      boolean jsonl = false;
      for (Path p : list.toList()) {
        String n = p.getFileName().toString();
        csv |= FileKind.CSV.matches(n);
        jsonl |= FileKind.JSON_LINES.matches(n);
      }
      return new DirectorySource(directory, jsonl && !csv ? FileKind.JSON_LINES : FileKind.CSV);
    } catch (IOException e) {
      return csv(directory);
    }
  }

  /**
   * The kind of file read.
   *
   * @return the format
   */
  public FileKind format() {
    return format;
  }

  @Override
  public String describe() {
    return directory.toString();
  }

  @Override
  public Optional<String> unusable(Spec spec) {
    if (!Files.exists(directory)) {
      return Optional.of(directory + ": no such directory");
    }
    if (!Files.isDirectory(directory)) {
      return Optional.of(directory + ": not a directory; expected a directory with one " + format.extension()
          + " file per table");
    }
    if (!Files.isReadable(directory)) {
      return Optional.of(directory + ": the directory cannot be read: permission denied");
    }
    try {
      if (files().isEmpty()) {
        FileKind other = format.other();
        String hint = new DirectorySource(directory, other).files().isEmpty() ? ""
            : "; it holds " + other.extension() + " files, read with " + (other == FileKind.CSV ? "no --jsonl" : "--jsonl");
        return Optional.of(directory + ": no " + format.extension() + " files; expected one per table, such as "
            + spec.tables().get(0).name() + format.extension() + hint);
      }
      Optional<String> named = noTableNamed(spec);
      if (named.isPresent()) {
        return named;
      }
    } catch (IOException e) {
      return Optional.of(directory + ": the directory cannot be listed: " + IoReason.of(e));
    }
    return Optional.empty();
  }

  /** Files there are, but none is named after a table: nothing would be read, so that is no extract. */
  private Optional<String> noTableNamed(Spec spec) throws IOException {
    List<String> tables = spec.tables().stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
    if (files().keySet().stream().anyMatch(tables::contains)) {
      return Optional.empty();
    }
    List<String> names = files().values().stream().map(p -> p.getFileName().toString())
        .map(n -> n.substring(0, n.length() - format.extension().length())).sorted().toList();
    String listed = String.join(", ", names.stream().limit(5).map(n -> n + format.extension()).toList())
        + (names.size() > 5 ? String.format(" and %,d more", names.size() - 5) : "");
    return Optional.of(directory + ": no " + format.extension() + " file is named after a table of the SSD spec "
        + spec.version() + " (" + listed + ")" + FileNameHints.hint(names, tables, format.extension()));
  }

  @Override
  public Optional<TableReader> open(Table table, InputProblems problems) throws IOException {
    Path file = files().get(table.name().toLowerCase(Locale.ROOT));
    if (file == null) {
      return Optional.empty();
    }
    List<Path> others = ignored.getOrDefault(table.name().toLowerCase(Locale.ROOT), List.of());
    for (Path other : others) {
      problems.report(0, "input.duplicate-file", true, other.getFileName() + " and " + file.getFileName()
          + " are both files of " + table.name() + " (names are matched without regard to case); only "
          + file.getFileName() + " was read");
    }
    Optional<String> notAFile = notAFile(file);
    if (notAFile.isPresent()) {
      problems.report(0, "input.unreadable", true, file.getFileName() + " " + notAFile.get());
      return Optional.of(TableReader.unread("the file could not be read"));
    }
    InputStream in;
    long size;
    try {
      size = Files.size(file);
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      problems.report(0, "input.unreadable", true, file.getFileName() + " cannot be read: " + IoReason.of(e));
      return Optional.of(TableReader.unread("the file could not be read"));
    }
    String name = file.getFileName().toString();
    return Optional.of(format == FileKind.CSV
        ? new CsvTableReader(in, name, problems, size)
        : new JsonLinesTableReader(in, name, table));
  }

  /** Why a table's path cannot be read as a file, checked before opening it: a pipe would wait for ever. */
  private static Optional<String> notAFile(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of("is a directory; expected a file");
    }
    if (!Files.exists(file)) {
      return Optional.of("is a link that leads nowhere (or round in a loop); expected a file");
    }
    if (!Files.isRegularFile(file)) {
      return Optional.of("is not a regular file (a pipe, a socket or a device); expected a file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("cannot be read: permission denied");
    }
    return Optional.empty();
  }

  @Override
  public List<String> unknownTables(Spec spec) throws IOException {
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, Path> e : files().entrySet()) {
      if (spec.tables().stream().noneMatch(t -> t.name().equalsIgnoreCase(e.getKey()))) {
        unknown.add(e.getValue().getFileName().toString());
      }
    }
    return unknown;
  }

  @Override
  public Optional<String> declaredSpecVersion() throws IOException {
    Path manifest = directory.resolve(EXTRACT_MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try (JsonParser p = new JsonFactory().createParser(manifest.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("spec_version".equals(field) && value == JsonToken.VALUE_STRING) {
          return Optional.of(p.getText());
        }
        p.skipChildren();
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(EXTRACT_MANIFEST + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return Optional.empty();
  }

  private Map<String, Path> files() throws IOException {
    if (files == null) {
      Map<String, Path> found = new TreeMap<>();
      try (Stream<Path> list = Files.list(directory)) {
        for (Path p : list.sorted().toList()) {
          Optional<String> table = format.tableName(p.getFileName().toString());
          if (table.isPresent() && found.putIfAbsent(table.get(), p) != null) {
            ignored.computeIfAbsent(table.get(), t -> new ArrayList<>()).add(p);
          }
        }
      }
      files = found;
    }
    return files;
  }
}
