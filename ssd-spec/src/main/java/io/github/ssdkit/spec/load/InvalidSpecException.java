package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SpecProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link LoadResult#orThrow()} for callers that cannot go on without a valid spec. */
public final class InvalidSpecException extends RuntimeException {

  private final transient List<SpecProblem> problems;

  /**
   * An exception listing the problems in its message.
   *
   * @param problems the errors
   */
  public InvalidSpecException(List<SpecProblem> problems) {
    super(problems.isEmpty() ? "the spec could not be loaded"
        : problems.size() + " problem(s) in the spec:\n"
            + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return the errors} */
  public List<SpecProblem> problems() {
    return problems;
  }
}
