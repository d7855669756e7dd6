package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Overlay;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an overlay: a directory holding {@code overlay.yaml} (tables and code sets named in it
 * live in {@code tables/} and {@code codesets/}, as in a spec), or one YAML file that declares its
 * tables and code sets inline. Locations name the files as the user gave the path, so that an
 * editor or a build log can jump to them.
 */
final class OverlayReader {

  /** The manifest file of an overlay directory. */
  static final String MANIFEST = "overlay.yaml";

  static final Set<String> KEYS = Set.of(
      "overlay", "name", "version", "core", "prefix", "description", "tables", "code_sets", "extend");
  static final Set<String> EXTEND_KEYS = Set.of("tables", "code_sets");
  static final Set<String> TABLE_EXTENSION_KEYS = Set.of("table", "add_fields", "tighten", "add_checks");
  static final Set<String> TIGHTEN_KEYS = Set.of(
      "name", "required", "unique", "max_length", "precision", "scale", "pattern", "min", "max");
  static final Set<String> CODE_SET_EXTENSION_KEYS = Set.of("code_set", "add_values");

  private final Path path;
  private final boolean directory;
  private final SpecSource source;
  private final Problems problems = new Problems();

  private OverlayReader(Path path) {
    this.path = path;
    this.directory = Files.isDirectory(path);
    this.source = SpecSource.directory(directory ? path : path.toAbsolutePath().getParent());
  }

  static OverlayLoad read(Path path) {
    OverlayReader reader = new OverlayReader(path);
    Overlay overlay = reader.read();
    return new OverlayLoad(overlay, reader.problems.list());
  }

  private String display(String relative) {
    return directory ? path.resolve(relative).toString() : path.toString();
  }

  private Overlay read() {
    if (!Files.exists(path)) {
      problems.error("overlay.missing", SourceLocation.of(path.toString()),
          "no overlay here: expected a directory holding " + MANIFEST + ", or a single overlay YAML file");
      return null;
    }
    String manifestPath = directory ? MANIFEST : path.getFileName().toString();
    YamlFile file = new YamlFile(display(MANIFEST));
    Node root = parse(manifestPath, file, null);
    if (root == null) {
      return null;
    }
    MapReader map = MapReader.of(file, root, problems, "an overlay manifest", KEYS);
    if (map == null) {
      return null;
    }
    String id = map.requiredString("overlay");
    String version = map.requiredString("version");
    if (version != null && !version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
      problems.error("spec.value.version", map.at("version"),
          "overlay version '" + version + "' is not a semantic version such as 1.2.0");
    }
    String core = map.requiredString("core");
    String prefix = map.requiredString("prefix");
    List<Table> tables = declared(map, "tables", "table", SpecLoader.TABLES,
        (f, n) -> TableReader.read(f, n, problems), Table::name);
    List<CodeSet> codeSets = declared(map, "code_sets", "code set", SpecLoader.CODE_SETS,
        (f, n) -> CodeSetReader.read(f, n, problems), CodeSet::id);
    List<Overlay.TableExtension> tableExtensions = new ArrayList<>();
    List<Overlay.CodeSetExtension> codeSetExtensions = new ArrayList<>();
    Node extend = map.value("extend");
    if (extend != null) {
      MapReader ext = MapReader.of(file, extend, problems, "the extend section", EXTEND_KEYS);
      if (ext != null) {
        for (Node n : ext.items("tables")) {
          Optional.ofNullable(tableExtension(file, n)).ifPresent(tableExtensions::add);
        }
        for (Node n : ext.items("code_sets")) {
          Optional.ofNullable(codeSetExtension(file, n)).ifPresent(codeSetExtensions::add);
        }
      }
    }
    if (id == null) {
      return null;
    }
    return new Overlay(id, map.string("name"), version, core, prefix, map.string("description"), tables, codeSets,
        tableExtensions, codeSetExtensions, map.at(), map.at("core"), map.at("prefix"));
  }

