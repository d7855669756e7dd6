package io.github.ssdkit.spec.overlay;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.diff.Change;
import io.github.ssdkit.spec.diff.Impact;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether one change an overlay makes to what it builds on is allowed. Additions and
 * tightenings are; everything else is a problem with its own id: {@code overlay.remove},
 * {@code overlay.rename}, {@code overlay.loosen} (the change lets through data the spec refused,
 * or changes the generated code's types), {@code overlay.code-set.closed} and
 * {@code overlay.code-set.local-codes} (a code the set is not open to), and {@code overlay.change}
 * for any other change (a new type, other words for a core item).
 */
final class ChangeJudge {

  /** What an overlay may do: add, or make stricter. */
  private static final Set<String> ALLOWED = Set.of(
      "table.added", "column.added", "codeset.added", "code.added", "check.added",
      "column.required.added", "column.unique.added", "column.max-length.reduced", "column.precision.reduced",
      "column.scale.reduced", "column.pattern.added", "column.range.narrowed", "check.severity.raised",
      "check.tightened");
  private static final Set<String> REMOVALS = Set.of(
      "table.removed", "column.removed", "codeset.removed", "code.removed", "check.removed", "json-key.removed");

  private final Spec before;
  private final Map<String, String> localCodes;
  private final Locations at;

  /**
   * @param before the spec the overlay is applied to
   * @param localCodes the {@code local_codes} pattern of each core code set that has one: the codes an
   *     overlay may add to it (kept from the core, since the merged set closes once codes are added)
   * @param at where each subject is written in the overlay
   */
  ChangeJudge(Spec before, Map<String, String> localCodes, Locations at) {
    this.before = before;
    this.localCodes = localCodes;
    this.at = at;
  }

  Optional<SpecProblem> judge(Change change, String overlayId) {
    String kind = change.kind();
    String who = "overlay " + overlayId;
    if (kind.equals("code.added")) {
      return codeAdded(change, who);
    }
    if (kind.equals("codeset.local-codes.changed") && change.after().isEmpty()) {
      return Optional.empty(); // the merger closes a set once an overlay lists its local codes
    }
    if (ALLOWED.contains(kind)) {
      return Optional.empty();
    }
    String what = change.subject() + " (" + kind + (change.values().isEmpty() ? "" : ": " + change.values()) + ")";
    if (REMOVALS.contains(kind)) {
      return problem("overlay.remove", change, who + " removes " + what
          + "; an overlay may add and tighten, never remove: declare only additions, under 'extend'");
    }
    if (kind.endsWith(".renamed")) {
      return problem("overlay.rename", change, who + " renames " + what
          + "; an overlay may not rename core items: add a new prefixed item instead");
    }
    if (change.impact() == Impact.COMPATIBLE || change.impact() == Impact.BREAKING_CODE) {
      return problem("overlay.loosen", change, who + " loosens " + what
          + "; an overlay may only make core rules stricter for its users");
    }
    return problem("overlay.change", change, who + " changes " + what
        + "; an overlay may add items and tighten rules, not change what the core says");
  }

  private Optional<SpecProblem> codeAdded(Change change, String who) {
    String rest = change.subject().substring("code ".length());
    int dot = rest.indexOf('.');
    String setId = rest.substring(0, dot);
    String code = rest.substring(dot + 1);
    Optional<CodeSet> set = before.codeSet(setId);
    if (set.isEmpty() || set.get().extensible()) {
      return Optional.empty(); // the overlay's own set, or one open to any local code
    }
    String pattern = localCodes.get(setId);
    if (pattern == null) {
      return problem("overlay.code-set.closed", change, who + " adds code '" + code + "' to code set '" + setId
          + "', which is closed: only sets marked extensible, or with local_codes, take local codes");
    }
    if (!Pattern.compile(pattern).matcher(code).matches()) {
      return problem("overlay.code-set.local-codes", change, who + " adds code '" + code + "' to code set '" + setId
          + "', whose local codes must match " + pattern);
    }
    return Optional.empty();
  }

  private Optional<SpecProblem> problem(String rule, Change change, String message) {
    return Optional.of(SpecProblem.error(rule, at.of(change.subject()), message));
  }
}
