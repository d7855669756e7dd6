package io.github.ssdkit.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ssdkit.codegen.GeneratedFile;
import io.github.ssdkit.codegen.Generator;
import io.github.ssdkit.codegen.naming.JavaNames;
import io.github.ssdkit.codegen.naming.TypeNames;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Origin;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Java sources for the model: a record per table with a builder, an enum per code set, a record
 * per structured JSON column, a metadata class per table and an index of all tables. Paths start
 * with {@code java/}.
 */
public final class JavaModelGenerator implements Generator {

  public static final String PACKAGE = JavaPackages.DEFAULT.base();
  public static final String TABLE_PACKAGE = JavaPackages.DEFAULT.table();
  public static final String CODE_PACKAGE = JavaPackages.DEFAULT.code();
  public static final String JSON_PACKAGE = JavaPackages.DEFAULT.json();
  public static final String META_PACKAGE = JavaPackages.DEFAULT.meta();

  static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
  static final ClassName JSON_PROPERTY_ORDER = ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder");
  static final ClassName JSON_IGNORE_PROPERTIES = ClassName.get("com.fasterxml.jackson.annotation", "JsonIgnoreProperties");
  static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
  /** ssd-model's runtime, whatever package the generated classes go to. */
  static final ClassName TABLE_INFO = ClassName.get("io.github.ssdkit.model.runtime", "TableInfo");

  private final JavaPackages packages;

  /** ssd-model's generator: the classes go under {@code io.github.ssdkit.model}. */
  public JavaModelGenerator() {
    this(JavaPackages.DEFAULT);
  }

  /**
   * A generator writing under other packages, for a model of one's own (such as core plus overlays).
   *
   * @param packages where the classes go
   */
  public JavaModelGenerator(JavaPackages packages) {
    this.packages = java.util.Objects.requireNonNull(packages, "packages");
  }

  @Override
  public String id() {
    return "java";
  }

  @Override
  public List<GeneratedFile> generate(Spec spec) {
    TypeNames names = TypeNames.of(spec);
    List<GeneratedFile> files = new ArrayList<>();
    for (CodeSet set : spec.codeSets()) {
      files.add(file(packages.code(), new CodeEnumWriter(spec, names, packages).write(set)));
    }
    for (Table table : spec.tables()) {
      for (Field f : table.fields()) {
        if (f.type() == LogicalType.JSON_OBJECT) {
          files.add(file(packages.json(), jsonRecord(spec, names, table, f)));
        }
      }
      files.add(file(packages.table(), tableRecord(spec, names, table)));
      files.add(file(packages.meta(), MetadataWriter.tableClass(table, names, packages)));
    }
    files.add(file(packages.meta(), MetadataWriter.index(spec, names, packages)));
    return files;
  }

  static ClassName recordName(Table table, TypeNames names, JavaPackages packages) {
    return ClassName.get(packages.table(), names.row(table.name()));
  }

  static ClassName metaName(Table table, TypeNames names, JavaPackages packages) {
    return ClassName.get(packages.meta(), names.table(table.name()));
  }

  TypeName javaType(Spec spec, TypeNames names, Table table, Field f) {
    return switch (f.type()) {
      case JSON_OBJECT -> ClassName.get(packages.json(), names.json(table.name(), f.name()));
      case JSON_ARRAY -> ParameterizedTypeName.get(ClassName.get(List.class),
          scalarType(spec, names, packages, LogicalType.CODE, f.codeSet()));
      default -> scalarType(spec, names, packages, f.type(), f.codeSet());
    };
  }

  /** The Java type of a scalar value; coded text becomes its code set's enum unless the set is extensible. */
  static TypeName scalarType(Spec spec, TypeNames names, JavaPackages packages, LogicalType type, String codeSet) {
    return switch (type) {
      case CODE, FLAG -> Optional.ofNullable(codeSet).flatMap(spec::codeSet).filter(c -> !c.extensible())
          .<TypeName>map(c -> ClassName.get(packages.code(), names.codeSet(c.id()))).orElse(ClassName.get(String.class));
      case INTEGER -> ClassName.get(Integer.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case DATE -> ClassName.get(LocalDate.class);
      case DATETIME -> ClassName.get(LocalDateTime.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      default -> ClassName.get(String.class);
    };
  }

  private TypeSpec tableRecord(Spec spec, TypeNames names, Table table) {
    ClassName name = recordName(table, names, packages);
    Map<String, String> components = JavaNames.componentNames(table);
    List<Component> list = new ArrayList<>();
    for (Field f : table.fields()) {
      String doc = spec.origins().column(table.name(), f.name()).describe((f.item().isEmpty() ? "" : f.item() + ": ") + f.description()
          + (f.required() ? " Required." : "") + (f.status().specName().equals("released") ? "" : " Status: " + f.status().specName() + ".")
);
      list.add(new Component(components.get(f.name()), f.name(), javaType(spec, names, table, f), doc, f.required()));
    }
    CodeBlock.Builder javadoc = CodeBlock.builder()
        .add("$L\n\n<p>One row of {@code $L} (SSD spec $L). Generated from the spec; do not edit.\n",
            Javadoc.escape(table.description()), table.name(), spec.version());
    Origin origin = spec.origins().table(table.name());
    if (!origin.isCore()) {
      javadoc.add("\n<p>$L\n", Javadoc.escape(origin.localNote()));
    }
    return RecordWriter.write(name, list, javadoc.build(), metaName(table, names, packages));
  }

  private TypeSpec jsonRecord(Spec spec, TypeNames names, Table table, Field f) {
    List<Component> list = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (JsonKey k : f.jsonKeys()) {
      String n = JavaNames.keyName(k.name());
      while (!used.add(n)) {
        n = n + "_";
      }
      TypeName type = scalarType(spec, names, packages, k.type(), k.codeSet());
      list.add(new Component(n, k.name(), type, k.description(), false));
    }
    CodeBlock javadoc = CodeBlock.builder()
        .add("The structure held in {@code $L.$L}: $L\n", table.name(), f.name(), Javadoc.escape(f.description()))
        .build();
    // Undeclared keys are ignored, as the JSON Schema allows them and the validator only warns.
    return RecordWriter.write(ClassName.get(packages.json(), names.json(table.name(), f.name())), list, javadoc, null,
        AnnotationSpec.builder(JSON_IGNORE_PROPERTIES).addMember("ignoreUnknown", "true").build());
  }

  private static GeneratedFile file(String pkg, TypeSpec type) {
    JavaFile file = JavaFile.builder(pkg, type).skipJavaLangImports(true).indent("    ").build();
    return new GeneratedFile("java/" + pkg.replace('.', '/') + "/" + type.name() + ".java", file.toString());
  }

  /** One record component: Java name, SSD (JSON) name, type and Javadoc. */
  record Component(String name, String jsonName, TypeName type, String doc, boolean required) {
    ParameterSpec parameter() {
      return ParameterSpec.builder(type, name)
          .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", jsonName).build())
          .build();
    }

    FieldSpec builderField() {
      return FieldSpec.builder(type, name, Modifier.PRIVATE).build();
    }

    MethodSpec setter(ClassName builder) {
      return MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Sets {@code $L}. $L\n\n@param $L the value, or null\n@return this builder\n", jsonName, Javadoc.escape(doc), name)
          .returns(builder)
          .addParameter(type, name)
          .addStatement("this.$N = $N", name, name)
          .addStatement("return this")
          .build();
    }
  }
}
