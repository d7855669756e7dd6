package io.github.ssdkit.spec.diff;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import java.util.Objects;

/**
 * Compares two versions of a spec: a pure function from two loaded specs to a {@link SpecDiff}
 * that lists every change with its class and the reason for it.
 *
 * <p>Tables, columns and code sets are matched by name first. What is left is matched through
 * the stable references: a column that keeps its item reference ({@code PERS002A}) under a new
 * name is renamed, not removed and added; a table whose columns' items moved with it is a renamed
 * table; a code set holding mostly the same codes under a new id is a renamed set; a code that the
 * new version lists as an alias of another is a renamed code. References between the two (a
 * column's code set, a foreign key, a check's columns) are compared through those renames, so a
 * rename is reported once.
 *
 * <p>The classes follow what the validator and the generators do with the spec: see {@link Impact}
 * and docs/spec-lifecycle.md for the rules.
 */
public final class SpecDiffer {

  private SpecDiffer() {}

  /**
   * Every change from one spec to another, each classed by what it does to data and code.
   *
   * @param older the older spec
   * @param newer the newer spec
   * @return the changes
   */
  public static SpecDiff diff(Spec older, Spec newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    ChangeList out = new ChangeList();
    manifest(older.manifest(), newer.manifest(), out);
    Renames renames = Renames.find(older, newer);
    CodeSetChanges.compare(older, newer, renames, out);
    TableChanges.compare(older, newer, renames, out);
    return new SpecDiff(older.version(), newer.version(), out.list());
  }

  private static void manifest(SpecManifest a, SpecManifest b, ChangeList out) {
    if (!a.id().equals(b.id())) {
      out.add(Impact.BREAKING_DATA, "spec.id.changed", "spec", a.id(), b.id(),
          "a different spec id names a different dataset; extracts declare the id they follow");
    }
    out.docs("spec.name.changed", "spec", a.name(), b.name());
    out.docs("spec.status.changed", "spec", a.status(), b.status());
    out.docs("spec.date.changed", "spec", ChangeList.text(a.date()), ChangeList.text(b.date()));
    out.docs("spec.upstream.changed", "spec", a.upstream(), b.upstream());
  }
}
