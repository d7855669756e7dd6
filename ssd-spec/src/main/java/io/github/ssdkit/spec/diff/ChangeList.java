package io.github.ssdkit.spec.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects changes while the differ walks two specs. */
final class ChangeList {

  private final List<Change> changes = new ArrayList<>();

  void add(Impact impact, String kind, String subject, Object before, Object after, String reason) {
    changes.add(new Change(impact, kind, subject, text(before), text(after), reason));
  }

  /** Adds a documentation change when the two texts differ. */
  void docs(String kind, String subject, String before, String after) {
    if (!Objects.equals(before, after)) {
      add(Impact.DOCS_ONLY, kind, subject, clip(before), clip(after), "words only; no data or code depends on them");
    }
  }

  List<Change> list() {
    return List.copyOf(changes);
  }

  static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** Long prose is cut in the change; the spec files hold the whole text. */
  private static String clip(String text) {
    String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
  }
}
