package io.github.ssdkit.codegen.types;

import io.github.ssdkit.codegen.naming.TypeNames;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a row-type file of any language declares, in its order: each closed code set once (by
 * type name), then per table the types of its structured JSON columns and the row type itself.
 * The writers only render it.
 *
 * @param names the type names, the Java model's
 * @param codeSets the code sets any column or JSON key uses, by type name
 * @param tables the tables in spec order, each with its columns' shapes
 */
record RowTypes(TypeNames names, Collection<ValueShape.Codes> codeSets, List<TableType> tables) {

  /** A table's row type: its columns' shapes in column order, and its JSON-column types. */
  record TableType(Table table, List<Column> columns, List<JsonType> jsonTypes) {}

  /** A column and the shape of its values. */
  record Column(Field field, ValueShape shape) {}

  /** The type of a structured JSON column, and the shape of each declared key. */
  record JsonType(Table table, Field field, ValueShape.JsonObject shape, List<Key> keys) {}

  /** A declared key of a JSON column and the shape of its values. */
  record Key(JsonKey key, ValueShape shape) {}

  static RowTypes of(Spec spec) {
    TypeNames names = TypeNames.of(spec);
    Map<String, ValueShape.Codes> codeSets = new TreeMap<>();
    List<TableType> tables = new ArrayList<>();
    for (Table table : spec.tables()) {
      List<Column> columns = new ArrayList<>();
      List<JsonType> jsonTypes = new ArrayList<>();
      for (Field f : table.fields()) {
        ValueShape shape = ValueShape.of(spec, names, table, f);
        shape.codeSets().forEach(c -> codeSets.putIfAbsent(c.typeName(), c));
        columns.add(new Column(f, shape));
        if (shape instanceof ValueShape.JsonObject o) {
          List<Key> keys = new ArrayList<>();
          for (JsonKey k : o.keys()) {
            ValueShape key = ValueShape.scalar(spec, names, k.type(), k.codeSet());
            key.codeSets().forEach(c -> codeSets.putIfAbsent(c.typeName(), c));
            keys.add(new Key(k, key));
          }
          jsonTypes.add(new JsonType(table, f, o, keys));
        }
      }
      tables.add(new TableType(table, columns, jsonTypes));
    }
    return new RowTypes(names, codeSets.values(), tables);
  }
}
