package io.github.ssdkit.codegen.types;

import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Python typed dicts of one row of every table ({@code python/ssd_types.py}), with nothing but the
 * standard library (Python 3.11+, or 3.8+ with {@code typing_extensions}): a {@code TypedDict} per
 * table keyed by SSD column names (optional columns {@code NotRequired}, and may be None), a
 * {@code Literal} per closed code set (codes and aliases), a {@code TypedDict} per structured JSON
 * column, and {@code TABLES} mapping table names to row types. Names are the Java model's. The
 * functional {@code TypedDict} form is used because JSON keys need not be Python identifiers.
 */
public final class PythonTypesGenerator implements Generator {

  /** The file among the generated files. */
  public static final String FILE = "python/ssd_types.py";

  @Override
  public String id() {
    return "python";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    StringBuilder out = new StringBuilder();
    out.append("\"\"\"Row types of the SSD spec ").append(spec.version()).append(" as typed dicts. Generated from the spec; do not edit.\"\"\"\n\n");
    out.append("from decimal import Decimal\nfrom typing import List, Literal, Optional, TypedDict, Union\n\n");
    out.append("try:\n    from typing import NotRequired\nexcept ImportError:  # Python before 3.11\n"
        + "    from typing_extensions import NotRequired\n");
    RowTypes types = RowTypes.of(spec);
    StringBuilder rows = new StringBuilder();
    for (RowTypes.TableType t : types.tables()) {
      for (RowTypes.JsonType j : t.jsonTypes()) {
        rows.append("\n# The structure held in ").append(j.table().name()).append('.').append(j.field().name())
            .append("; keys the spec does not declare are allowed.\n");
        rows.append(j.shape().typeName()).append(" = TypedDict(\"").append(j.shape().typeName()).append("\", {\n");
        for (RowTypes.Key k : j.keys()) {
          rows.append(comment(k.key().description()));
          rows.append("    ").append(quote(k.key().name())).append(": NotRequired[Optional[").append(k.shape().python()).append("]],\n");
        }
        rows.append("})\n");
      }
      Table table = t.table();
      String name = types.names().row(table.name());
      rows.append("\n# One row of ").append(table.name()).append(": ").append(oneLine(spec.origins().table(table.name()).describe(table.description()))).append('\n');
      rows.append(name).append(" = TypedDict(\"").append(name).append("\", {\n");
      for (RowTypes.Column c : t.columns()) {
        Field f = c.field();
        rows.append(comment(spec.origins().column(table.name(), f.name())
            .describe((f.item().isEmpty() ? "" : f.item() + ": ") + f.description() + (f.required() ? " Required." : ""))));
        String type = c.shape().python();
        rows.append("    ").append(quote(f.name())).append(": ")
            .append(f.required() ? type : "NotRequired[Optional[" + type + "]]").append(",\n");
      }
      rows.append("})\n");
    }
    for (ValueShape.Codes c : types.codeSets()) {
      out.append("\n# Code set ").append(c.set().id()).append(c.set().version().isEmpty() ? "" : " (" + c.set().version() + ")")
          .append(":\n");
      c.set().values().forEach(v -> out.append("#   ").append(v.code()).append(": ").append(oneLine(v.label()))
          .append(v.isWithdrawn() ? " (withdrawn " + v.withdrawn() + ")" : "")
          .append(v.aliases().isEmpty() ? "" : " (also written " + String.join(", ", v.aliases()) + ")").append('\n'));
      out.append(c.typeName()).append(" = Literal[")
          .append(ValueShape.spellings(c.set()).stream().map(s -> c.integer() && s.matches("-?[0-9]{1,9}") ? s : quote(s))
              .collect(Collectors.joining(", "))).append("]\n");
    }
    out.append(rows);
    out.append("\n# The row type of each table, by SSD table name.\nTABLES = {\n");
    for (Table table : spec.tables()) {
      out.append("    ").append(quote(table.name())).append(": ").append(types.names().row(table.name())).append(",\n");
    }
    out.append("}\n");
    return List.of(new GeneratedFile(FILE, out.toString()));
  }

  private static String comment(String text) {
    String clean = oneLine(text);
    return clean.isEmpty() ? "" : "    # " + clean + "\n";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
