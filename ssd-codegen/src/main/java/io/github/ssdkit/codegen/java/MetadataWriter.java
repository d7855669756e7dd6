package io.github.ssdkit.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ssdkit.codegen.naming.JavaNames;
import io.github.ssdkit.codegen.naming.TypeNames;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Per-table constants (name, key, columns, items, and one constant per column holding its SSD name,
 * so code outside the generators names columns without string literals) and an index of all
 * tables, so tools need no reflection.
 */
final class MetadataWriter {

  private MetadataWriter() {}

  static TypeSpec tableClass(Table table, TypeNames names, JavaPackages packages) {
    ClassName name = JavaModelGenerator.metaName(table, names, packages);
    ClassName record = JavaModelGenerator.recordName(table, names, packages);
    ParameterizedTypeName listOfString = ParameterizedTypeName.get(List.class, String.class);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Metadata of {@code $L}, whose rows are {@link $T}.\n", table.name(), record)
        .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The SSD table name.\n").initializer("$S", table.name()).build())
        .addField(FieldSpec.builder(listOfString, "PRIMARY_KEY", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The primary key columns, in key order.\n").initializer(listOf(table.primaryKey())).build())
        .addField(FieldSpec.builder(listOfString, "COLUMNS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The columns, in extract order.\n").initializer(listOf(table.fieldNames())).build())
        .addField(FieldSpec.builder(listOfString, "ITEMS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The SSD item reference of each column, in column order.\n")
            .initializer(listOf(table.fields().stream().map(Field::item).toList())).build())
        .addField(FieldSpec.builder(JavaModelGenerator.TABLE_INFO, "INFO", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("All of the above in one value.\n")
            .initializer("new $T(NAME, PRIMARY_KEY, COLUMNS, ITEMS, $T.class)", JavaModelGenerator.TABLE_INFO, record).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Map<String, String> constants = JavaNames.columnConstantNames(table);
    Map<String, String> components = JavaNames.componentNames(table);
    for (Field f : table.fields()) {
      String item = f.item().isEmpty() ? "" : " (item " + f.item() + ")";
      type.addField(FieldSpec.builder(String.class, constants.get(f.name()), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The SSD name of the column$L held in {@link $T#$L()}.\n", item, record, components.get(f.name()))
          .initializer("$S", f.name()).build());
    }
    return type.build();
  }

  static TypeSpec index(Spec spec, TypeNames names, JavaPackages packages) {
    ClassName name = ClassName.get(packages.meta(), "SsdTables");
    CodeBlock.Builder all = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < spec.tables().size(); i++) {
      Table t = spec.tables().get(i);
      all.add(i == 0 ? "\n$T.INFO" : ",\n$T.INFO", JavaModelGenerator.metaName(t, names, packages));
    }
    all.add(")");
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Every table of the SSD spec $L, in spec order.\n", spec.version())
        .addField(FieldSpec.builder(String.class, "SPEC_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The spec version the model was generated from.\n").initializer("$S", spec.version()).build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), JavaModelGenerator.TABLE_INFO), "ALL",
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Metadata of every table.\n").initializer(all.build()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }

  private static CodeBlock listOf(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return b.add(")").build();
  }
}
