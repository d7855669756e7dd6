package io.github.ssdkit.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every goal shares: which spec, which overlays, and the switch that skips them all. */
abstract class SpecMojo extends AbstractMojo {

  /** A spec directory (holding {@code ssd.yaml}) to use instead of the core spec bundled with the plugin. */
  @Parameter(property = "ssd.specDirectory")
  File specDirectory;

  /**
   * Overlays merged into the spec, in the order they apply: directories holding
   * {@code overlay.yaml}, or single overlay YAML files (see docs/overlays.md).
   */
  @Parameter(property = "ssd.overlays")
  List<File> overlays;

  /** Skip every goal of this plugin. */
  @Parameter(property = "ssd.skip", defaultValue = "false")
  boolean skip;

  /** The spec and overlays these parameters name. */
  SpecInput input() {
    return new SpecInput(specDirectory, overlays);
  }
}
