package io.github.ssdkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.diff.DiffReport;
import io.github.ssdkit.spec.diff.SpecDiff;
import io.github.ssdkit.spec.diff.SpecDiffer;
import io.github.ssdkit.spec.load.LoadResult;
import io.github.ssdkit.spec.overlay.MergeResult;
import io.github.ssdkit.spec.overlay.Overlays;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ssd spec diff --overlay} adds to the core diff: what the overlays add to the older
 * core (a diff from that core to core plus overlays), and every problem of merging them into the
 * newer core, where a newer release that took a local name, or left the overlay's version range,
 * shows up as an error at the overlay's line.
 *
 * @param additions the older core against the older core plus overlays, or null when they do not merge into it
 * @param olderProblems the errors of merging the overlays into the older core
 * @param newerProblems the errors of merging the overlays into the newer core
 */
record OverlayDiff(SpecDiff additions, List<SpecProblem> olderProblems, List<SpecProblem> newerProblems) {

  static OverlayDiff of(Spec older, Spec newer, List<Path> overlays) {
    MergeResult onOlder = Overlays.merge(new LoadResult(older, List.of()), overlays);
    MergeResult onNewer = Overlays.merge(new LoadResult(newer, List.of()), overlays);
    SpecDiff additions = onOlder.spec() == null ? null : SpecDiffer.diff(older, onOlder.spec());
    return new OverlayDiff(additions, onOlder.errors(), onNewer.errors());
  }

  boolean appliesToNewer() {
    return newerProblems.isEmpty();
  }

  String render(String format, DiffReport report, SpecDiff core) {
    if (format.equals("json")) {
      return json(report, core);
    }
    String heading = format.equals("markdown") ? "## " : "";
    StringBuilder b = new StringBuilder(report.render(core));
    b.append('\n').append(heading).append("What the overlays add to ").append(core.oldVersion()).append('\n');
    if (!olderProblems.isEmpty()) {
      b.append("The overlays do not apply to ").append(core.oldVersion()).append(":\n");
      olderProblems.forEach(p -> b.append("  ").append(p).append('\n'));
    }
    if (additions != null) {
      b.append(report.render(additions));
    }
    b.append('\n').append(heading).append("Do the overlays apply to ").append(core.newVersion()).append("?\n");
    if (newerProblems.isEmpty()) {
      b.append("Yes: no conflicts.\n");
    } else {
      b.append("No: ").append(newerProblems.size()).append(" error(s)\n");
      newerProblems.forEach(p -> b.append("  ").append(p).append('\n'));
    }
    return b.toString();
  }

  private String json(DiffReport report, SpecDiff core) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      ObjectNode root = mapper.createObjectNode();
      root.set("core", mapper.readTree(report.render(core)));
      root.set("overlayAdditions", additions == null ? null : mapper.readTree(report.render(additions)));
      olderProblems.forEach(p -> root.withArray("problemsWithOlder").add(p.toString()));
      root.put("appliesToNewer", appliesToNewer());
      newerProblems.forEach(p -> root.withArray("problemsWithNewer").add(p.toString()));
      return mapper.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
