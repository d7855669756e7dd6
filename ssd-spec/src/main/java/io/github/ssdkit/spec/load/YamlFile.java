package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SourceLocation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

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

  /** Longest spec file read, in characters: the largest bundled file is under 8 KB. */
  static final int MAX_CHARS = 4 * 1024 * 1024;
  /** Most references to anchored lists or mappings in one file; spec files need few if any. */
  static final int MAX_ALIASES = 50;
  /** Deepest nesting of lists and mappings; spec files need five or six levels. */
  static final int MAX_DEPTH = 50;

  /** The root node, or null when the text is not valid YAML (the problem is recorded). */
  Node parse(String text, Problems problems) {
    if (text.length() > MAX_CHARS) {
      problems.error("spec.file.too-large", SourceLocation.of(file), "the file holds " + text.length()
          + " characters, more than the " + MAX_CHARS + " a spec file may have; is it really a spec file?");
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported below with a location instead
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CHARS + 1);
    options.setProcessComments(false);
    TagWatch parser = new TagWatch(new ParserImpl(new StreamReader(new StringReader(text)), options));
    try {
      Node root = new Composer(parser, new Resolver(), options).getSingleNode();
      if (root == null || (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty())) {
        problems.error("yaml.empty", SourceLocation.of(file), "the file is empty; expected a YAML mapping");
        return null;
      }
      for (Mark tag : parser.explicitTags) {
        problems.error("yaml.tag", at(tag), "explicit YAML tags (such as !!int or !custom) are not used in spec"
            + " files; remove the tag and quote the value if it is text");
      }
      checkNodes(root, problems, new HashSet<>());
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.error("yaml.syntax", at(mark), "YAML syntax error: " + explain(what, context));
      return null;
    } catch (YAMLException e) {
      problems.error("yaml.syntax", at(parser.lastMark), "YAML syntax error: " + explain(firstLine(e.getMessage()), ""));
      return null;
    } catch (IllegalArgumentException e) {
      // SnakeYAML refuses some malformed tags (such as one with spaces around it) this way, not as a YAMLException
      problems.error("yaml.tag", at(parser.lastMark), "YAML syntax error: " + firstLine(e.getMessage())
          + "; explicit YAML tags are not used in spec files");
      return null;
    }
  }

  /** SnakeYAML's wording, with a hint at the usual cause where its own text is obscure. */
  private static String explain(String problem, String context) {
    if (problem.contains("\\t(TAB)")) {
      return "a tab character; YAML indentation must use spaces";
    }
    if (problem.contains("aliases for non-scalar nodes")) {
      return "more than " + MAX_ALIASES + " aliases (*name) of anchored lists or mappings; spec files are"
          + " written out in full, and this many aliases is how an alias bomb starts";
    }
    if (problem.contains("Nesting Depth exceeded")) {
      return "lists and mappings nested more than " + MAX_DEPTH + " deep; spec files need only a few levels";
    }
    if (problem.contains("exceeds the limit") && problem.contains("code points")) {
      return "the file is longer than the " + MAX_CHARS + " characters a spec file may have";
    }
    if (problem.equals("mapping values are not allowed here")) {
      return "a ':' where a new key cannot start (" + "is this line indented more than the key above it, or"
          + " does a value contain ': ' and need quotes?)";
    }
    if (problem.startsWith("expected <block end>")) {
      return "this line is indented differently from the keys or list entries above it (" + problem + ")";
    }
    if (problem.contains("found another document")) {
      return "a second YAML document ('---'); a spec file holds exactly one";
    }
    return problem + context;
  }

  /** Passes parser events through, noting explicit tags and the position reached. */
  private static final class TagWatch implements Parser {
    private final Parser parser;
    final List<Mark> explicitTags = new ArrayList<>();
    Mark lastMark;

    TagWatch(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = parser.getEvent();
      lastMark = event.getStartMark();
      String tag = event instanceof ScalarEvent s ? s.getTag()
          : event instanceof CollectionStartEvent c ? c.getTag() : null;
      if (tag != null && !tag.equals("!")) {
        explicitTags.add(event.getStartMark());
      }
      return event;
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

  /** Duplicate keys and merge keys, anywhere in the tree (each shared node is visited once). */
  private void checkNodes(Node node, Problems problems, Set<Node> seen) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof MappingNode map) {
      Set<String> keys = new HashSet<>();
      for (NodeTuple tuple : map.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key && key.getTag().equals(Tag.MERGE)) {
          problems.error("yaml.merge-key", at(key), "merge keys ('<<: *name') are not used in spec files; write"
              + " the keys out in full so that each file says everything about its tables and codes");
        } else if (tuple.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
          problems.error("yaml.duplicate-key", at(key), "duplicate key '" + key.getValue() + "'; each key may appear once");
        }
        checkNodes(tuple.getValueNode(), problems, seen);
      }
    } else if (node instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        checkNodes(item, problems, seen);
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
