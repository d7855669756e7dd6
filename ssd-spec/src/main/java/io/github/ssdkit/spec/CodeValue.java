package io.github.ssdkit.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One allowed value of a code set.
 *
 * @param code the code as written in extracts, for example {@code N1} or {@code 1A}
 * @param label what it means
 * @param withdrawn the first day it is no longer valid for new records, or null while current;
 *     records dated before it may still carry it
 * @param aliases other spellings seen in real extracts that mean the same value (accepted with a
 *     warning), for example {@code CNHE} for {@code CHNE}
 * @param description longer explanation, or empty
 */
public record CodeValue(
    String code,
    String label,
    LocalDate withdrawn,
    List<String> aliases,
    String description,
    SourceLocation location) {

  public CodeValue {
    Objects.requireNonNull(code, "code");
    label = label == null ? "" : label;
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    description = description == null ? "" : description;
    location = location == null ? SourceLocation.NONE : location;
  }

  public static CodeValue of(String code, String label) {
    return new CodeValue(code, label, null, List.of(), "", SourceLocation.NONE);
  }

  public boolean isWithdrawn() {
    return withdrawn != null;
  }

  /** Whether a record dated {@code on} may carry this code; undated records only need it to exist. */
  public boolean isValidOn(LocalDate on) {
    return withdrawn == null || on == null || on.isBefore(withdrawn);
  }
}
