package io.github.ssdkit.rules;

import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One validation rule of a statutory return as the catalogue describes it: its official code, the
 * collection years it belongs to, how bad a breach is, what it checks in plain words, and which
 * SSD columns it reads, or why it cannot run on SSD data. Build one with {@link #builder}.
 *
 * @param statutoryReturn the return the code belongs to; codes are unique only within a return
 * @param code the official code as the DfE writes it ({@code 8925Q}, {@code 103}, {@code SW08STG2})
 * @param years the collection years the rule applies to, oldest first, without repeats
 * @param severity {@link Severity#WARNING} for a query, which the authority may answer with a reason
 * @param kind the main sort of check, shared by rules that one implementation can serve
 * @param checks one sentence saying what the rule checks
 * @param reads the SSD columns the rule reads, in the order written
 * @param status whether the rule can run on SSD data
 * @param needs the outside data a {@link RuleStatus#NEEDS_EXTERNAL_DATA} rule needs, else null
 * @param reason why a rule is not applicable or what outside data it needs; null for a planned rule
 * @param note how a planned rule maps onto SSD tables, where that is not obvious; may be null
 * @param changes how the rule differs between collection years, when it does; may be null
 * @param location where the rule is written
 */
public record StatutoryRule(
    StatutoryReturn statutoryReturn,
    String code,
    List<CollectionYear> years,
    Severity severity,
    RuleKind kind,
    String checks,
    List<FieldRef> reads,
    RuleStatus status,
    ExternalData needs,
    String reason,
    String note,
    String changes,
    SourceLocation location) {

  /** Orders codes by their number, then by what follows it: 8 before 100 before 100A before 101. */
  public static final Comparator<String> CODE_ORDER = Comparator
      .comparing(StatutoryRule::letterPrefix)
      .thenComparingLong(StatutoryRule::number)
      .thenComparing(c -> c);

  public StatutoryRule {
    Objects.requireNonNull(statutoryReturn, "statutoryReturn");
    Objects.requireNonNull(code, "code");
    years = List.copyOf(new TreeSet<>(years));
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(checks, "checks");
    reads = List.copyOf(reads);
    Objects.requireNonNull(status, "status");
    location = location == null ? SourceLocation.NONE : location;
  }

  /** The id used in reports: {@code cin.8925Q}, {@code ssda903.103}. */
  public String id() {
    return statutoryReturn.id() + "." + code;
  }

  public boolean appliesIn(CollectionYear year) {
    return years.contains(year);
  }

  public Optional<ExternalData> needsIfAny() {
    return Optional.ofNullable(needs);
  }

  public Optional<String> reasonIfAny() {
    return Optional.ofNullable(reason);
  }

  public static Builder builder(StatutoryReturn statutoryReturn, String code) {
    return new Builder(statutoryReturn, code);
  }

  private static String letterPrefix(String code) {
    int i = 0;
    while (i < code.length() && !Character.isDigit(code.charAt(i))) {
      i++;
    }
    return code.substring(0, i);
  }

  private static long number(String code) {
    String digits = code.substring(letterPrefix(code).length()).replaceAll("\\D.*", "");
    return digits.isEmpty() || digits.length() > 18 ? -1 : Long.parseLong(digits);
  }

  /** Collects a rule's parts; unset text parts stay null, unset lists empty. */
  public static final class Builder {
    private final StatutoryReturn statutoryReturn;
    private final String code;
    private final List<CollectionYear> years = new ArrayList<>();
    private Severity severity = Severity.ERROR;
    private RuleKind kind;
    private String checks;
    private final List<FieldRef> reads = new ArrayList<>();
    private RuleStatus status;
    private ExternalData needs;
    private String reason;
    private String note;
    private String changes;
    private SourceLocation location;

    private Builder(StatutoryReturn statutoryReturn, String code) {
      this.statutoryReturn = statutoryReturn;
      this.code = code;
    }

    public Builder years(List<CollectionYear> value) {
      years.addAll(value);
      return this;
    }

    public Builder severity(Severity value) {
      severity = value;
      return this;
    }

    public Builder kind(RuleKind value) {
      kind = value;
      return this;
    }

    public Builder checks(String value) {
      checks = value;
      return this;
    }

    public Builder reads(List<FieldRef> value) {
      reads.addAll(value);
      return this;
    }

    public Builder status(RuleStatus value) {
      status = value;
      return this;
    }

    public Builder needs(ExternalData value) {
      needs = value;
      return this;
    }

    public Builder reason(String value) {
      reason = value;
      return this;
    }

    public Builder note(String value) {
      note = value;
      return this;
    }

    public Builder changes(String value) {
      changes = value;
      return this;
    }

    public Builder location(SourceLocation value) {
      location = value;
      return this;
    }

    public StatutoryRule build() {
      return new StatutoryRule(statutoryReturn, code, years, severity, kind, checks, reads, status, needs,
          reason, note, changes, location);
    }
  }
}
