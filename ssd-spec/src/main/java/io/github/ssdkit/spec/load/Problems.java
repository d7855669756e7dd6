package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects problems as a spec is read, so that one pass reports all of them. */
final class Problems {

  private final List<SpecProblem> all = new ArrayList<>();

  void error(String rule, SourceLocation at, String message) {
    all.add(SpecProblem.error(rule, at, message));
  }

  void warning(String rule, SourceLocation at, String message) {
    all.add(SpecProblem.warning(rule, at, message));
  }

  void add(SpecProblem problem) {
    all.add(problem);
  }

  List<SpecProblem> list() {
    return List.copyOf(all);
  }
}
