package io.github.ssdkit.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.IdentifierScheme;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.Optional;

/** Valid JSON rows for any table, built from the spec alone, for schema and round-trip tests. */
final class SampleRows {

  static final ObjectMapper JSON = new ObjectMapper();

  private final Spec spec;

  SampleRows(Spec spec) {
    this.spec = spec;
  }

  ObjectNode row(Table table) {
    ObjectNode row = JSON.createObjectNode();
    for (Field f : table.fields()) {
      switch (f.type()) {
        case JSON_OBJECT -> {
          ObjectNode o = row.putObject(f.name());
          for (JsonKey k : f.jsonKeys()) {
            scalar(o, k.name(), k.type(), k.codeSet(), k.maxLength(), null, null);
          }
        }
        case JSON_ARRAY -> {
          ArrayNode a = row.putArray(f.name());
          a.add(f.codeSet() == null ? "x" : firstCode(f.codeSet()));
        }
        default -> scalar(row, f.name(), f.type(), f.codeSet(), f.maxLength(), f.identifier(), f.pattern());
      }
    }
    return row;
  }

  private void scalar(ObjectNode row, String name, LogicalType type, String codeSet, Integer maxLength,
      IdentifierScheme identifier, String pattern) {
    if (codeSet != null && type != LogicalType.INTEGER) {
      row.put(name, firstCode(codeSet));
      return;
    }
    switch (type) {
      case INTEGER -> row.put(name, codeSet != null ? Integer.parseInt(firstCode(codeSet)) : 1);
      case DECIMAL -> row.put(name, new java.math.BigDecimal("1.5"));
      case DATE -> row.put(name, "2020-02-29");
      case DATETIME -> row.put(name, "2020-02-29T10:15:30");
      case BOOLEAN -> row.put(name, true);
      default -> {
        String value;
        if (identifier == IdentifierScheme.NHS_NUMBER) {
          value = "9434765919";
        } else if (identifier == IdentifierScheme.UPN) {
          value = "U201302015001";
        } else if ("^[1-9]$".equals(pattern)) {
          value = "1";
        } else if (pattern != null && (pattern.contains("ZZ") || pattern.contains("[Zz]"))) {
          value = "01/ZZ/2019";
        } else if (pattern != null && pattern.startsWith("^SW")) {
          value = "SW123456";
        } else {
          value = "v";
        }
        row.put(name, maxLength == null || value.length() <= maxLength ? value : value.substring(0, maxLength));
      }
    }
  }

  String firstCode(String codeSet) {
    CodeSet set = spec.codeSet(codeSet).orElseThrow();
    return set.values().stream().filter(v -> !v.isWithdrawn()).map(CodeValue::code).findFirst()
        .orElse(set.values().get(0).code());
  }

  static Optional<Field> first(Table table, java.util.function.Predicate<Field> which) {
    return table.fields().stream().filter(which).findFirst();
  }
}
