package io.github.ssdkit.codegen.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.spec.CodeSet;

/**
 * A code set with {@code local_codes} takes one of its codes or a local code, as the validator
 * does: the set's {@code $defs} entry becomes {@code anyOf} its {@code oneOf} of codes and a
 * string matching the local pattern. Limit: a pattern applies to strings only, so an integer
 * column's local codes could not be stated this way; no bundled set is both numeric and local.
 */
final class LocalCodes {

  private LocalCodes() {}

  /** Widens a code set's definition in place when the set allows local codes; otherwise leaves it alone. */
  static void widen(ObjectNode definition, CodeSet set) {
    if (set.localCodes() == null || !definition.has("oneOf")) {
      return;
    }
    JsonNode codes = definition.remove("oneOf");
    var any = definition.putArray("anyOf");
    any.addObject().set("oneOf", codes);
    any.addObject().put("type", "string").put("pattern", set.localCodes())
        .put("description", "A local code of " + set.id() + ".");
  }
}
