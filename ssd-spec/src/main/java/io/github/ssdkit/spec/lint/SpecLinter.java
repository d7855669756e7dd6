package io.github.ssdkit.spec.lint;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.LoadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs lint rules over a spec and returns every problem found, sorted by file and line.
 *
 * <pre>{@code
 * List<SpecProblem> problems = SpecLinter.standard().lint(SpecLoader.bundled());
 * }</pre>
 */
public final class SpecLinter {

  private final List<LintRule> rules;

  /**
   * A linter running the given rules.
   *
   * @param rules the rules, in order
   */
  public SpecLinter(List<LintRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * The rules every spec must pass, the bundled one included.
   *
   * @return the linter
   */
  public static SpecLinter standard() {
    return new SpecLinter(standardRules());
  }

  /**
   * The standard rules, and that every column and check the decisions name cites them in its
   * notes. The decisions page lives beside the spec's sources ({@code docs/decisions.md}), not in
   * it, so this needs the page's text.
    *
    * @param decisionsMarkdown the text of the decisions page
    * @return the linter
   */
  public static SpecLinter withDecisions(String decisionsMarkdown) {
    List<LintRule> rules = new ArrayList<>(standardRules());
    rules.add(new DecisionNotesRule(Decisions.parse(decisionsMarkdown)));
    return new SpecLinter(rules);
  }

  private static List<LintRule> standardRules() {
    return List.of(
        new NamingRule(),
        new RowNameRule(),
        new FieldShapeRule(),
        new PrimaryKeyRule(),
        new ForeignKeyRule(),
        new CodeSetReferenceRule(),
        new CodeValuesRule(),
        new ItemReferenceRule(),
        new CheckFieldsRule(),
        new CheckSourceRule(),
        new SinceRule(),
        new ForeignKeyCycleRule());
  }

  /** {@return the rules run, in order} */
  public List<LintRule> rules() {
    return rules;
  }

  /**
   * Runs every rule on a spec.
   *
   * @param spec the spec
   * @return the problems, by location
   */
  public List<SpecProblem> lint(Spec spec) {
    List<SpecProblem> out = new ArrayList<>();
    for (LintRule rule : rules) {
      out.addAll(rule.check(spec));
    }
    out.sort(SpecProblem.BY_LOCATION);
    return List.copyOf(out);
  }

  /**
   * Loading problems followed by lint problems; linting is skipped when nothing could be loaded.
   *
   * @param loaded what loading gave
   * @return the problems, by location
   */
  public List<SpecProblem> lint(LoadResult loaded) {
    List<SpecProblem> out = new ArrayList<>(loaded.problems());
    loaded.specIfPresent().ifPresent(spec -> out.addAll(lint(spec)));
    out.sort(SpecProblem.BY_LOCATION);
    return List.copyOf(out);
  }
}
