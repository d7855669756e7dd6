package io.github.ssdkit.bench;

import io.github.ssdkit.spec.format.FileKind;
import io.github.ssdkit.sample.SampleGenerator;
import io.github.ssdkit.sample.SampleResult;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationOptions;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.report.JsonReportWriter;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The benchmark behind BENCHMARKS.md: makes sample extracts of about 1 and 10 million rows (kept
 * for later runs), validates each end to end in this JVM (read, every rule, keys, JSON report) and
 * reports rows per second and peak heap; then validates the first rows of the 1 million extract
 * one by one with the networknt JSON Schema validator against the generated schemas, the baseline
 * a user would otherwise write. Every figure is also given as a multiple of the reading floor
 * ({@link ReadingFloor}: read and split the same files, nothing checked) measured in the same JVM
 * just before it. The 1 million extract is also written as JSON Lines, for the whole-process runs
 * of {@code ssd-bench/bench.sh} (cold {@code ssd validate}, CDS, the ajv peer).
 *
 * <p>Run with {@code ./mvnw -q -B install -DskipTests && ./mvnw -q -B -pl ssd-bench exec:exec}.
 * Arguments: {@code <work-dir> [children-for-1M] [children-for-10M] [baseline-rows]}.
 */
public final class ValidationBenchmark {

  private ValidationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
    int small = args.length > 1 ? Integer.parseInt(args[1]) : 43_000;
    int large = args.length > 2 ? Integer.parseInt(args[2]) : 432_000;
    int baselineRows = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
    Spec spec = SpecLoader.bundled().orThrow();
    System.out.printf("machine: %d cores, max heap %,d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));

    Path oneMillion = sample(spec, work.resolve("extract-1m"), small, true);
    Path tenMillion = large > 0 ? sample(spec, work.resolve("extract-10m"), large, false) : null;

    validate(spec, DirectorySource.csv(oneMillion), report(oneMillion, ""), "1M extract, first run (cold JIT)",
        floor(oneMillion));
    double floor = floor(oneMillion);
    double ours = validate(spec, DirectorySource.csv(oneMillion), report(oneMillion, ""), "1M extract, second run", floor);
    validate(spec, DirectorySource.jsonLines(oneMillion), report(oneMillion, "-jsonl"), "1M extract as JSON Lines",
        jsonLinesFloor(oneMillion));
    if (tenMillion != null) {
      validate(spec, DirectorySource.csv(tenMillion), report(tenMillion, ""), "10M extract", floor(tenMillion));
    }
    double baseline = new JsonSchemaBaseline(spec).run(oneMillion, baselineRows);
    System.out.printf("networknt baseline: %,.0f rows/s over the first %,d rows of the 1M extract, %.1fx the floor's time per row%n",
        baseline, baselineRows, floor / baseline);
    System.out.printf("ratio (ssd validate / networknt per row): %.1fx%n", ours / baseline);
  }

  /** Measures the reading floor of an extract and prints it; returns its rows per second. */
  private static double floor(Path dir) throws IOException {
    ReadingFloor.Pass pass = ReadingFloor.measure(dir);
    System.out.printf("  reading floor of %s: %,d rows, %,d MB, %.2f s, %,.0f rows/s%n", dir.getFileName(),
        pass.counts().rows(), pass.counts().bytes() >> 20, pass.seconds(), pass.rowsPerSecond());
    return pass.rowsPerSecond();
  }

  /** Where the report of an extract goes: beside it, named after it. */
  private static Path report(Path dir, String suffix) {
    return dir.resolveSibling(dir.getFileName() + suffix + "-report.json");
  }

  /** Measures the JSON Lines reading floor of an extract and prints it; returns its rows per second. */
  private static double jsonLinesFloor(Path dir) throws IOException {
    ReadingFloor.Pass pass = JsonLinesReadingFloor.measure(dir);
    System.out.printf("  JSON Lines reading floor of %s: %,d rows, %,d MB, %.2f s, %,.0f rows/s%n", dir.getFileName(),
        pass.counts().rows(), pass.counts().bytes() >> 20, pass.seconds(), pass.rowsPerSecond());
    return pass.rowsPerSecond();
  }

  private static Path sample(Spec spec, Path dir, int children, boolean jsonLines) throws IOException {
    // A kept extract is reused only if it was made from this very spec and size: a spec edit
    // (a new check, say) would otherwise be measured against a stale extract.
    String content = spec.manifest().toString() + spec.tables() + spec.codeSets(); // records: their text is their content
    String stamp = "spec " + spec.version() + " " + Integer.toHexString(content.hashCode())
        + ", generator " + generatorFingerprint(spec) + ", children " + children + ", seed 1" + (jsonLines ? ", json lines" : "") + "\n";
    Path stampFile = dir.resolveSibling(dir.getFileName() + ".made-from");
    if (Files.isDirectory(dir) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
      return dir;
    }
    deleteTree(dir);
    long start = System.nanoTime();
    SampleGenerator.Builder builder = SampleGenerator.builder(spec).children(children).seed(1);
    if (jsonLines) {
      builder.format(FileKind.JSON_LINES);
    }
    SampleResult result = builder.build().generate(dir);
    if (!result.isWritten()) {
      throw new IllegalStateException(result.problem());
    }
    System.out.printf("sample %s: %,d children, %,d rows in %.1f s%n", dir.getFileName(), children,
        result.totalRows(), (System.nanoTime() - start) / 1e9);
    Files.writeString(stampFile, stamp);
    return dir;
  }

  /** A small sample's bytes stand for the generator: a change to it changes them, and the kept extracts are made again. */
  private static String generatorFingerprint(Spec spec) throws IOException {
    Path tmp = Files.createTempDirectory("ssd-bench-fingerprint");
    try {
      SampleGenerator.builder(spec).children(20).seed(1).build().generate(tmp);
      int hash = 1;
      try (Stream<Path> files = Files.list(tmp)) {
        for (Path f : files.sorted().toList()) {
          hash = 31 * hash + java.util.Arrays.hashCode(Files.readAllBytes(f));
        }
      }
      return Integer.toHexString(hash);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Validates a source end to end and writes its JSON report to {@code report}; returns rows per second. */
  private static double validate(Spec spec, DirectorySource source, Path report, String label,
      double floorRowsPerSecond) throws Exception {
    resetPeaks();
    long start = System.nanoTime();
    ValidationResult result = Validator.of(spec).withOptions(ValidationOptions.defaults()).validate(source);
    try (OutputStream out = Files.newOutputStream(report)) {
      new JsonReportWriter().write(result.report(), out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long rows = result.report().rows();
    System.out.printf("%s: %,d rows, %,d errors, %.2f s, %,.0f rows/s end to end, %.1fx the floor's time, peak heap %,d MB%n",
        label, rows, result.report().errors(), seconds, rows / seconds, floorRowsPerSecond / (rows / seconds), peakHeap() >> 20);
    return rows / seconds;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of each heap pool's peak use: an upper bound of the heap the run needed. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
