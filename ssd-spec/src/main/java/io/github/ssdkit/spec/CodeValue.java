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
 * @param withdrawalBasis which date of a row the withdrawal is judged by, or null to take the code
 *     set's (see {@link CodeSet#basisOf(CodeValue)})
 * @param aliases other spellings seen in real extracts that mean the same value (accepted with a
 *     warning), for example {@code CNHE} for {@code CHNE}
 * @param description longer explanation, or empty
 * @param status where the code stands: a {@link Lifecycle#PROPOSED} code (legal status PF) is
 *     accepted but not yet part of any return
 * @param since the spec version the code appeared in, or empty
 * @param location where in the spec files the code is declared
 */
public record CodeValue(
    String code,
    String label,
    LocalDate withdrawn,
    WithdrawalBasis withdrawalBasis,
    List<String> aliases,
    String description,
    Lifecycle status,
    String since,
    SourceLocation location) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param code the code as written in extracts, for example {@code N1} or {@code 1A}
   * @param label what it means
   * @param withdrawn the first day it is no longer valid for new records, or null while current; records dated before it may still carry it
   * @param withdrawalBasis which date of a row the withdrawal is judged by, or null to take the code set's (see {@link CodeSet#basisOf(CodeValue)})
   * @param aliases other spellings seen in real extracts that mean the same value (accepted with a warning), for example {@code CNHE} for {@code CHNE}
   * @param description longer explanation, or empty
   * @param status where the code stands: a {@link Lifecycle#PROPOSED} code (legal status PF) is accepted but not yet part of any return
   * @param since the spec version the code appeared in, or empty
   * @param location where it is declared
   */
  public CodeValue {
    Objects.requireNonNull(code, "code");
    label = label == null ? "" : label;
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    description = description == null ? "" : description;
    status = status == null ? Lifecycle.RELEASED : status;
    since = since == null ? "" : since;
    location = location == null ? SourceLocation.NONE : location;
  }

  /**
   * A released, current code with no aliases, for tests and programs that build specs in code.
   *
   * @param code the code
   * @param label what it means
   * @return the value
   */
  public static CodeValue of(String code, String label) {
    return new CodeValue(code, label, null, null, List.of(), "", null, null, SourceLocation.NONE);
  }

  /** {@return whether the code has a withdrawal date} */
  public boolean isWithdrawn() {
    return withdrawn != null;
  }

  /**
   * Whether a record dated {@code on} may carry this code; undated records only need it to exist.
   *
   * @param on the date the record is judged by, or null when it has none
   * @return whether the code may be used
   */
  public boolean isValidOn(LocalDate on) {
    return withdrawn == null || on == null || on.isBefore(withdrawn);
  }
}
