package io.github.ssdkit.validate.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to say when no file of a folder is named after a table: if every name carries the same
 * prefix or suffix around a table name ({@code LA801_ssd_person.csv}, {@code ssd_person_2024.csv}),
 * that affix and the names without it; otherwise the table names closest to the names found.
 */
final class FileNameHints {

  private static final int SUGGESTIONS = 3;

  private FileNameHints() {}

  /**
   * @param names the files' names without their extension
   * @param tables the spec's table names, in spec order
   * @param extension the file extension, with its dot
   */
  static String hint(List<String> names, List<String> tables, String extension) {
    Optional<String> affix = affix(names, tables, extension, true).or(() -> affix(names, tables, extension, false));
    if (affix.isPresent()) {
      return affix.get();
    }
    List<String> closest = new ArrayList<>(tables);
    closest.sort(Comparator.comparingInt((String t) -> names.stream()
        .mapToInt(n -> distance(n.toLowerCase(Locale.ROOT), t)).min().orElse(0)));
    return "; expected names such as " + String.join(", ",
        closest.stream().limit(SUGGESTIONS).map(t -> t + extension).toList());
  }

  /** The prefix (or suffix) that every name has and that leaves a table name in at least one of them. */
  private static Optional<String> affix(List<String> names, List<String> tables, String extension, boolean prefix) {
    String found = null;
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (String table : tables) {
        boolean around = prefix ? lower.endsWith(table) : lower.startsWith(table);
        if (around && lower.length() > table.length()) {
          String candidate = prefix ? name.substring(0, name.length() - table.length()) : name.substring(table.length());
          if (found == null || candidate.length() < found.length()) {
            found = candidate;
          }
        }
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    String affix = found;
    if (!names.stream().allMatch(n -> prefix ? n.startsWith(affix) : n.endsWith(affix))) {
      return Optional.empty();
    }
    List<String> without = names.stream()
        .map(n -> prefix ? n.substring(affix.length()) : n.substring(0, n.length() - affix.length()))
        .filter(n -> tables.contains(n.toLowerCase(Locale.ROOT))).map(n -> n + extension).sorted().toList();
    return Optional.of("; every name " + (prefix ? "starts" : "ends") + " with '" + affix + "': without it they would be "
        + String.join(", ", without));
  }

  /** Levenshtein distance, on names short enough that the quadratic table does not matter. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
