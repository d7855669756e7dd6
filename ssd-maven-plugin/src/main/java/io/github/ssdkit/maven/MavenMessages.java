package io.github.ssdkit.maven;

import io.github.ssdkit.spec.SpecProblem;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Spec problems as Maven prints compiler messages, {@code /abs/path/file.yaml:[line,column] [rule] message},
 * so IDEs and CI log parsers link each one to its file and line as they do for javac's.
 */
final class MavenMessages {

  private MavenMessages() {}

  /**
   * One problem on one line.
   *
   * @param problem the problem
   * @param input where the problem's file lives
   * @return {@code file:[line,column] [rule] message}, or {@code file [rule] message} without a line
   */
  static String format(SpecProblem problem, SpecInput input) {
    String file = input.fileOf(problem.location());
    String where = problem.location().line() > 0
        ? file + ":[" + problem.location().line() + "," + Math.max(1, problem.location().column()) + "]"
        : file;
    return where + " [" + problem.rule() + "] " + problem.message();
  }

  /**
   * Logs every problem at its severity: errors as {@code [ERROR]}, warnings as {@code [WARNING]}.
   *
   * @return how many were errors
   */
  static long log(List<SpecProblem> problems, SpecInput input, Log log) {
    long errors = 0;
    for (SpecProblem p : problems) {
      if (p.isError()) {
        log.error(format(p, input));
        errors++;
      } else {
        log.warn(format(p, input));
      }
    }
    return errors;
  }
}
