package io.github.ssdkit.codegen;

import io.github.ssdkit.spec.Spec;
import java.util.List;

/**
 * Turns a loaded spec into files. A generator is a pure function: the same spec always gives the
 * same files, byte for byte, in the same order; writing them is {@link GeneratedFiles}' job.
 */
public interface Generator {

  /** A short stable name used on the command line, such as {@code java} or {@code json-schema}. */
  String id();

  List<GeneratedFile> generate(Spec spec);
}
