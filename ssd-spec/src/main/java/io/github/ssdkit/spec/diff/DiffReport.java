package io.github.ssdkit.spec.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A {@link SpecDiff} written out: plain text for a terminal, JSON for tools (its shape is
 * {@link #JSON_SCHEMA}), and Markdown for the release notes and CHANGELOG.md. The output depends
 * on the diff only, so the same two specs give the same bytes.
 */
public enum DiffReport {
  /** Plain text, one change a line, grouped by class. */
  TEXT {
    @Override
    public String render(SpecDiff diff) {
      StringBuilder out = new StringBuilder(summary(diff)).append('\n');
      for (Impact impact : Impact.values()) {
        List<Change> changes = diff.of(impact);
        if (changes.isEmpty()) {
          continue;
        }
        out.append('\n').append(impact.heading()).append(" (").append(changes.size()).append(")\n");
        for (Change c : changes) {
          out.append("  ").append(c.subject()).append(": ").append(c.kind());
          if (!c.values().isEmpty()) {
            out.append(": ").append(c.values());
          }
          out.append("\n      ").append(c.reason()).append('\n');
        }
      }
      return out.toString();
    }
  },
  /** Markdown, a section per class: the changelog of a release. */
  MARKDOWN {
    @Override
    public String render(SpecDiff diff) {
      StringBuilder out = new StringBuilder("### Spec ").append(diff.newVersion()).append(" (changes since ")
          .append(diff.oldVersion()).append(")\n\n");
      if (diff.isEmpty()) {
        return out.append("No changes.\n").toString();
      }
      out.append(diff.requiredBump().map(l -> "This needs a " + l.id() + " version: ").orElse(""))
          .append(counts(diff)).append(".\n");
      for (Impact impact : Impact.values()) {
        List<Change> changes = diff.of(impact);
        if (changes.isEmpty()) {
          continue;
        }
        out.append("\n#### ").append(impact.heading()).append("\n\n");
        for (Change c : changes) {
          out.append("- ").append(code(c.subject())).append(": ").append(c.kind());
          if (!c.values().isEmpty()) {
            out.append(" (").append(code(c.values())).append(')');
          }
          out.append(" - ").append(c.reason()).append('\n');
        }
      }
      return out.toString();
    }

    /** Inline code that survives a backtick in the text. */
    private String code(String text) {
      return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }
  },
  /**
   * JSON, as described by {@link #JSON_SCHEMA}.
   */
  JSON {
    @Override
    public String render(SpecDiff diff) {
      ObjectNode root = MAPPER.createObjectNode();
      root.put("from", diff.oldVersion());
      root.put("to", diff.newVersion());
      root.put("impact", diff.impact().map(Impact::id).orElse("none"));
      root.put("requiredBump", diff.requiredBump().map(SemVer.Level::id).orElse("none"));
      ObjectNode counts = root.putObject("counts");
      for (Impact impact : Impact.values()) {
        counts.put(impact.id(), diff.of(impact).size());
      }
      ArrayNode changes = root.putArray("changes");
      for (Change c : diff.changes()) {
        ObjectNode n = changes.addObject();
        n.put("impact", c.impact().id());
        n.put("kind", c.kind());
        n.put("subject", c.subject());
        n.put("before", c.before());
        n.put("after", c.after());
        n.put("reason", c.reason());
      }
      try {
        return MAPPER.writeValueAsString(root) + "\n";
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  /** The classpath resource holding the JSON Schema of the {@link #JSON} output. */
  public static final String JSON_SCHEMA = "io/github/ssdkit/spec/diff/spec-diff.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes a diff in this format.
   *
   * @param diff the diff
   * @return the text
   */
  public abstract String render(SpecDiff diff);

  /**
   * The format by its command-line name: text, json or markdown.
   *
   * @param name {@code text}, {@code json} or {@code markdown}
   * @return the format
   * @throws IllegalArgumentException for any other name
   */
  public static DiffReport named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /**
   * One line: versions, count and the bump they need.
   *
   * @param diff the diff
   * @return the line
   */
  public static String summary(SpecDiff diff) {
    if (diff.isEmpty()) {
      return "spec " + diff.oldVersion() + " -> " + diff.newVersion() + ": no changes";
    }
    return "spec " + diff.oldVersion() + " -> " + diff.newVersion() + ": " + counts(diff) + "; needs a "
        + diff.requiredBump().orElseThrow().id() + " version";
  }

  private static String counts(SpecDiff diff) {
    StringBuilder out = new StringBuilder().append(diff.changes().size()).append(" change(s)");
    String sep = ": ";
    for (Impact impact : Impact.values()) {
      int n = diff.of(impact).size();
      if (n > 0) {
        out.append(sep).append(n).append(' ').append(impact.id());
        sep = ", ";
      }
    }
    return out.toString();
  }
}
