package io.github.ssdkit.spec.diff;

import java.util.Objects;

/**
 * One difference between two spec versions, with its class and the reason for it.
 *
 * @param impact what the change does to data and code
 * @param kind a stable id of the kind of change, for example {@code column.max-length.reduced}
 * @param subject what changed: {@code table ssd_person}, {@code column ssd_person.pers_sex},
 *     {@code code sex.M}, {@code check ssd_person.birth-before-death}
 * @param before the old value in words, or empty when the thing is new
 * @param after the new value in words, or empty when the thing is gone
 * @param reason why the change has its class, in a sentence a maintainer can check
 */
public record Change(Impact impact, String kind, String subject, String before, String after, String reason) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param impact what the change does to data and code
   * @param kind a stable id of the kind of change, for example {@code column.max-length.reduced}
   * @param subject what changed: {@code table ssd_person}, {@code column ssd_person.pers_sex}, {@code code sex.M}, {@code check ssd_person.birth-before-death}
   * @param before the old value in words, or empty when the thing is new
   * @param after the new value in words, or empty when the thing is gone
   * @param reason why the change has its class, in a sentence a maintainer can check
   */
  public Change {
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    before = before == null ? "" : before;
    after = after == null ? "" : after;
    reason = reason == null ? "" : reason;
  }

  /**
   * {@code before -> after}, {@code + after} or {@code - before}, or empty when neither is set.
   *
   * @return the values in short
   */
  public String values() {
    if (before.isEmpty() && after.isEmpty()) {
      return "";
    }
    if (before.isEmpty()) {
      return "+ " + after;
    }
    if (after.isEmpty()) {
      return "- " + before;
    }
    return before + " -> " + after;
  }
}
