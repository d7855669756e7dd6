package io.github.ssdkit.rules.load;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the keys of one YAML mapping (a pack's header or one rule), recording each mistake with
 * its location and carrying on with a neutral value, so that one load reports every problem.
 */
final class Entry {

  private final YamlTree tree;
  private final Node node;
  private final String what;
  private final List<SpecProblem> problems;
  private final Map<String, Node> values = new LinkedHashMap<>();

  private Entry(YamlTree tree, MappingNode node, String what, Set<String> allowed, List<SpecProblem> problems) {
    this.tree = tree;
    this.node = node;
    this.what = what;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null || !allowed.contains(key)) {
        error("rules.key.unknown", tuple.getKeyNode(), "unknown key " + (key == null ? "" : "'" + key + "' ") + "in "
            + what + "; expected one of: " + String.join(", ", new TreeSet<>(allowed)));
      } else {
        values.putIfAbsent(key, tuple.getValueNode());
      }
    }
  }

  /** A reader over {@code node}, or empty (with a problem) when it is not a mapping. */
  static Optional<Entry> of(YamlTree tree, Node node, String what, Set<String> allowed, List<SpecProblem> problems) {
    if (node instanceof MappingNode map) {
      return Optional.of(new Entry(tree, map, what, allowed, problems));
    }
    problems.add(SpecProblem.error("rules.structure", tree.at(node), "expected " + what + " as a mapping of keys to values"));
    return Optional.empty();
  }

  SourceLocation at() {
    return tree.at(node);
  }

  SourceLocation at(String key) {
    return values.containsKey(key) ? tree.at(values.get(key)) : at();
  }

  /** Whether the key is written with some value (a list, a mapping or a non-empty scalar). */
  boolean present(String key) {
    Node v = values.get(key);
    return v != null && !(v instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()));
  }

  /** A single value, or null when absent or empty; a list or mapping is reported. */
  String text(String key) {
    Node v = values.get(key);
    if (v == null || v instanceof ScalarNode s && (s.getTag().equals(Tag.NULL) || s.getValue().isBlank())) {
      return null;
    }
    if (v instanceof ScalarNode s) {
      return s.getValue().strip();
    }
    error("rules.value.type", v, "'" + key + "' in " + what + " must be a single value");
    return null;
  }

  String requiredText(String key) {
    String value = text(key);
    if (value == null) {
      error("rules.key.missing", values.getOrDefault(key, node), what + " needs a value for '" + key + "'");
    }
    return value;
  }

  /** A required value turned into a name from a closed list; null (reported) when it is none of them. */
  <T> T required(String key, Function<String, Optional<T>> byName, List<String> names) {
    String value = requiredText(key);
    if (value == null) {
      return null;
    }
    Optional<T> found = byName.apply(value);
    if (found.isEmpty()) {
      error("rules.value.unknown", values.get(key), "'" + key + "' in " + what + " is '" + value + "'; expected one of: "
          + String.join(", ", names));
    }
    return found.orElse(null);
  }

  /** An optional value from a closed list; null when absent or (reported) unknown. */
  <T> T optional(String key, Function<String, Optional<T>> byName, List<String> names) {
    return text(key) == null ? null : required(key, byName, names);
  }

  /** The entries of a list of single values, each with its location; absent gives an empty list. */
  List<Located> list(String key) {
    Node v = values.get(key);
    List<Located> out = new ArrayList<>();
    if (v == null || v instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      return out;
    }
    if (!(v instanceof SequenceNode seq)) {
      error("rules.value.type", v, "'" + key + "' in " + what + " must be a list");
      return out;
    }
    for (Node item : seq.getValue()) {
      if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getValue().isBlank()) {
        out.add(new Located(s.getValue().strip(), tree.at(item)));
      } else {
        error("rules.value.type", item, "each entry of '" + key + "' in " + what + " must be a single value");
      }
    }
    return out;
  }

  /** The raw entries of a list (for the rules list); absent gives an empty list. */
  List<Node> nodes(String key) {
    Node v = values.get(key);
    if (v instanceof SequenceNode seq) {
      return seq.getValue();
    }
    if (v != null) {
      error("rules.value.type", v, "'" + key + "' in " + what + " must be a list");
    }
    return List.of();
  }

  void error(String rule, Node at, String message) {
    problems.add(SpecProblem.error(rule, tree.at(at), message));
  }

  void error(String rule, SourceLocation at, String message) {
    problems.add(SpecProblem.error(rule, at, message));
  }

  /** A list entry's text and where it was written. */
  record Located(String text, SourceLocation location) {}
}
