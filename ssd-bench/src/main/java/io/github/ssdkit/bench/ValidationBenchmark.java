package io.github.ssdkit.bench;

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
 * a user would otherwise write.
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

    Path oneMillion = sample(spec, work.resolve("extract-1m"), small);
    Path tenMillion = large > 0 ? sample(spec, work.resolve("extract-10m"), large) : null;

    validate(spec, oneMillion, "1M extract, first run (cold JIT)");
    double ours = validate(spec, oneMillion, "1M extract, second run");
    if (tenMillion != null) {
      validate(spec, tenMillion, "10M extract");
    }
    double baseline = new JsonSchemaBaseline(spec).run(oneMillion, baselineRows);
    System.out.printf("networknt baseline: %,.0f rows/s over the first %,d rows of the 1M extract%n", baseline, baselineRows);
    System.out.printf("ratio (ssd validate / networknt per row): %.1fx%n", ours / baseline);
  }

  private static Path sample(Spec spec, Path dir, int children) throws IOException {
    // A kept extract is reused only if it was made from this very spec and size: a spec edit
    // (a new check, say) would otherwise be measured against a stale extract.
    String content = spec.manifest().toString() + spec.tables() + spec.codeSets(); // records: their text is their content
    String stamp = "spec " + spec.version() + " " + Integer.toHexString(content.hashCode())
        + ", generator " + generatorFingerprint(spec) + ", children " + children + ", seed 1\n";
    Path stampFile = dir.resolveSibling(dir.getFileName() + ".made-from");
    if (Files.isDirectory(dir) && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
      return dir;
    }
    deleteTree(dir);
    long start = System.nanoTime();
    SampleResult result = SampleGenerator.builder(spec).children(children).seed(1).build().generate(dir);
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

  private static double validate(Spec spec, Path dir, String label) throws Exception {
    resetPeaks();
    long start = System.nanoTime();
    ValidationResult result = Validator.of(spec).withOptions(ValidationOptions.defaults()).validate(DirectorySource.csv(dir));
    try (OutputStream out = Files.newOutputStream(dir.resolveSibling(dir.getFileName() + "-report.json"))) {
      new JsonReportWriter().write(result.report(), out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long rows = result.report().rows();
    System.out.printf("%s: %,d rows, %,d errors, %.2f s, %,.0f rows/s end to end, peak heap %,d MB%n", label, rows,
        result.report().errors(), seconds, rows / seconds, peakHeap() >> 20);
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
