package io.github.ssdkit.cli;

import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.SpecLoader;
import picocli.CommandLine;

/** Reports the tool version (from the jar) and the version of the bundled spec. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String tool = SsdCommand.class.getPackage().getImplementationVersion();
    LoadResult spec = SpecLoader.bundled();
    String specVersion = spec.specIfPresent().map(s -> s.version() + " (upstream SSD "
        + s.manifest().upstream() + ")").orElse("unavailable");
    return new String[] {"ssd " + (tool == null ? "development build" : tool), "spec " + specVersion};
  }
}
