package io.github.ssdkit.spec.release;

import io.github.ssdkit.spec.diff.Change;
import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.diff.SpecDiff;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a spec's version number matches its changes since the previous release: a major bump
 * for anything breaking, at least a minor one for compatible changes, at least a patch for words.
 * Different content under the same version never passes: the JSON Schema {@code $id}s carry the
 * version, so one {@code $id} would name two schemas. A bigger bump than needed passes; skipping a
 * number (1.0.0 to 1.2.0) does not.
 */
public final class VersionGate {

  /** How many changes a failure message lists. */
  static final int SHOWN = 8;

  private VersionGate() {}

  /**
   * The verdict.
   *
   * @param passed whether the version matches
   * @param required the smallest bump the changes need, or empty when nothing changed
   * @param message one paragraph saying why, naming the versions that would pass
   */
  public record Verdict(boolean passed, Optional<SemVer.Level> required, String message) {}

  /**
   * Whether the newer version number is the one its changes since the older need.
   *
   * @param diff the changes from the release to the spec
   * @return the verdict
   */
  public static Verdict check(SpecDiff diff) {
    Optional<SemVer> before = SemVer.parse(diff.oldVersion());
    Optional<SemVer> after = SemVer.parse(diff.newVersion());
    Optional<SemVer.Level> required = diff.requiredBump();
    if (before.isEmpty() || after.isEmpty()) {
      return new Verdict(false, required, "the versions must be MAJOR.MINOR.PATCH; got " + diff.oldVersion()
          + " and " + diff.newVersion());
    }
    SemVer old = before.get();
    SemVer now = after.get();
    if (now.compareTo(old) < 0) {
      return new Verdict(false, required, "version " + now + " is older than the released " + old);
    }
    if (required.isEmpty()) {
      return new Verdict(true, required, now.sameCore(old) ? "no change since " + old
          : "no change since " + old + "; " + now + " is a new version of the same content");
    }
    SemVer.Level level = required.get();
    List<SemVer> allowed = List.of(SemVer.Level.values()).stream()
        .filter(l -> l.compareTo(level) >= 0).map(old::next).toList();
    if (allowed.stream().anyMatch(now::sameCore)) {
      return new Verdict(true, required, diff.changes().size() + " change(s) since " + old + " need a "
          + level.id() + " version; " + now + " is one");
    }
    String why = now.sameCore(old)
        ? "the spec changed since release " + old + " but its version is still " + now
            + " (the same version, and the same JSON Schema $id, would name two different specs)"
        : "version " + now + " does not follow release " + old + " for these changes";
    return new Verdict(false, required, why + "; the changes need a " + level.id() + " version: set version to "
        + allowed.get(0) + (allowed.size() > 1 ? " (or " + allowed.subList(1, allowed.size()).stream()
            .map(SemVer::toString).collect(Collectors.joining(" or ")) + ")" : "")
        + " in ssd.yaml. " + summary(diff, level));
  }

  /** The changes that decide the level, a few of them. */
  private static String summary(SpecDiff diff, SemVer.Level level) {
    List<Change> deciding = diff.changes().stream().filter(c -> c.impact().bump() == level).toList();
    String listed = deciding.stream().limit(SHOWN)
        .map(c -> c.impact().id() + " " + c.kind() + " " + c.subject() + (c.values().isEmpty() ? "" : " (" + c.values() + ")"))
        .collect(Collectors.joining("; "));
    return "Because of: " + listed + (deciding.size() > SHOWN ? "; and " + (deciding.size() - SHOWN) + " more" : "")
        + ". Run 'ssd spec diff' for all of them.";
  }
}
