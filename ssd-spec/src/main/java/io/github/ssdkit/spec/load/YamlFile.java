package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SourceLocation;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Parses one spec file into a YAML node tree that keeps the line and column of every node.
 *
 * <p>We read SnakeYAML's node graph (the engine under Jackson's YAML support) rather than binding
 * with Jackson, because a node keeps its position and its scalar text exactly as written: a code
 * {@code N} stays the text {@code N} instead of turning into a boolean, and every problem can
 * point at its line.
 */
final class YamlFile {

  private final String file;

  YamlFile(String file) {
    this.file = file;
  }

  String name() {
    return file;
  }

  /** The root node, or null when the text is not valid YAML (the problem is recorded). */
  Node parse(String text, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported below with a location instead
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(16 * 1024 * 1024);
    try {
      Node root = new Yaml(options).compose(new StringReader(text));
      if (root == null) {
        problems.error("yaml.empty", SourceLocation.of(file), "the file is empty; expected a YAML mapping");
        return null;
      }
      checkDuplicateKeys(root, problems, new HashSet<>());
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.error("yaml.syntax", at(mark), "YAML syntax error: " + what + context);
      return null;
    } catch (YAMLException e) {
      problems.error("yaml.syntax", SourceLocation.of(file), "YAML syntax error: " + firstLine(e.getMessage()));
      return null;
    }
  }

  SourceLocation at(Node node) {
    return node == null ? SourceLocation.of(file) : at(node.getStartMark());
  }

  SourceLocation at(Mark mark) {
    if (mark == null) {
      return SourceLocation.of(file);
    }
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private void checkDuplicateKeys(Node node, Problems problems, Set<Node> seen) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof MappingNode map) {
      Set<String> keys = new HashSet<>();
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
          problems.error("yaml.duplicate-key", at(key), "duplicate key '" + key.getValue() + "'; each key may appear once");
        }
        checkDuplicateKeys(tuple.getValueNode(), problems, seen);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        checkDuplicateKeys(item, problems, seen);
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid YAML";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
