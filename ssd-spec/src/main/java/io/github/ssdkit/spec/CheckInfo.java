package io.github.ssdkit.spec;

import java.util.Objects;

/**
 * What every table check has whatever its kind.
 *
 * @param id unique within its table, kebab-case; the validator's rule id is built from it
 * @param description what the rule means, in a sentence a person can act on
 * @param severity {@link Severity#ERROR} unless the rule is only a query for the SSD (a statutory
 *     return's limit that an authority's own data may legitimately exceed)
 * @param notes where the rule comes from: a decision, a statutory rule; empty when not given
 * @param location where the check is declared
 */
public record CheckInfo(String id, String description, Severity severity, String notes, SourceLocation location) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param id unique within its table, kebab-case; the validator's rule id is built from it
   * @param description what the rule means, in a sentence a person can act on
   * @param severity {@link Severity#ERROR} unless the rule is only a query for the SSD (a statutory return's limit that an authority's own data may legitimately exceed)
   * @param notes where the rule comes from: a decision, a statutory rule; empty when not given
   * @param location where the check is declared
   */
  public CheckInfo {
    Objects.requireNonNull(id, "id");
    description = description == null ? "" : description;
    severity = severity == null ? Severity.ERROR : severity;
    notes = notes == null ? "" : notes;
    location = location == null ? SourceLocation.NONE : location;
  }

  /**
   * An error-level check with no notes, for tests and programs that build specs in code.
   *
   * @param id the check id
   * @param description what it means
   * @return the check info
   */
  public static CheckInfo of(String id, String description) {
    return new CheckInfo(id, description, Severity.ERROR, "", SourceLocation.NONE);
  }
}
