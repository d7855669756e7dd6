package io.github.ssdkit.spec.overlay;

import io.github.ssdkit.spec.Overlay;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.lint.SpecLinter;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.load.OverlayLoad;
import io.github.ssdkit.spec.load.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point for overlays: a core spec plus local or supplier overlays, applied in the
 * order given, make a merged spec that records where every item came from.
 *
 * <pre>{@code
 * MergeResult merged = Overlays.merge(SpecLoader.bundled(), List.of(Path.of("overlays/la801")));
 * merged.problems().forEach(System.err::println);   // file:line:col: error [overlay.prefix] ...
 * Spec spec = merged.orThrow();                      // core tables plus la801_ tables, columns, codes
 * }</pre>
 *
 * <p>An overlay may add tables, code sets, columns of other tables, codes of code sets that are
 * open to it (marked {@code extensible}, or with {@code local_codes} the new codes match) and
 * checks, and may tighten a column (make it required or unique, shorten its length, narrow its
 * range, give it a pattern). Every other change to what it builds on is reported with the file and
 * line of the overlay entry that makes it: the merger compares the spec before and after each
 * overlay with {@link io.github.ssdkit.spec.diff.SpecDiffer}, so "removed", "renamed" and "loosened"
 * mean exactly what they mean between two releases. docs/overlays.md lists the rules and ids.
 */
public final class Overlays {

  private Overlays() {}

  /**
   * Merges overlays into a core spec and lints the result with the {@link SpecLinter#standard()
   * standard rules}.
   *
   * @param core the core spec as loaded: {@link SpecLoader#bundled()} or {@link SpecLoader#load(Path)}
   * @param overlays overlay directories (each holding {@code overlay.yaml}) or single overlay YAML
   *     files, in the order they apply; later overlays build on earlier ones
   * @return the merged spec and every problem; with no overlays, the core and its lint problems
   */
  public static MergeResult merge(LoadResult core, List<Path> overlays) {
    return merge(core, overlays, SpecLinter.standard());
  }

  /** As {@link #merge(LoadResult, List)}, linting the merged spec with the given linter. */
  public static MergeResult merge(LoadResult core, List<Path> overlays, SpecLinter linter) {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(linter, "linter");
    List<SpecProblem> problems = new ArrayList<>(core.problems());
    List<Overlay> read = new ArrayList<>();
    Spec spec = core.spec();
    if (spec == null) {
      return new MergeResult(null, read, problems);
    }
    OverlayMerger merger = new OverlayMerger(spec);
    Set<String> seen = new HashSet<>();
    for (Path path : overlays) {
      OverlayLoad load = SpecLoader.loadOverlay(path);
      problems.addAll(load.problems());
      if (load.overlay() == null) {
        continue;
      }
      Overlay overlay = load.overlay();
      if (!seen.add(overlay.id())) {
        problems.add(SpecProblem.error("overlay.duplicate", overlay.location(), "overlay '" + overlay.id()
            + "' is applied twice; list each overlay once"));
        continue;
      }
      read.add(overlay);
      problems.addAll(merger.apply(overlay));
    }
    Spec merged = merger.spec();
    problems.addAll(linter.lint(merged));
    problems.sort(SpecProblem.BY_LOCATION);
    return new MergeResult(merged, read, problems);
  }
}
