package io.github.ssdkit.maven;

import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code ssd:lint}: loads and lints the spec, with the project's overlays merged and judged (what
 * an overlay may not change, its prefix, its core version range), with the same rules as
 * {@code ssd spec lint --overlay}; prints
 * every problem as {@code file:[line,column] [rule] message}, and fails the build on any error
 * (and on warnings with {@code failOnWarnings}). Bound to the {@code validate} phase, so a broken
 * spec stops the build before anything is generated from it.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class LintMojo extends SpecMojo {

  /** Fail the build on warnings too, not only on errors. */
  @Parameter(property = "ssd.lint.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /** Creates the goal; Maven sets the fields. */
  public LintMojo() {}

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("ssd:lint skipped (ssd.skip)");
      return;
    }
    SpecInput input = input();
    if (input.unusable().isPresent()) {
      throw new MojoFailureException(input.unusable().get());
    }
    LoadResult loaded = input.load(true);
    List<SpecProblem> problems = loaded.problems();
    long errors = MavenMessages.log(problems, input, getLog());
    long warnings = problems.size() - errors;
    String counts = errors + " error(s), " + warnings + " warning(s)";
    if (loaded.spec() != null) {
      getLog().info("SSD spec " + loaded.spec().version() + " (" + input.describe() + "): " + loaded.spec().tables().size()
          + " tables, " + loaded.spec().codeSets().size() + " code sets; " + counts);
    }
    if (errors > 0) {
      throw new MojoFailureException("SSD spec lint: " + counts + " in " + input.describe() + " (each listed above)");
    }
    if (warnings > 0 && failOnWarnings) {
      throw new MojoFailureException("SSD spec lint: " + counts + " in " + input.describe() + " and failOnWarnings is set");
    }
  }
}
