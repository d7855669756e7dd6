package io.github.ssdkit.sample;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.spec.load.IoReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  /** Children generated (into counters, not files) to estimate a sample's size. */
  static final int ESTIMATE_CHILDREN = 50;

  private final Spec spec;
  private final int children;
  private final long seed;
  private final double errorRate;
  private final boolean jsonLines;
  private final boolean overwrite;
  private final FreeSpace freeSpace;

  private SampleGenerator(Builder b) {
    this.spec = b.spec;
    this.children = b.children;
    this.seed = b.seed;
    this.errorRate = b.errorRate;
    this.jsonLines = b.jsonLines;
    this.overwrite = b.overwrite;
    this.freeSpace = b.freeSpace;
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

  /**
   * Writes the sample into {@code outDir}. Refuses to write into a non-empty folder unless
   * overwriting, and refuses a sample larger than the free space (see {@link #estimateBytes}).
   * The files are written into a hidden staging folder and moved into place only when every one is
   * complete (see {@link StagingFolder}): a run that fails or is interrupted leaves the output folder
   * as it was. Overwriting replaces the sample's own files and nothing else. Interrupting the
   * calling thread stops the run between two children, with the same result.
   *
   * @param outDir the folder to write into, new or empty unless overwriting
   * @return the rows written, or why nothing was written
   */
  public SampleResult generate(Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    String refusal = checkFolder(target);
    if (refusal != null) {
      return SampleResult.refused(refusal);
    }
    SpecShape shape = SpecShape.of(spec).orElse(null);
    if (shape == null) {
      return SampleResult.refused("the spec has no table whose key other tables reference, so there is no child table");
    }
    Path home = existingHome(target);
    if (home != null && !Files.isWritable(home)) {
      return SampleResult.refused("could not write the sample in " + outDir + ": permission denied (" + home + ")");
    }
    String tooLarge = tooLarge(shape, home);
    if (tooLarge != null) {
      return SampleResult.refused(tooLarge);
    }
    try (StagingFolder staging = StagingFolder.create(target)) {
      SampleResult result = write(shape, staging.dir());
      staging.moveIntoPlace();
      for (Table t : spec.tables()) {
        if (!jsonLines) {
          // JSON Lines left from an earlier run would hold other rows than these CSV files.
          Files.deleteIfExists(target.resolve(FileKind.JSON_LINES.fileName(t.name())));
        }
      }
      if (errorRate == 0) {
        // A manifest left from an earlier run would describe errors this sample does not have.
        Files.deleteIfExists(target.resolve(MANIFEST));
      }
      return result;
    } catch (IOException e) {
      return SampleResult.refused("could not write the sample in " + outDir + ": " + IoReason.of(e)
          + (e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : ""));
    }
  }

  /** Writes every table and the manifest into {@code dir}. */
  private SampleResult write(SpecShape shape, Path dir) throws IOException {
    Map<String, TableWriter> writers = new LinkedHashMap<>();
    List<InjectedError> errors = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try {
      for (Table t : spec.tables()) {
        writers.put(t.name(), TableWriter.toFiles(t, dir, jsonLines));
      }
      SampleRun run = new SampleRun(shape, extractDate(spec), seed, errorRate, writers, errors);
      run.run(children);
      notes.addAll(run.notes());
    } finally {
      closeAll(writers.values());
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    writers.forEach((name, w) -> rows.put(name, w.rows()));
    List<String> order = spec.tables().stream().map(Table::name).toList();
    errors.sort(Comparator.comparingInt((InjectedError e) -> order.indexOf(e.table()))
        .thenComparingLong(InjectedError::row));
    if (errorRate > 0) {
      Files.writeString(dir.resolve(MANIFEST), manifest(errors));
    }
    return new SampleResult(null, rows, errors, notes);
  }

  private static void closeAll(Iterable<TableWriter> writers) throws IOException {
    IOException first = null;
    for (TableWriter w : writers) {
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

  /**
   * About how many bytes the sample's files will take: every shared row and the first
   * {@value #ESTIMATE_CHILDREN} children are generated into counters (nothing is written), and the
   * children's bytes scaled to the number asked for. Keys grow from 7 to 11 digits after 8 million
   * rows of a table, so a very large sample may take some percent more.
   *
   * @return the estimated bytes of the tables and the manifest
   */
  public long estimateBytes() {
    return SpecShape.of(spec).map(this::estimateBytes).orElse(0L);
  }

  private long estimateBytes(SpecShape shape) {
    Map<String, TableWriter> writers = new LinkedHashMap<>();
    List<ByteCounter> counters = new ArrayList<>();
    List<InjectedError> errors = new ArrayList<>();
    try {
      for (Table t : spec.tables()) {
        ByteCounter csv = new ByteCounter();
        ByteCounter jsonl = jsonLines ? new ByteCounter() : null;
        counters.add(csv);
        if (jsonl != null) {
          counters.add(jsonl);
        }
        writers.put(t.name(), new TableWriter(t, csv, jsonl));
      }
      SampleRun run = new SampleRun(shape, extractDate(spec), seed, errorRate, writers, errors);
      run.sharedTables();
      long fixed = counters.stream().mapToLong(ByteCounter::bytes).sum();
      int measured = Math.min(children, ESTIMATE_CHILDREN);
      run.children(0, measured);
      long perMeasured = counters.stream().mapToLong(ByteCounter::bytes).sum() - fixed
          + (errorRate > 0 ? ByteCounter.utf8Length(manifest(errors)) : 0);
      double scaled = measured == 0 ? 0 : (double) perMeasured * children / measured;
      return fixed + (long) Math.min(scaled, Long.MAX_VALUE / 2.0);
    } catch (IOException e) {
      throw new UncheckedIOException("a counter does not write, so cannot fail", e);
    }
  }

  /** The folder the staging folder goes in, or its nearest existing ancestor; null when none exists. */
  private static Path existingHome(Path target) {
    Path home = StagingFolder.home(target);
    while (home != null && !Files.isDirectory(home)) {
      home = home.getParent();
    }
    return home;
  }

  /** Why the sample does not fit where it would be written, or null when it does. */
  private String tooLarge(SpecShape shape, Path home) {
    if (home == null) {
      return null; // nothing to measure; creating the folder will say what is wrong
    }
    long free;
    try {
      free = freeSpace.of(home);
    } catch (IOException e) {
      return null; // the space is unknown; writing will say what is wrong
    }
    long estimate = estimateBytes(shape);
    if (estimate <= free) {
      return null;
    }
    long perChild = children == 0 ? 0 : estimate / children;
    return String.format(Locale.ROOT, "the sample of %,d children would take about %s (about %s a child) but only %s "
        + "is free in %s; nothing was written (ask for at most about %,d children there)", children,
        Sizes.human(estimate), Sizes.human(perChild), Sizes.human(free), home,
        perChild == 0 ? 0 : Math.max(0, free / Math.max(1, perChild) - 1));
  }

  private String checkFolder(Path outDir) {
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      return outDir + " exists and is not a folder";
    }
    if (!Files.isDirectory(outDir)) {
      return null;
    }
    if (overwrite) {
      for (Table t : spec.tables()) {
        for (FileKind f : FileKind.values()) {
          Path file = outDir.resolve(f.fileName(t.name()));
          if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return file + " is a folder, where the sample would write a file; nothing was written";
          }
        }
      }
      return Files.isDirectory(outDir.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)
          ? outDir.resolve(MANIFEST) + " is a folder, where the sample would write a file; nothing was written" : null;
    }
    try (Stream<Path> entries = Files.list(outDir)) {
      if (entries.findAny().isPresent()) {
        return outDir + " is not empty; choose an empty folder or allow overwriting the sample files";
      }
    } catch (IOException e) {
      return "could not read " + outDir + ": " + IoReason.of(e);
    }
    return null;
  }

  private static String manifest(List<InjectedError> errors) {
    StringBuilder sb = new StringBuilder("table,row,column,kind,original,injected\n");
    for (InjectedError e : errors) {
      sb.append(TableWriter.csvCell(e.table())).append(',').append(e.row()).append(',')
          .append(TableWriter.csvCell(e.column())).append(',').append(e.kind()).append(',')
          .append(TableWriter.csvCell(e.original())).append(',')
          .append(TableWriter.csvCell(e.injected())).append('\n');
    }
    return sb.toString();
  }

  /** Free bytes of the file system holding a folder; a seam so tests can ask for a sample larger than the disk. */
  interface FreeSpace {
    long of(Path folder) throws IOException;
  }

  /** Settings for a generator; defaults: 100 children, seed 1, no errors, CSV only, no overwrite. */
  public static final class Builder {
    private final Spec spec;
    private int children = 100;
    private long seed = 1;
    private double errorRate;
    private boolean jsonLines;
    private boolean overwrite;
    private FreeSpace freeSpace = folder -> Files.getFileStore(folder).getUsableSpace();

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

    /** Measures free space otherwise than the file system does (tests ask for more than a disk holds). */
    Builder freeSpace(FreeSpace probe) {
      freeSpace = Objects.requireNonNull(probe, "probe");
      return this;
    }

    public SampleGenerator build() {
      return new SampleGenerator(this);
    }
  }
}
