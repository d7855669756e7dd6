package io.github.ssdkit.rules;

import java.util.Optional;

/** How far a rule can be, or has been, brought onto SSD data. */
public enum RuleStatus implements CatalogueName {
  /** The rule runs on SSD data (a class in ssd-rules registers its code); a query runs as a warning. */
  IMPLEMENTED("implemented"),
  /** Every fact the rule needs is in SSD tables; the rule is not implemented yet. */
  PLANNED("planned"),
  /** The rule has no meaning on the SSD (no such field, or a fact the return derives); the reason says why. */
  NOT_APPLICABLE("not-applicable"),
  /** The rule needs data the SSD does not hold; {@link ExternalData} says which. */
  NEEDS_EXTERNAL_DATA("needs-external-data");

  private final String id;

  RuleStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<RuleStatus> byId(String id) {
    return CatalogueName.byId(RuleStatus.class, id);
  }
}
