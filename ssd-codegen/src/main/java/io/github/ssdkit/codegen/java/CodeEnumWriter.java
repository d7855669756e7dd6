package io.github.ssdkit.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ssdkit.codegen.naming.JavaNames;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * An enum per code set: each constant knows its code and label, {@code fromCode} accepts codes
 * and their aliases and fails with the allowed list, and Jackson reads and writes the code.
 */
final class CodeEnumWriter {

  private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

  private final Spec spec;

  CodeEnumWriter(Spec spec) {
    this.spec = spec;
  }

  TypeSpec write(CodeSet set) {
    ClassName name = ClassName.get(JavaModelGenerator.CODE_PACKAGE, JavaNames.typeName(set.id()));
    Map<String, String> constants = JavaNames.constantNames(set.codes());
    TypeSpec.Builder e = TypeSpec.enumBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n<p>Code set {@code $L}$L of the SSD spec $L. Generated from the spec; do not edit.\n",
            Javadoc.escape(set.title() + (set.description().isBlank() ? "" : ": " + set.description())), set.id(),
            set.version().isEmpty() ? "" : " (" + Javadoc.escape(set.version()) + ")", spec.version());
    for (CodeValue v : set.values()) {
      CodeBlock args = CodeBlock.of("$S, $S, $L", v.code(), v.label(), aliases(v.aliases()));
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(args)
          .addJavadoc("{@code $L}: $L$L\n", Javadoc.escape(v.code()), Javadoc.escape(v.label()),
              v.isWithdrawn() ? " Withdrawn on " + v.withdrawn() + "; valid for records dated before then." : "");
      e.addEnumConstant(constants.get(v.code()), constant.build());
    }
    ParameterizedTypeName listOfString = ParameterizedTypeName.get(List.class, String.class);
    e.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "label", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(listOfString, "aliases", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "code")
            .addParameter(String.class, "label")
            .addParameter(listOfString, "aliases")
            .addStatement("this.code = code")
            .addStatement("this.label = label")
            .addStatement("this.aliases = aliases")
            .build())
        .addMethod(MethodSpec.methodBuilder("code")
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(JSON_VALUE)
            .addJavadoc("The code as written in extracts.\n\n@return the code\n")
            .returns(String.class)
            .addStatement("return code")
            .build())
        .addMethod(MethodSpec.methodBuilder("label")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("What the code means.\n\n@return the label\n")
            .returns(String.class)
            .addStatement("return label")
            .build())
        .addMethod(MethodSpec.methodBuilder("fromCode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addAnnotation(JSON_CREATOR)
            .addJavadoc("The constant for a code, or for another spelling of it.\n\n"
                + "@param code the code as written in an extract\n@return the constant\n"
                + "@throws IllegalArgumentException when the code is not in this code set\n")
            .returns(name)
            .addParameter(String.class, "code")
            .beginControlFlow("for ($T value : values())", name)
            .beginControlFlow("if (value.code.equals(code) || value.aliases.contains(code))")
            .addStatement("return value")
            .endControlFlow()
            .endControlFlow()
            .addStatement("throw new $T($S + code + $S)", IllegalArgumentException.class,
                "'", "' is not a code of " + set.id() + "; expected one of: " + String.join(", ", set.codes()))
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return code")
            .build());
    return e.build();
  }

  private static CodeBlock aliases(List<String> aliases) {
    if (aliases.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < aliases.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", aliases.get(i));
    }
    return b.add(")").build();
  }
}
