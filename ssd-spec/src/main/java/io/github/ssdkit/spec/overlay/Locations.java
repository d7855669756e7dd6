package io.github.ssdkit.spec.overlay;

import io.github.ssdkit.spec.SourceLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where in an overlay's files each thing it touches is written, keyed by the subjects the spec
 * differ uses ({@code table t}, {@code column t.c}, {@code check t.id}, {@code code set s},
 * {@code code s.c}), so that a change the differ finds is reported at the overlay entry behind it.
 * A subject with no entry of its own (a column that a table declared again leaves out) falls back
 * to its table or code set, then to the overlay manifest.
 */
final class Locations {

  private final Map<String, SourceLocation> bySubject = new HashMap<>();
  private final SourceLocation manifest;

  Locations(SourceLocation manifest) {
    this.manifest = manifest;
  }

  void put(String subject, SourceLocation at) {
    bySubject.putIfAbsent(subject, at);
  }

  SourceLocation of(String subject) {
    String s = subject.contains(" key ") ? subject.substring(0, subject.indexOf(" key ")) : subject;
    SourceLocation exact = bySubject.get(s);
    if (exact != null) {
      return exact;
    }
    SourceLocation parent = bySubject.get(parent(s));
    return parent != null ? parent : manifest;
  }

  /** {@code column t.c} and {@code check t.id} belong to {@code table t}; {@code code s.c} to {@code code set s}. */
  static String parent(String subject) {
    for (String[] kind : new String[][] {{"column ", "table "}, {"check ", "table "}, {"code ", "code set "}}) {
      if (subject.startsWith(kind[0]) && !subject.startsWith("code set ")) {
        String rest = subject.substring(kind[0].length());
        int dot = rest.indexOf('.');
        return dot < 0 ? subject : kind[1] + rest.substring(0, dot);
      }
    }
    return subject;
  }
}
