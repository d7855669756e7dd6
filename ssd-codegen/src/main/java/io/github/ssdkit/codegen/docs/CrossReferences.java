package io.github.ssdkit.codegen.docs;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What points at what in a spec, computed once for all pages: the reverse of each reference. */
final class CrossReferences {

  /** A column of a table; {@code key} names a JSON key of it, or is empty. */
  record ColumnRef(Table table, Field field, String key) {
    String label() {
      return table.name() + "." + field.name() + (key.isEmpty() ? "" : "." + key);
    }

    String href() {
      return "tables/" + table.name() + ".html#c-" + field.name();
    }
  }

  final Map<String, List<Table>> tablesByDomain = new LinkedHashMap<>();
  final Map<String, List<ColumnRef>> codeSetUsers = new TreeMap<>();
  final Map<String, List<ColumnRef>> referencesTo = new TreeMap<>();
  final Map<String, List<ColumnRef>> columnsByReturn = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  CrossReferences(Spec spec) {
    for (Table t : spec.tables()) {
      tablesByDomain.computeIfAbsent(t.domain().isEmpty() ? "other" : t.domain(), d -> new ArrayList<>()).add(t);
      for (Field f : t.fields()) {
        ColumnRef ref = new ColumnRef(t, f, "");
        f.codeSetId().ifPresent(c -> codeSetUsers.computeIfAbsent(c, k -> new ArrayList<>()).add(ref));
        for (JsonKey k : f.jsonKeys()) {
          if (k.codeSet() != null) {
            codeSetUsers.computeIfAbsent(k.codeSet(), x -> new ArrayList<>()).add(new ColumnRef(t, f, k.name()));
          }
        }
        f.foreignKey().ifPresent(r -> referencesTo.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(ref));
        f.returns().forEach(r -> columnsByReturn.computeIfAbsent(r, k -> new ArrayList<>()).add(ref));
      }
    }
  }

  List<ColumnRef> usersOf(String codeSet) {
    return codeSetUsers.getOrDefault(codeSet, List.of());
  }

  List<ColumnRef> referencesTo(String table) {
    return referencesTo.getOrDefault(table, List.of());
  }

  /** An id usable as a fragment for a return or domain name. */
  static String slug(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
