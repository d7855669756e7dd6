package io.github.ssdkit.codegen.types;

import io.github.ssdkit.codegen.naming.TypeNames;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a value of a column or JSON key is, for the generators of other languages' types: the same
 * names as the Java model (tables, code sets and JSON-column records), so one row has one name
 * in every language.
 */
sealed interface ValueShape {

  /** The TypeScript type of a present value. */
  String typescript();

  /** The Python type hint of a present value. */
  String python();

  /** The closed code sets this value uses, for declaring each once. */
  default Stream<Codes> codeSets() {
    return Stream.empty();
  }

  /** Text: strings, dates and date-times (as extracts hold them), open code sets. */
  record Text(String format) implements ValueShape {
    @Override
    public String typescript() {
      return "string";
    }

    @Override
    public String python() {
      return "str";
    }
  }

  /** A number; {@code integer} for whole numbers. */
  record Number(boolean integer) implements ValueShape {
    @Override
    public String typescript() {
      return "number";
    }

    @Override
    public String python() {
      return integer ? "int" : "Union[int, float, Decimal]";
    }
  }

  /** {@code true} or {@code false}. */
  record Bool() implements ValueShape {
    @Override
    public String typescript() {
      return "boolean";
    }

    @Override
    public String python() {
      return "bool";
    }
  }

  /** One of a closed code set's codes or aliases, named like its Java enum. */
  record Codes(String typeName, CodeSet set, boolean integer) implements ValueShape {
    @Override
    public String typescript() {
      return typeName;
    }

    @Override
    public Stream<Codes> codeSets() {
      return Stream.of(this);
    }

    @Override
    public String python() {
      return typeName;
    }
  }

  /** A structured JSON column, named like its Java record, or the JSON text holding it. */
  record JsonObject(String typeName, List<JsonKey> keys) implements ValueShape {
    @Override
    public String typescript() {
      return typeName + " | string";
    }

    @Override
    public String python() {
      return "Union[" + typeName + ", str]";
    }
  }

  /** A JSON array column of one value shape, or the JSON text holding it. */
  record JsonArray(ValueShape element) implements ValueShape {
    @Override
    public String typescript() {
      return "Array<" + element.typescript() + "> | string";
    }

    @Override
    public Stream<Codes> codeSets() {
      return element.codeSets();
    }

    @Override
    public String python() {
      return "Union[List[" + element.python() + "], str]";
    }
  }

  static ValueShape of(Spec spec, TypeNames names, Table table, Field f) {
    return switch (f.type()) {
      case JSON_OBJECT -> new JsonObject(names.json(table.name(), f.name()), f.jsonKeys());
      case JSON_ARRAY -> new JsonArray(scalar(spec, names, LogicalType.CODE, f.codeSet()));
      default -> scalar(spec, names, f.type(), f.codeSet());
    };
  }

  static ValueShape scalar(Spec spec, TypeNames names, LogicalType type, String codeSet) {
    Optional<CodeSet> set = codeSet == null ? Optional.empty() : spec.codeSet(codeSet).filter(s -> !s.extensible());
    if (set.isPresent()) {
      return new Codes(names.codeSet(codeSet), set.get(), type == LogicalType.INTEGER);
    }
    return switch (type) {
      case INTEGER -> new Number(true);
      case DECIMAL -> new Number(false);
      case BOOLEAN -> new Bool();
      case DATE -> new Text("yyyy-MM-dd");
      case DATETIME -> new Text("yyyy-MM-ddTHH:mm:ss");
      default -> new Text("");
    };
  }

  /** Every accepted spelling of a code set: codes, then their aliases. */
  static List<String> spellings(CodeSet set) {
    return set.values().stream().flatMap(v -> Stream.concat(Stream.of(v.code()), v.aliases().stream())).toList();
  }
}
