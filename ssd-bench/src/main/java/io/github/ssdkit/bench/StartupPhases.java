package io.github.ssdkit.bench;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.ValidationResult;
import io.github.ssdkit.validate.Validator;
import io.github.ssdkit.validate.source.DirectorySource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a fresh JVM's first validation goes, phase by phase: from process start to {@code main},
 * the first load of the bundled spec, the first validation of an extract (rules compiled and run
 * interpreted), then the same validation again in the same JVM. Each phase is given as wall time
 * and as the main thread's CPU time (the table threads' time is not in it).
 *
 * <p>Run it as a whole process, cold, several times:
 * {@code java -cp ssd-bench/target/classes:ssd-cli/target/ssd.jar io.github.ssdkit.bench.StartupPhases <dir>}.
 * Limits: the clock and the management classes are set up before the first phase, so their own
 * start-up is not counted; the figures move with the machine's load, so compare runs made together.
 */
public final class StartupPhases {

  private StartupPhases() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StartupPhases <extract directory>");
      System.exit(2);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    long toMain = Duration.between(started, Instant.now()).toMillis();
    Phase clock = new Phase(threads);
    Spec spec = SpecLoader.bundled().orThrow();
    String load = clock.lap();
    Path extract = Path.of(args[0]);
    ValidationResult first = Validator.of(spec).validate(DirectorySource.csv(extract));
    String firstRun = clock.lap();
    ValidationResult second = Validator.of(spec).validate(DirectorySource.csv(extract));
    String secondRun = clock.lap();
    System.out.printf("process start to main %d ms; first spec load %s; first validation %s; second %s;"
            + " rows %d and %d%n", toMain, load, firstRun, secondRun, rows(first), rows(second));
  }

  /** Rows read, or -1 when the extract was unusable: shows that both runs did the same work. */
  private static long rows(ValidationResult result) {
    return result.isUsable() ? result.report().rows() : -1;
  }

  /** Wall and main-thread CPU time since the last lap. */
  private static final class Phase {
    private final ThreadMXBean threads;
    private long wall = System.nanoTime();
    private long cpu;

    Phase(ThreadMXBean threads) {
      this.threads = threads;
      this.cpu = threads.getCurrentThreadCpuTime();
    }

    String lap() {
      long nowWall = System.nanoTime();
      long nowCpu = threads.getCurrentThreadCpuTime();
      String lap = String.format("%d ms (CPU %d ms)", (nowWall - wall) / 1_000_000, (nowCpu - cpu) / 1_000_000);
      wall = nowWall;
      cpu = nowCpu;
      return lap;
    }
  }
}
