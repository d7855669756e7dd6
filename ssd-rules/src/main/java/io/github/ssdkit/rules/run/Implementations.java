package io.github.ssdkit.rules.run;

import io.github.ssdkit.rules.StatutoryReturn;
import io.github.ssdkit.rules.cin.CinRules;
import io.github.ssdkit.rules.ssda903.Ssda903Rules;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which rule codes have code, by report id ({@code cin.8630}). The catalogue's status
 * {@code implemented} must agree with this list; a test holds them together.
 */
public final class Implementations {

  private static final Map<String, RuleLogic> ALL = build();

  private Implementations() {}

  private static Map<String, RuleLogic> build() {
    Map<String, RuleLogic> out = new TreeMap<>();
    CinRules.register((code, logic) -> put(out, StatutoryReturn.CIN, code, logic));
    Ssda903Rules.register((code, logic) -> put(out, StatutoryReturn.SSDA903, code, logic));
    return Collections.unmodifiableMap(out);
  }

  private static void put(Map<String, RuleLogic> out, StatutoryReturn ret, String code, RuleLogic logic) {
    if (out.put(ret.id() + "." + code, logic) != null) {
      throw new IllegalStateException(ret.id() + "." + code + " is implemented twice");
    }
  }

  /** The code of a rule, by report id. */
  public static Optional<RuleLogic> of(String ruleId) {
    return Optional.ofNullable(ALL.get(ruleId));
  }

  /** The report ids of every implemented rule, sorted. */
  public static java.util.Set<String> ids() {
    return ALL.keySet();
  }

  /** Where a return's rule classes register their codes. */
  @FunctionalInterface
  public interface Registry {
    void add(String code, RuleLogic logic);
  }
}
