package io.github.ssdkit.spec.overlay;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Origin;
import io.github.ssdkit.spec.Origins;
import io.github.ssdkit.spec.Overlay;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.Table;
import io.github.ssdkit.spec.diff.Change;
import io.github.ssdkit.spec.diff.SemVer;
import io.github.ssdkit.spec.diff.SpecDiffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applies overlays one after another to a spec: builds the next spec from the overlay's
 * declarations and extensions, records the origin of what it adds, checks its manifest and names,
 * and has {@link ChangeJudge} rule on every difference the spec differ finds between the spec
 * before and after. Not thread-safe; one merger per merge.
 */
final class OverlayMerger {

  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9]*_");

  private Spec spec;
  private final SemVer coreVersion;
  /** The core's {@code local_codes} per code set: what overlays may add even after a set closes. */
  private final Map<String, String> localCodes = new HashMap<>();

  OverlayMerger(Spec core) {
    this.spec = core;
    this.coreVersion = SemVer.parse(core.version()).orElse(null);
    for (CodeSet set : core.codeSets()) {
      if (set.localCodes() != null) {
        localCodes.put(set.id(), set.localCodes());
      }
    }
  }

  Spec spec() {
    return spec;
  }

  /** Applies one overlay and returns its problems; the spec is the merged one afterwards. */
  List<SpecProblem> apply(Overlay overlay) {
    Step step = new Step(overlay);
    step.manifest();
    step.codeSets();
    step.codeSetExtensions();
    step.tables();
    step.tableExtensions();
    Spec before = spec;
    spec = before.merged(List.copyOf(step.tables.values()), List.copyOf(step.sets.values()), step.origins.build());
    ChangeJudge judge = new ChangeJudge(before, localCodes, step.at);
    for (Change change : SpecDiffer.diff(before, spec).changes()) {
      judge.judge(change, overlay.id()).ifPresent(step.out::add);
    }
    return step.out;
  }

  /** The working state of one overlay's application. */
  private final class Step {
    final Overlay overlay;
    final Origin origin;
    final String prefix;
    final Locations at;
    final List<SpecProblem> out = new ArrayList<>();
    final Map<String, Table> tables = new LinkedHashMap<>();
    final Map<String, CodeSet> sets = new LinkedHashMap<>();
    final Origins.Builder origins;

    Step(Overlay overlay) {
      this.overlay = overlay;
      this.origin = overlay.origin();
      this.prefix = PREFIX.matcher(overlay.prefix()).matches() && !overlay.prefix().equals("ssd_")
          ? overlay.prefix() : null;
      this.at = new Locations(overlay.location());
      spec.tables().forEach(t -> tables.put(t.name(), t));
      spec.codeSets().forEach(s -> sets.put(s.id(), s));
      origins = Origins.builder().from(spec.origins()).overlay(origin);
    }

    void manifest() {
      if (prefix == null) {
        out.add(SpecProblem.error("overlay.prefix.format", overlay.prefixAt(), "overlay prefix '" + overlay.prefix()
            + "' must be lower case letters and digits ending in '_', such as la801_, and not ssd_"));
      }
      Optional<VersionRange> range = VersionRange.parse(overlay.coreRange());
      if (range.isEmpty()) {
        out.add(SpecProblem.error("overlay.core-version.syntax", overlay.coreRangeAt(), "core version range '"
            + overlay.coreRange() + "' is not a version range such as [1.0.0,2.0.0) or a version such as 1.0.0"));
      } else if (coreVersion != null && !range.get().contains(coreVersion)) {
        out.add(SpecProblem.error("overlay.core-version", overlay.coreRangeAt(), "overlay " + overlay.id() + " "
            + overlay.version() + " applies to core versions " + range.get() + ", not to this core, "
            + coreVersion + "; test the overlay against this core and widen its range, or use a core it fits"));
      }
    }

    void codeSets() {
      for (CodeSet set : overlay.codeSets()) {
        at.put("code set " + set.id(), set.location());
        set.values().forEach(v -> at.put("code " + set.id() + "." + v.code(), v.location()));
        CodeSet old = sets.get(set.id());
        if (old == null) {
          prefixed(set.id(), "code set", set.location());
          origins.codeSet(set.id(), origin);
        }
        for (CodeValue v : set.values()) {
          if (old == null || old.find(v.code()).isEmpty()) {
            origins.code(set.id(), v.code(), origin);
          }
        }
        sets.put(set.id(), set);
      }
    }

    void codeSetExtensions() {
      for (Overlay.CodeSetExtension ext : overlay.codeSetExtensions()) {
        CodeSet old = sets.get(ext.codeSet());
        at.put("code set " + ext.codeSet(), ext.location());
        if (old == null) {
          out.add(SpecProblem.error("overlay.target.unknown", ext.location(), "overlay " + overlay.id()
              + " extends code set '" + ext.codeSet() + "', which neither the core nor an earlier overlay has"));
          continue;
        }
        List<CodeValue> values = new ArrayList<>(old.values());
        for (CodeValue v : ext.addValues()) {
          at.put("code " + old.id() + "." + v.code(), v.location());
          if (old.find(v.code()).isPresent() || values.stream().anyMatch(x -> x.code().equals(v.code()))) {
            out.add(conflict(v.location(), "code '" + v.code() + "' of code set '" + old.id() + "'"));
            continue;
          }
          values.add(v);
          origins.code(old.id(), v.code(), origin);
        }
        // once an overlay lists its local codes, the set holds exactly those (decision 261)
        String closed = ext.addValues().isEmpty() || old.extensible() ? old.localCodes() : null;
        sets.put(old.id(), new CodeSet(old.id(), old.title(), old.description(), old.source(), old.version(),
            old.extensible(), closed, old.withdrawalBasis(), old.status(), old.since(), values, old.notes(),
            old.location()));
      }
    }

    void tables() {
      for (Table table : overlay.tables()) {
        at.put("table " + table.name(), table.location());
        table.fields().forEach(f -> at.put("column " + table.name() + "." + f.name(), f.location()));
        table.checks().forEach(c -> at.put("check " + table.name() + "." + c.id(), c.location()));
        Table old = tables.get(table.name());
        if (old == null) {
          prefixed(table.name(), "table", table.location());
          origins.table(table.name(), origin);
        }
        boolean foreign = old != null && !spec.origins().table(old.name()).equals(origin);
        for (Field f : table.fields()) {
          if (old == null || old.field(f.name()).isEmpty()) {
            origins.column(table.name(), f.name(), origin);
            if (foreign) {
              prefixed(f.name(), "column", f.location());
            }
          }
        }
        for (Check c : table.checks()) {
          if (old == null || old.checks().stream().noneMatch(x -> x.id().equals(c.id()))) {
            origins.check(table.name(), c.id(), origin);
            if (foreign) {
              prefixedCheck(c);
            }
          }
        }
        tables.put(table.name(), table);
      }
    }

    void tableExtensions() {
      for (Overlay.TableExtension ext : overlay.tableExtensions()) {
        Table old = tables.get(ext.table());
        if (old == null) {
          out.add(SpecProblem.error("overlay.target.unknown", ext.location(), "overlay " + overlay.id()
              + " extends table '" + ext.table() + "', which neither the core nor an earlier overlay has"));
          continue;
        }
        at.put("table " + old.name(), ext.location());
        List<Field> fields = new ArrayList<>(old.fields());
        for (Overlay.Tightening t : ext.tighten()) {
          at.put("column " + old.name() + "." + t.column(), t.location());
          int i = indexOf(fields, t.column());
          if (i < 0) {
            out.add(SpecProblem.error("overlay.target.unknown", t.location(), "overlay " + overlay.id()
                + " tightens column '" + t.column() + "', which table " + old.name() + " does not have"));
            continue;
          }
          Field f = fields.get(i);
          if (t.range() != null && !within(t.range(), f.range())) {
            out.add(SpecProblem.error("overlay.loosen", t.location(), "overlay " + overlay.id() + " gives column "
                + old.name() + "." + f.name() + " the range " + t.range() + ", which is not within its range "
                + f.range() + "; an overlay may only narrow a range"));
          }
          fields.set(i, t.applyTo(f));
        }
        for (Field f : ext.addFields()) {
          at.put("column " + old.name() + "." + f.name(), f.location());
          if (indexOf(fields, f.name()) >= 0) {
            out.add(conflict(f.location(), "column " + old.name() + "." + f.name()));
            continue;
          }
          prefixed(f.name(), "column", f.location());
          fields.add(f);
          origins.column(old.name(), f.name(), origin);
        }
        List<Check> checks = new ArrayList<>(old.checks());
        for (Check c : ext.addChecks()) {
          at.put("check " + old.name() + "." + c.id(), c.location());
          if (checks.stream().anyMatch(x -> x.id().equals(c.id()))) {
            out.add(conflict(c.location(), "check " + old.name() + "." + c.id()));
            continue;
          }
          prefixedCheck(c);
          checks.add(c);
          origins.check(old.name(), c.id(), origin);
        }
        tables.put(old.name(), new Table(old.name(), old.rowName(), old.description(), old.domain(), old.status(), old.since(),
            old.primaryKey(), fields, checks, old.notes(), old.location()));
      }
    }

    private SpecProblem conflict(SourceLocation where, String what) {
      String owner = spec.hasOverlays() ? "the core or an earlier overlay" : "the core";
      return SpecProblem.error("overlay.conflict", where, "overlay " + overlay.id() + " adds " + what
          + ", but " + owner + " already has it; rename the local item (a newer core may have taken the name)");
    }

    private void prefixed(String name, String what, SourceLocation where) {
      if (prefix != null && !name.startsWith(prefix)) {
        out.add(SpecProblem.error("overlay.prefix", where, "overlay " + overlay.id() + " adds " + what + " '"
            + name + "' without its prefix '" + prefix + "'; every local name starts with it, so that no core"
            + " release can take it"));
      }
    }

    private void prefixedCheck(Check c) {
      String checkPrefix = prefix == null ? null : prefix.replace('_', '-');
      if (checkPrefix != null && !c.id().startsWith(checkPrefix)) {
        out.add(SpecProblem.error("overlay.prefix", c.location(), "overlay " + overlay.id() + " adds check '"
            + c.id() + "' without its prefix '" + checkPrefix + "' (check ids are kebab-case, so the prefix's '_'"
            + " becomes '-')"));
      }
    }
  }

  private static int indexOf(List<Field> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether every value in {@code inner} lies in {@code outer} (null: no bounds). */
  private static boolean within(Range inner, Range outer) {
    if (outer == null) {
      return true;
    }
    boolean low = outer.min() == null || (inner.min() != null && inner.min().compareTo(outer.min()) >= 0);
    boolean high = outer.max() == null || (inner.max() != null && inner.max().compareTo(outer.max()) <= 0);
    return low && high;
  }
}
