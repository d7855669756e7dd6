package io.github.ssdkit.rules.run;

import io.github.ssdkit.rules.StatutoryRule;
import io.github.ssdkit.validate.pack.IssueSink;
import io.github.ssdkit.validate.report.Issue;

/**
 * Where one rule reports its breaches: it adds the rule's id ({@code cin.8630}) and severity (a
 * CIN query is a warning), and locates each issue at a table, row, key and field. A breach that
 * involves other rows names them in its message with {@link Frame#describe}.
 */
public final class Findings {

  private final StatutoryRule rule;
  private final IssueSink sink;

  Findings(StatutoryRule rule, IssueSink sink) {
    this.rule = rule;
    this.sink = sink;
  }

  /**
   * Reports a breach at one cell.
   *
   * @param frame the table of the row
   * @param i the row's index in the frame
   * @param field the column the breach is about
   * @param message what is wrong, in plain words, naming any other rows involved
   */
  public void at(Frame frame, int i, String field, String message) {
    String value = frame.has(field, i) ? frame.text(field, i) : "";
    sink.report(new Issue(rule.severity(), rule.id(), frame.table(), frame.row(i), frame.key(i), field, value,
        rule.code() + ": " + message));
  }

  /**
   * Reports a breach of the extract as a whole (a count over the return), with no row.
   *
   * @param table the table counted
   * @param message what is wrong
   */
  public void extract(String table, String message) {
    sink.report(new Issue(rule.severity(), rule.id(), table, 0, "", "", "", rule.code() + ": " + message));
  }
}
