package io.github.ssdkit.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of allowed codes for one or more columns.
 *
 * @param id the stable id columns refer to, snake_case, for example {@code placement_type}
 * @param title a short human title
 * @param description what the set is for and any caveats
 * @param source the statutory returns or guidance the codes come from
 * @param version the edition of the source the list was taken from, for example {@code 2025-26}
 * @param extensible whether a local authority may add any local codes beside these
 * @param localCodes an anchored regular expression for the local codes an authority may add (the
 *     gender guidance's {@code 10}-{@code 99}), or null; unlike {@code extensible} it still rejects
 *     everything else
 * @param withdrawalBasis which date of a row the withdrawals of this set are judged by, unless a
 *     value says otherwise; {@link WithdrawalBasis#START} when not given
 * @param status where the set stands in the standard
 * @param since the spec version the set appeared in, or empty
 * @param values the codes, in their published order
 * @param notes decisions about the list, where sources disagree
 * @param location where the set is declared
 */
public record CodeSet(
    String id,
    String title,
    String description,
    List<String> source,
    String version,
    boolean extensible,
    String localCodes,
    WithdrawalBasis withdrawalBasis,
    Lifecycle status,
    String since,
    List<CodeValue> values,
    String notes,
    SourceLocation location) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param id the stable id columns refer to, snake_case, for example {@code placement_type}
   * @param title a short human title
   * @param description what the set is for and any caveats
   * @param source the statutory returns or guidance the codes come from
   * @param version the edition of the source the list was taken from, for example {@code 2025-26}
   * @param extensible whether a local authority may add any local codes beside these
   * @param localCodes an anchored regular expression for the local codes an authority may add (the gender guidance's {@code 10}-{@code 99}), or null; unlike {@code extensible} it still rejects everything else
   * @param withdrawalBasis which date of a row the withdrawals of this set are judged by, unless a value says otherwise; {@link WithdrawalBasis#START} when not given
   * @param status where the set stands in the standard
   * @param since the spec version the set appeared in, or empty
   * @param values the codes, in their published order
   * @param notes decisions about the list, where sources disagree
   * @param location where the set is declared
   */
  public CodeSet {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    source = List.copyOf(source == null ? List.of() : source);
    version = version == null ? "" : version;
    withdrawalBasis = withdrawalBasis == null ? WithdrawalBasis.START : withdrawalBasis;
    status = status == null ? Lifecycle.RELEASED : status;
    since = since == null ? "" : since;
    values = List.copyOf(values == null ? List.of() : values);
    notes = notes == null ? "" : notes;
    location = location == null ? SourceLocation.NONE : location;
  }

  /**
   * A released, closed set with no local codes, for tests and programs that build specs in code.
   *
   * @param id the set id
   * @param title its title
   * @param values its codes
   * @return the code set
   */
  public static CodeSet of(String id, String title, List<CodeValue> values) {
    return new CodeSet(id, title, null, null, null, false, null, null, null, null, values, null, null);
  }

  /**
   * The value with this code, or with this code as an alias.
   *
   * @param code a code or alias as written in an extract
   * @return the value, or empty when the set has no such code
   */
  public Optional<CodeValue> find(String code) {
    for (CodeValue v : values) {
      if (v.code().equals(code)) {
        return Optional.of(v);
      }
    }
    for (CodeValue v : values) {
      if (v.aliases().contains(code)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** {@return the codes of the set, in published order (aliases not included)} */
  public List<String> codes() {
    return values.stream().map(CodeValue::code).toList();
  }

  /**
   * The date basis of a value's withdrawal: its own, else the set's.
   *
   * @param value a value of this set
   * @return the basis its withdrawal is judged by
   */
  public WithdrawalBasis basisOf(CodeValue value) {
    return value.withdrawalBasis() != null ? value.withdrawalBasis() : withdrawalBasis;
  }

  /**
   * Whether {@code code} is one of the set's local codes (never true without {@link #localCodes()}).
   *
   * @param code a code as written in an extract
   * @return whether it is a local code of this set
   */
  public boolean isLocalCode(String code) {
    return localCodes != null && Pattern.compile(localCodes).matcher(code).matches();
  }
}
