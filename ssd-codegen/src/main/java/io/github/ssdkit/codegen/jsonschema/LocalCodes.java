package io.github.ssdkit.codegen.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.spec.CodeSet;
import java.util.Optional;

/**
 * A code set with {@code local_codes} takes its codes or a local code: the column's {@code enum}
 * becomes {@code anyOf} the enum and the local pattern, as the validator accepts both.
 */
final class LocalCodes {

  private LocalCodes() {}

  static void widen(ObjectNode column, Optional<CodeSet> codes) {
    if (codes.isEmpty() || codes.get().localCodes() == null || !column.has("enum")) {
      return;
    }
    JsonNode values = column.remove("enum");
    var any = column.putArray("anyOf");
    any.addObject().set("enum", values);
    any.addObject().put("type", "string").put("pattern", codes.get().localCodes());
  }
}
