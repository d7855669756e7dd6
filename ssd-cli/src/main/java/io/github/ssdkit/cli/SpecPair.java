package io.github.ssdkit.cli;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.diff.SpecDiff;
import io.github.ssdkit.spec.diff.SpecDiffer;
import io.github.ssdkit.spec.load.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The two specs that {@code ssd spec diff} and {@code ssd spec changelog} compare. */
final class SpecPair {

  @Parameters(index = "0", paramLabel = "OLD", description = "The older spec.")
  String older;

  @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "The newer spec (default: the bundled spec).")
  String newer;

  @Option(names = "--git", description = "OLD and NEW are git refs, REF or REF:path (path defaults to "
      + SpecLocator.SPEC_PATH + ").")
  boolean git;

  @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR",
      description = "The git repository for --git (default: the current directory).")
  Path repository;

  SpecDiff diff() throws IOException {
    return SpecDiffer.diff(older(), newer());
  }

  Spec older() throws IOException {
    return load(older);
  }

  Spec newer() throws IOException {
    return newer == null ? SpecLoader.bundled().orThrow() : load(newer);
  }

  private Spec load(String where) throws IOException {
    return git ? SpecLocator.git(where, repository) : SpecLocator.locate(where);
  }
}
