package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.format.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic extract of every table in a spec, optionally with a known set
 * of errors. Build with {@link #builder(Spec)}; the same settings always give byte-identical files.
 */
public final class SampleGenerator {

  /** The manifest of injected errors written beside the tables. */
  public static final String MANIFEST = "injected-errors.csv";

  private final Spec spec;
  private final int children;
  private final long seed;
  private final double errorRate;
  private final boolean jsonLines;
  private final boolean overwrite;

  private SampleGenerator(Builder b) {
    this.spec = b.spec;
    this.children = b.children;
    this.seed = b.seed;
    this.errorRate = b.errorRate;
    this.jsonLines = b.jsonLines;
    this.overwrite = b.overwrite;
  }

  public static Builder builder(Spec spec) {
    return new Builder(spec);
  }

  /**
   * The extract date: the last 31 March on or before the spec's date, so the sample does not
   * depend on the seed or on today.
   */
  public static LocalDate extractDate(Spec spec) {
    LocalDate date = spec.manifest().date() == null ? LocalDate.of(2025, 3, 31) : spec.manifest().date();
    LocalDate march = LocalDate.of(date.getYear(), Month.MARCH, 31);
    return march.isAfter(date) ? march.minusYears(1) : march;
  }

  /** Writes the sample into {@code outDir}; refuses to write into a non-empty folder unless overwriting. */
  public SampleResult generate(Path outDir) {
    String refusal = checkFolder(outDir);
    if (refusal != null) {
      return SampleResult.refused(refusal);
    }
    SpecShape shape = SpecShape.of(spec).orElse(null);
    if (shape == null) {
      return SampleResult.refused("the spec has no table whose key other tables reference, so there is no child table");
    }
    try {
      Files.createDirectories(outDir);
      Map<String, TableWriter> writers = new LinkedHashMap<>();
      List<InjectedError> errors = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      try {
        for (Table t : spec.tables()) {
          writers.put(t.name(), new TableWriter(t, outDir, jsonLines));
          if (!jsonLines) {
            // JSON Lines left from an earlier run would hold other rows than these CSV files.
            Files.deleteIfExists(outDir.resolve(FileKind.JSON_LINES.fileName(t.name())));
          }
        }
        SampleRun run = new SampleRun(shape, extractDate(spec), seed, errorRate, writers, errors);
        run.run(children);
        notes.addAll(run.notes());
      } finally {
        IOException first = null;
        for (TableWriter w : writers.values()) {
          try {
            w.close();
          } catch (IOException e) {
            first = first == null ? e : first;
          }
        }
        if (first != null) {
          throw first;
        }
      }
      Map<String, Long> rows = new LinkedHashMap<>();
      writers.forEach((name, w) -> rows.put(name, w.rows()));
      List<String> order = spec.tables().stream().map(Table::name).toList();
      errors.sort(Comparator.comparingInt((InjectedError e) -> order.indexOf(e.table()))
          .thenComparingLong(InjectedError::row));
      writeManifest(outDir, errors);
      return new SampleResult(null, rows, errors, notes);
    } catch (IOException e) {
      return SampleResult.refused("could not write the sample in " + outDir + ": " + e.getMessage());
    }
  }

  private String checkFolder(Path outDir) {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      return outDir + " exists and is not a folder";
    }
    if (!Files.isDirectory(outDir) || overwrite) {
      return null;
    }
    try (Stream<Path> entries = Files.list(outDir)) {
      if (entries.findAny().isPresent()) {
        return outDir + " is not empty; choose an empty folder or allow overwriting the sample files";
      }
    } catch (IOException e) {
      return "could not read " + outDir + ": " + e.getMessage();
    }
    return null;
  }

  private void writeManifest(Path outDir, List<InjectedError> errors) throws IOException {
    Path file = outDir.resolve(MANIFEST);
    // Deleted first, so a symbolic link of that name is replaced, not written through.
    Files.deleteIfExists(file);
    if (errorRate == 0) {
      // A manifest left from an earlier run would describe errors this sample does not have.
      return;
    }
    StringBuilder sb = new StringBuilder("table,row,column,kind,original,injected\n");
    for (InjectedError e : errors) {
      sb.append(TableWriter.csvCell(e.table())).append(',').append(e.row()).append(',')
          .append(TableWriter.csvCell(e.column())).append(',').append(e.kind()).append(',')
          .append(TableWriter.csvCell(e.original())).append(',')
          .append(TableWriter.csvCell(e.injected())).append('\n');
    }
    Files.writeString(file, sb);
  }

  /** Settings for a generator; defaults: 100 children, seed 1, no errors, CSV only, no overwrite. */
  public static final class Builder {
    private final Spec spec;
    private int children = 100;
    private long seed = 1;
    private double errorRate;
    private boolean jsonLines;
    private boolean overwrite;

    private Builder(Spec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    public Builder children(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("children must be 0 or more, was " + n);
      }
      children = n;
      return this;
    }

    public Builder seed(long s) {
      seed = s;
      return this;
    }

    /** The fraction of rows, 0 to 1, that get one deliberate error. */
    public Builder errorRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("error rate must be between 0 and 1, was " + rate);
      }
      errorRate = rate;
      return this;
    }

    /** Also write {@code <table>.jsonl} beside each CSV file. */
    public Builder format(FileKind format) {
      jsonLines = jsonLines || format == FileKind.JSON_LINES;
      return this;
    }

    /** Allow replacing the sample files (tables and manifest) in a non-empty folder; nothing else is touched. */
    public Builder overwrite(boolean allow) {
      overwrite = allow;
      return this;
    }

    public SampleGenerator build() {
      return new SampleGenerator(this);
    }
  }
}