  /**
   * The tables or code sets the manifest declares: each entry is a name (read from
   * {@code folder/<name>.yaml} of an overlay directory) or a whole declaration written inline.
   */
  private <T> List<T> declared(MapReader map, String key, String what, String folder,
      BiFunction<YamlFile, Node, T> reader, java.util.function.Function<T, String> nameOf) {
    List<T> out = new ArrayList<>();
    for (Node entry : map.items(key)) {
      if (entry instanceof MappingNode) {
        Optional.ofNullable(reader.apply(map.file(), entry)).ifPresent(out::add);
        continue;
      }
      if (!(entry instanceof ScalarNode s) || s.getValue().isBlank()) {
        problems.error("spec.value.type", map.file().at(entry), "each entry of '" + key
            + "' is a " + what + " name or an inline " + what + " declaration");
        continue;
      }
      String name = s.getValue();
      if (!directory) {
        problems.error("overlay.file.inline", map.file().at(entry), "a single-file overlay declares each " + what
            + " inline; '" + name + "' would need an overlay directory with " + folder + "/" + name + ".yaml");
        continue;
      }
      String relative = folder + "/" + name + ".yaml";
      YamlFile file = new YamlFile(display(relative));
      Node root = parse(relative, file, map.file().at(entry));
      if (root == null) {
        continue;
      }
      T item = reader.apply(file, root);
      if (item != null && !nameOf.apply(item).equals(name)) {
        problems.error("spec.file.name", file.at(root), "file " + relative + " declares " + what + " '"
            + nameOf.apply(item) + "' but the overlay manifest expects '" + name + "' here");
      }
      Optional.ofNullable(item).ifPresent(out::add);
    }
    return out;
  }

  private Overlay.TableExtension tableExtension(YamlFile file, Node node) {
    MapReader map = MapReader.of(file, node, problems, "a table extension", TABLE_EXTENSION_KEYS);
    if (map == null) {
      return null;
    }
    String table = map.requiredString("table");
    if (table == null) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (Node f : map.items("add_fields")) {
      Optional.ofNullable(TableReader.readField(file, f, problems, table)).ifPresent(fields::add);
    }
    List<Overlay.Tightening> tightenings = new ArrayList<>();
    for (Node t : map.items("tighten")) {
      MapReader tm = MapReader.of(file, t, problems, "a tightening of a column of " + table, TIGHTEN_KEYS);
      String column = tm == null ? null : tm.requiredString("name");
      if (column != null) {
        tightenings.add(new Overlay.Tightening(column, tm.has("required") ? tm.bool("required", false) : null,
            tm.has("unique") ? tm.bool("unique", false) : null, tm.integer("max_length"), tm.integer("precision"),
            tm.integer("scale"), tm.string("pattern"), TableReader.range(tm), tm.at()));
      }
    }
    List<Check> checks = new ArrayList<>();
    for (Node c : map.items("add_checks")) {
      Optional.ofNullable(TableReader.readCheck(file, c, problems, table)).ifPresent(checks::add);
    }
    return new Overlay.TableExtension(table, fields, tightenings, checks, map.at());
  }

  private Overlay.CodeSetExtension codeSetExtension(YamlFile file, Node node) {
    MapReader map = MapReader.of(file, node, problems, "a code set extension", CODE_SET_EXTENSION_KEYS);
    if (map == null) {
      return null;
    }
    String id = map.requiredString("code_set");
    if (id == null) {
      return null;
    }
    List<CodeValue> values = new ArrayList<>();
    for (Node v : map.items("add_values")) {
      Optional.ofNullable(CodeSetReader.readValue(file, v, problems, id)).ifPresent(values::add);
    }
    if (!map.has("add_values")) {
      problems.error("spec.key.missing", map.at(), "the extension of code set '" + id
          + "' is missing required key 'add_values'");
    }
    return new Overlay.CodeSetExtension(id, values, map.at());
  }

  /** The root node of one file, or null with a problem recorded. */
  private Node parse(String relative, YamlFile file, SourceLocation listedAt) {
    Optional<String> text;
    try {
      text = source.read(relative);
    } catch (CharacterCodingException e) {
      problems.error("spec.file.encoding", SourceLocation.of(file.name()), "the file is not valid UTF-8 text"
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return null;
    } catch (IOException e) {
      problems.error(e instanceof SpecSource.TooLarge ? "spec.file.too-large" : "spec.file.unreadable",
          SourceLocation.of(file.name()), "cannot read the file: " + e.getMessage());
      return null;
    }
    if (text.isEmpty()) {
      problems.error("spec.file.missing", SourceLocation.of(file.name()), listedAt == null
          ? "file not found; an overlay directory must contain its manifest " + MANIFEST
          : "file not found; the overlay manifest names it at " + listedAt + ": add the file or remove that entry");
      return null;
    }
    return file.parse(text.get(), problems);
  }
}
