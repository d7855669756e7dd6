package io.github.ssdkit.codegen.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A record with Jackson names and a builder. Records of 10 to 25 components are unusable through
 * the canonical constructor alone, and callers using the builder do not break when a column is
 * added.
 */
final class RecordWriter {

  private RecordWriter() {}

  static TypeSpec write(ClassName name, List<JavaModelGenerator.Component> components, CodeBlock javadoc, ClassName metadata,
      AnnotationSpec... annotations) {
    ClassName builder = name.nestedClass("Builder");
    CodeBlock.Builder doc = javadoc.toBuilder();
    if (metadata != null) {
      doc.add("\n<p>Table metadata (name, key, columns): {@link $T}.\n", metadata);
    }
    doc.add("\n");
    for (JavaModelGenerator.Component c : components) {
      doc.add("@param $L $L\n", c.name(), c.doc().isBlank() ? "the {@code " + c.jsonName() + "} value" : Javadoc.escape(c.doc()));
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    components.forEach(c -> constructor.addParameter(c.parameter()));
    CodeBlock.Builder order = CodeBlock.builder().add("{");
    for (int i = 0; i < components.size(); i++) {
      order.add(i == 0 ? "$S" : ", $S", components.get(i).jsonName());
    }
    order.add("}");
    TypeSpec.Builder record = TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(doc.build())
        .addAnnotation(AnnotationSpec.builder(JavaModelGenerator.JSON_PROPERTY_ORDER).addMember("value", order.build()).build())
        .addAnnotations(List.of(annotations))
        .recordConstructor(constructor.build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A builder with every component unset (null).\n\n@return a new builder\n")
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(toBuilder(builder, components))
        .addType(builderType(name, builder, components));
    return record.build();
  }

  private static MethodSpec toBuilder(ClassName builder, List<JavaModelGenerator.Component> components) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("toBuilder")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A builder holding this record's values, for making a changed copy.\n\n@return a new builder\n")
        .returns(builder)
        .addStatement("$T b = new $T()", builder, builder);
    components.forEach(c -> m.addStatement("b.$N = $N", c.name(), c.name()));
    return m.addStatement("return b").build();
  }

  private static TypeSpec builderType(ClassName record, ClassName builder, List<JavaModelGenerator.Component> components) {
    TypeSpec.Builder b = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}; every setter returns the builder.\n", record)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (JavaModelGenerator.Component c : components) {
      FieldSpec field = c.builderField();
      b.addField(field);
      b.addMethod(c.setter(builder));
    }
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < components.size(); i++) {
      args.add(i == 0 ? "$N" : ", $N", components.get(i).name());
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(record);
    List<JavaModelGenerator.Component> required = components.stream().filter(JavaModelGenerator.Component::required).toList();
    if (required.isEmpty()) {
      build.addJavadoc("The record.\n\n@return a new record with the values set so far\n");
    } else {
      build.addJavadoc("The record, failing fast when a required column is unset.\n\n@return a new record with the values set so far\n"
          + "@throws IllegalStateException naming the first required column that is unset\n");
      for (JavaModelGenerator.Component c : required) {
        build.beginControlFlow("if ($N == null)", c.name())
            .addStatement("throw new $T($S)", IllegalStateException.class,
                c.jsonName() + " is required: set " + c.name() + " before build()")
            .endControlFlow();
      }
    }
    b.addMethod(build.addStatement("return new $T($L)", record, args.build()).build());
    return b.build();
  }
}
