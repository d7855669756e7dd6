package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SourceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, position-aware reads from one YAML mapping. Every mistake (a missing key, an unknown
 * key, a value of the wrong shape) is recorded with its location and the read returns a neutral
 * value, so that reading carries on and all problems are reported together.
 */
final class MapReader {

  private final YamlFile file;
  private final MappingNode node;
  private final Problems problems;
  private final String what;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private MapReader(YamlFile file, MappingNode node, Problems problems, String what, Set<String> allowed) {
    this.file = file;
    this.node = node;
    this.problems = problems;
    this.what = what;
    for (NodeTuple tuple : node.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        problems.error("spec.key.invalid", file.at(tuple.getKeyNode()), "a key in " + what + " must be plain text");
        continue;
      }
      String name = key.getValue();
      if (key.getTag().equals(Tag.MERGE)) {
        continue; // reported as yaml.merge-key
      }
      if (!allowed.contains(name)) {
        String near = nearest(name, allowed);
        problems.error("spec.key.unknown", file.at(key), "unknown key '" + name + "' in " + what
            + (near == null ? "" : "; did you mean '" + near + "'?") + "; expected one of: " + String.join(", ", sorted(allowed)));
        continue;
      }
      entries.putIfAbsent(name, tuple);
    }
  }

  /** A reader over {@code node}, or null (with a problem recorded) when it is not a mapping. */
  static MapReader of(YamlFile file, Node node, Problems problems, String what, Set<String> allowed) {
    if (node instanceof MappingNode map) {
      return new MapReader(file, map, problems, what, allowed);
    }
    problems.error("spec.structure", file.at(node), "expected " + what + " as a mapping of keys to values" + found(node));
    return null;
  }

  YamlFile file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  SourceLocation at() {
    return file.at(node);
  }

  /** The location of a key's value, or of the whole mapping when the key is absent. */
  SourceLocation at(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? at() : file.at(t.getValueNode());
  }

  boolean has(String key) {
    Node v = value(key);
    return v != null;
  }

  Node value(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) {
      return null;
    }
    Node v = t.getValueNode();
    if (v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return null;
    }
    return v;
  }

  /**
   * Reports a value written without quotes that other YAML readers would not take as text: a
   * boolean ({@code no}, and {@code Y}/{@code N} under YAML 1.1), a number ({@code 01},
   * {@code 1e3}), a date or null ({@code ~}). This loader keeps the text as written, but editors,
   * JSON Schema checks and other tools would see {@code false}, {@code 1} or nothing.
   *
   * @return whether the value was such a plain scalar
   */
  boolean unquotedNonText(Node v, String what) {
    if (!(v instanceof ScalarNode s) || s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
        || s.getValue().isEmpty()) {
      return false; // quoted, or nothing at all (which requiredString reports)
    }
    String reads = s.getTag().equals(Tag.BOOL) || YAML11_BOOL.matcher(s.getValue()).matches() ? "a boolean"
        : s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT) ? "a number"
        : s.getTag().equals(Tag.TIMESTAMP) ? "a date"
        : s.getTag().equals(Tag.NULL) ? "null (no value)" : null;
    if (reads == null) {
      return false;
    }
    problems.error("spec.value.unquoted", file.at(v), what + " " + s.getValue() + " is not in quotes, which YAML reads as " + reads + "; write it in double quotes, \""
        + s.getValue() + "\"");
    return true;
  }

  private static final java.util.regex.Pattern YAML11_BOOL = java.util.regex.Pattern.compile("[yYnN]");

  /** The value of a key however it is written, even when empty or null; null when the key is absent. */
  Node rawValue(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getValueNode();
  }

  String string(String key) {
    Node v = value(key);
    if (v == null) {
      return null;
    }
    if (v instanceof ScalarNode s) {
      return s.getValue();
    }
    problems.error("spec.value.type", file.at(v), "'" + key + "' in " + what + " must be a single value" + found(v));
    return null;
  }

  String requiredString(String key) {
    String s = string(key);
    if (s == null && entries.containsKey(key) && value(key) == null) {
      problems.error("spec.value.empty", at(key), "'" + key + "' in " + what + " has no value");
    } else if (s == null && value(key) == null) {
      problems.error("spec.key.missing", at(), what + " is missing required key '" + key + "'");
    } else if (s != null && s.isBlank()) {
      problems.error("spec.value.empty", at(key), "'" + key + "' in " + what + " must not be empty");
      return null;
    }
    return s;
  }

  boolean bool(String key, boolean fallback) {
    String s = string(key);
    if (s == null) {
      return fallback;
    }
    if (s.equals("true")) {
      return true;
    }
    if (s.equals("false")) {
      return false;
    }
    problems.error("spec.value.type", at(key), "'" + key + "' in " + what + " must be true or false, not '" + s + "'");
    return fallback;
  }

  Integer integer(String key) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    try {
      int v = Integer.parseInt(s.trim());
      if (v < 0) {
        problems.error("spec.value.type", at(key), "'" + key + "' in " + what + " must not be negative");
        return null;
      }
      return v;
    } catch (NumberFormatException e) {
      problems.error("spec.value.type", at(key), "'" + key + "' in " + what + " must be a whole number, not '" + s + "'");
      return null;
    }
  }

  BigDecimal decimal(String key) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    try {
      return new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      problems.error("spec.value.type", at(key), "'" + key + "' in " + what + " must be a number, not '" + s + "'");
      return null;
    }
  }

  LocalDate date(String key) {
    String s = string(key);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      problems.error("spec.value.type", at(key), "'" + key + "' in " + what + " must be a date written yyyy-MM-dd, not '" + s + "'");
      return null;
    }
  }

  /** A list of plain values; absent gives an empty list. */
  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    for (Node item : items(key)) {
      if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
        out.add(s.getValue());
      } else {
        problems.error("spec.value.type", file.at(item), "each entry of '" + key + "' in " + what + " must be a single value" + found(item));
      }
    }
    return out;
  }

  /** The locations of the plain values of a list, in order (entries that are not plain values are skipped). */
  List<SourceLocation> stringLocations(String key) {
    Node v = value(key);
    if (!(v instanceof SequenceNode seq)) {
      return List.of();
    }
    List<SourceLocation> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
        out.add(file.at(item));
      }
    }
    return out;
  }

  /** The entries of a list; absent gives an empty list. */
  List<Node> items(String key) {
    Node v = value(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof SequenceNode seq) {
      return seq.getValue();
    }
    problems.error("spec.value.type", file.at(v), "'" + key + "' in " + what + " must be a list" + found(v));
    return List.of();
  }

  /** The allowed key one or two edits away (a typo such as feilds or itme), when there is exactly one. */
  static String nearest(String name, Set<String> allowed) {
    List<String> near = allowed.stream().filter(k -> distance(name, k) <= (k.length() <= 4 ? 1 : 2)).sorted().toList();
    return near.size() == 1 ? near.get(0) : null;
  }

  /** Edit distance counting a swap of neighbouring letters as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  private static String found(Node node) {
    if (node instanceof MappingNode) {
      return ", found a mapping";
    }
    if (node instanceof SequenceNode) {
      return ", found a list";
    }
    if (node instanceof ScalarNode s) {
      return ", found '" + s.getValue() + "'";
    }
    return "";
  }
}
