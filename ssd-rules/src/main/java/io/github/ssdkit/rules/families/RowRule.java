package io.github.ssdkit.rules.families;

import io.github.ssdkit.rules.run.Findings;
import io.github.ssdkit.rules.run.Frame;
import io.github.ssdkit.rules.run.RuleInput;
import io.github.ssdkit.rules.run.RuleLogic;
import java.time.LocalDate;

/**
 * A rule about each row of one table on its own: a condition on the row's cells, reported at one
 * field with a message built from the row. Most code-set, required-when and same-row rules are one
 * of these.
 */
public final class RowRule implements RuleLogic {

  /** Whether a row breaks the rule. */
  @FunctionalInterface
  public interface Breach {
    boolean test(Frame f, int i, RuleInput in);
  }

  /** The message for a breaking row. */
  @FunctionalInterface
  public interface Message {
    String of(Frame f, int i);
  }

  private final String table;
  private final String field;
  private final Breach breach;
  private final Message message;

  private RowRule(String table, String field, Breach breach, Message message) {
    this.table = table;
    this.field = field;
    this.breach = breach;
    this.message = message;
  }

  /**
   * A row rule.
   *
   * @param table the table
   * @param field the field issues point at
   * @param breach when a row breaks the rule
   * @param message what is wrong with such a row
   * @return the rule
   */
  public static RowRule on(String table, String field, Breach breach, Message message) {
    return new RowRule(table, field, breach, message);
  }

  /** A row rule whose message does not depend on the row. */
  public static RowRule on(String table, String field, Breach breach, String message) {
    return new RowRule(table, field, breach, (f, i) -> message);
  }

  @Override
  public void check(RuleInput in, Findings out) {
    Frame f = in.table(table);
    for (int i : in.rows(f)) {
      if (breach.test(f, i, in)) {
        out.at(f, i, field, message.of(f, i));
      }
    }
  }

  /** A date cell as text for messages, or "no date". */
  public static String show(LocalDate date) {
    return date == null ? "no date" : date.toString();
  }
}
