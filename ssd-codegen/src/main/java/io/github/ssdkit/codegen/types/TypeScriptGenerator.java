package io.github.ssdkit.codegen.types;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.stream.Collectors;

/**
 * TypeScript declarations of one row of every table ({@code typescript/ssd.ts}): an interface
 * per table keyed by SSD column names, a union of literals per closed code set (codes and their
 * aliases), an interface per structured JSON column, and {@code SsdTables} mapping table names to
 * row types. Names are the Java model's. Optional columns may be absent or null; dates are
 * strings as extracts hold them; a JSON column may also be the string holding its JSON.
 */
public final class TypeScriptGenerator implements Generator {

  /** The file among the generated files. */
  public static final String FILE = "typescript/ssd.ts";

  @Override
  public String id() {
    return "typescript";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    StringBuilder out = new StringBuilder();
    out.append("// Row types of the SSD spec ").append(spec.version()).append(". Generated from the spec; do not edit.\n");
    RowTypes types = RowTypes.of(spec);
    StringBuilder rows = new StringBuilder();
    for (RowTypes.TableType t : types.tables()) {
      for (RowTypes.JsonType j : t.jsonTypes()) {
        rows.append('\n').append(doc("", "The structure held in " + j.table().name() + "." + j.field().name() + "."));
        rows.append("export interface ").append(j.shape().typeName()).append(" {\n");
        for (RowTypes.Key k : j.keys()) {
          rows.append(doc("  ", k.key().description()));
          rows.append("  ").append(quote(k.key().name())).append("?: ").append(k.shape().typescript()).append(" | null;\n");
        }
        rows.append("  /** Keys the spec does not declare are allowed. */\n  [key: string]: unknown;\n}\n");
      }
      Table table = t.table();
      rows.append('\n').append(doc("", "One row of " + table.name() + ": "
          + spec.origins().table(table.name()).describe(table.description())));
      rows.append("export interface ").append(types.names().row(table.name())).append(" {\n");
      for (RowTypes.Column c : t.columns()) {
        Field f = c.field();
        String item = f.item().isEmpty() ? "" : f.item() + ": ";
        rows.append(doc("  ", spec.origins().column(table.name(), f.name())
            .describe(item + f.description() + (f.required() ? " Required." : ""))));
        rows.append("  ").append(f.name()).append(f.required() ? ": " : "?: ").append(c.shape().typescript())
            .append(f.required() ? "" : " | null").append(";\n");
      }
      rows.append("}\n");
    }
    for (ValueShape.Codes c : types.codeSets()) {
      out.append("\n/**\n * Code set ").append(c.set().id()).append(c.set().version().isEmpty() ? "" : " (" + c.set().version() + ")")
          .append(":\n");
      c.set().values().forEach(v -> out.append(" * - ").append(v.code()).append(": ").append(clean(v.label()))
          .append(v.isWithdrawn() ? " (withdrawn " + v.withdrawn() + ")" : "")
          .append(v.aliases().isEmpty() ? "" : " (also written " + String.join(", ", v.aliases()) + ")").append('\n'));
      out.append(" */\n");
      out.append("export type ").append(c.typeName()).append(" = ")
          .append(ValueShape.spellings(c.set()).stream().map(s -> c.integer() && s.matches("-?[0-9]{1,9}") ? s : quote(s))
              .collect(Collectors.joining(" | "))).append(";\n");
    }
    out.append(rows);
    out.append("\n/** The row type of each table, by SSD table name. */\nexport interface SsdTables {\n");
    for (Table table : spec.tables()) {
      out.append("  ").append(table.name()).append(": ").append(types.names().row(table.name())).append(";\n");
    }
    out.append("}\n");
    return List.of(new GeneratedFile(FILE, out.toString()));
  }

  private static String doc(String indent, String text) {
    String clean = clean(text);
    return clean.isEmpty() ? "" : indent + "/** " + clean + " */\n";
  }

  /** One line, and never the end of a comment. */
  private static String clean(String text) {
    return text.replace("*/", "*\\/").replaceAll("\\s+", " ").strip();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
