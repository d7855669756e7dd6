package io.github.ssdkit.spec.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every change between two versions of a spec, in a stable order (worst class first, then by
 * subject), with the versions they came from. Made by {@link SpecDiffer#diff}.
 *
 * @param oldVersion the version string of the spec compared from
 * @param newVersion the version string of the spec compared to
 * @param changes every change found, sorted worst class first, then by subject, kind and values
 */
public record SpecDiff(String oldVersion, String newVersion, List<Change> changes) {

  static final Comparator<Change> ORDER = Comparator.comparing(Change::impact)
      .thenComparing(Change::subject).thenComparing(Change::kind).thenComparing(Change::values);

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param oldVersion the older spec's version
   * @param newVersion the newer spec's version
   * @param changes the changes, in any order (kept sorted by class, subject and kind)
   */
  public SpecDiff {
    changes = changes.stream().sorted(ORDER).toList();
  }

  /**
   * The worst class of any change, or empty when the two specs are the same.
   *
   * @return the class
   */
  public Optional<Impact> impact() {
    return changes.stream().map(Change::impact).min(Comparator.naturalOrder());
  }

  /**
   * The smallest version bump these changes need, or empty when nothing changed.
   *
   * @return the bump
   */
  public Optional<SemVer.Level> requiredBump() {
    return impact().map(Impact::bump);
  }

  /**
   * The changes of one class.
   *
   * @param impact the class
   * @return its changes, in order
   */
  public List<Change> of(Impact impact) {
    return changes.stream().filter(c -> c.impact() == impact).toList();
  }

  /** {@return whether the two specs are the same} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
