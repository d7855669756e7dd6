package io.github.ssdkit.rules.load;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One catalogue file as a node tree that keeps each node's line and column. Scalars are read as
 * written (a code {@code 101} stays text), and repeated keys are reported instead of one silently
 * winning. Aliases and nesting are capped: a catalogue file is flat and needs neither.
 */
final class YamlTree {

  private static final int MAX_ALIASES = 0;
  private static final int MAX_DEPTH = 10;

  private final String file;

  YamlTree(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** The root node, or null when the text is not YAML (the problem is added to {@code problems}). */
  Node parse(String text, List<SpecProblem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported below, with a location
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setProcessComments(false);
    try {
      Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(),
          options).getSingleNode();
      if (root == null) {
        problems.add(SpecProblem.error("rules.yaml.empty", SourceLocation.of(file), "the file is empty; expected a rule pack"));
        return null;
      }
      reportDuplicateKeys(root, problems);
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      problems.add(SpecProblem.error("rules.yaml.syntax", at(mark), "YAML syntax error: " + e.getProblem()));
      return null;
    } catch (YAMLException e) {
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("invalid YAML");
      problems.add(SpecProblem.error("rules.yaml.syntax", SourceLocation.of(file), "YAML syntax error: " + message));
      return null;
    }
  }

  SourceLocation at(Node node) {
    return node == null ? SourceLocation.of(file) : at(node.getStartMark());
  }

  private SourceLocation at(Mark mark) {
    return mark == null ? SourceLocation.of(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private void reportDuplicateKeys(Node node, List<SpecProblem> problems) {
    if (node instanceof MappingNode map) {
      Set<String> keys = new HashSet<>();
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
          problems.add(SpecProblem.error("rules.yaml.duplicate-key", at(key),
              "duplicate key '" + key.getValue() + "'; each key may appear once"));
        }
        reportDuplicateKeys(tuple.getValueNode(), problems);
      }
    } else if (node instanceof SequenceNode seq) {
      seq.getValue().forEach(item -> reportDuplicateKeys(item, problems));
    }
  }
}
