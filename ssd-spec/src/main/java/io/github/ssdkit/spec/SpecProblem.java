package io.github.ssdkit.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found while loading or linting a spec.
 *
 * @param rule a stable id such as {@code yaml.syntax} or {@code lint.foreign-key.resolves}; tools
 *     and users may filter on it, so ids never change meaning once released
 * @param severity whether the spec is unusable ({@link Severity#ERROR}) or merely suspicious
 * @param location the file, line and column the problem was found at
 * @param message one sentence saying what is wrong and what was expected
 */
public record SpecProblem(String rule, Severity severity, SourceLocation location, String message) {

  /** Orders problems as people read them: by file, line and column, then by rule id. */
  public static final Comparator<SpecProblem> BY_LOCATION = Comparator
      .comparing((SpecProblem p) -> p.location().file())
      .thenComparingInt(p -> p.location().line())
      .thenComparingInt(p -> p.location().column())
      .thenComparing(SpecProblem::rule);

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param rule a stable id such as {@code yaml.syntax} or {@code lint.foreign-key.resolves}; tools and users may filter on it, so ids never change meaning once released
   * @param severity whether the spec is unusable ({@link Severity#ERROR}) or merely suspicious
   * @param location the file, line and column the problem was found at
   * @param message one sentence saying what is wrong and what was expected
   */
  public SpecProblem {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    location = location == null ? SourceLocation.NONE : location;
  }

  /**
   * An error.
   *
   * @param rule the rule id
   * @param location where
   * @param message what is wrong
   * @return the problem
   */
  public static SpecProblem error(String rule, SourceLocation location, String message) {
    return new SpecProblem(rule, Severity.ERROR, location, message);
  }

  /**
   * A warning.
   *
   * @param rule the rule id
   * @param location where
   * @param message what is suspicious
   * @return the problem
   */
  public static SpecProblem warning(String rule, SourceLocation location, String message) {
    return new SpecProblem(rule, Severity.WARNING, location, message);
  }

  /** {@return whether the problem is an error} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The one-line form shown to people: {@code file:line:col: error [rule] message}. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + " [" + rule + "] " + message;
  }
}
