package io.github.ssdkit.codegen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ssdkit.codegen.naming.JavaNames;
import io.github.ssdkit.codegen.naming.TypeNames;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * An enum per code set: each constant knows its code, label and withdrawal date, {@code fromCode}
 * accepts codes and their aliases and fails with the allowed list, and Jackson reads and writes
 * the code. Withdrawn codes stay constants: six years of history legitimately carry them.
 */
final class CodeEnumWriter {

  private static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
  private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

  private final Spec spec;
  private final TypeNames names;
  private final JavaPackages packages;

  CodeEnumWriter(Spec spec, TypeNames names, JavaPackages packages) {
    this.spec = spec;
    this.names = names;
    this.packages = packages;
  }

  TypeSpec write(CodeSet set) {
    ClassName name = ClassName.get(packages.code(), names.codeSet(set.id()));
    Map<String, String> constants = JavaNames.constantNames(set.codes());
    TypeSpec.Builder e = TypeSpec.enumBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L\n\n<p>Code set {@code $L}$L of the SSD spec $L. Generated from the spec; do not edit.\n",
            Javadoc.escape(set.title() + (set.description().isBlank() ? "" : ": " + set.description())), set.id(),
            set.version().isEmpty() ? "" : " (" + Javadoc.escape(set.version()) + ")", spec.version());
    if (!spec.origins().codeSet(set.id()).isCore()) {
      e.addJavadoc("\n<p>$L\n", Javadoc.escape(spec.origins().codeSet(set.id()).localNote()));
    }
    for (CodeValue v : set.values()) {
      CodeBlock args = CodeBlock.of("$S, $S, $L, $L", v.code(), v.label(), withdrawn(v), aliases(v.aliases()));
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(args)
          .addJavadoc("{@code $L}: $L$L\n", Javadoc.escape(v.code()),
              Javadoc.escape(spec.origins().code(set.id(), v.code()).describe(v.label())),
              v.isWithdrawn() ? "\n\n<p>Withdrawn on " + v.withdrawn() + "; valid on records dated before then." : "");
      e.addEnumConstant(constants.get(v.code()), constant.build());
    }
    ParameterizedTypeName listOfString = ParameterizedTypeName.get(List.class, String.class);
    ParameterizedTypeName byCode = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), name);
    e.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "label", Modifier.PRIVATE, Modifier.FINAL)
        .addField(LocalDate.class, "withdrawn", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(listOfString, "aliases", Modifier.PRIVATE, Modifier.FINAL).build())
        // One lookup table for codes and aliases: fromCode runs once per cell when reading extracts.
        // Lower case, so no constant (always upper case) can clash with it.
        .addField(FieldSpec.builder(byCode, "lookup", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("byCode()").build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "code")
            .addParameter(String.class, "label")
            .addParameter(LocalDate.class, "withdrawn")
            .addParameter(listOfString, "aliases")
            .addStatement("this.code = code")
            .addStatement("this.label = label")
            .addStatement("this.withdrawn = withdrawn")
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
        .addMethod(MethodSpec.methodBuilder("withdrawnOn")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The first day this code is no longer valid for new records.\n\n"
                + "@return the withdrawal date, or empty while the code is current\n")
            .returns(ParameterizedTypeName.get(Optional.class, LocalDate.class))
            .addStatement("return $T.ofNullable(withdrawn)", Optional.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("isValidOn")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Whether a record dated {@code date} may carry this code: a current code always, a\n"
                + "withdrawn one only on records dated before its withdrawal; an undated record only needs the code to exist.\n\n"
                + "@param date the record's own date, or null when it has none\n@return true when the code was valid on that date\n")
            .returns(boolean.class)
            .addParameter(LocalDate.class, "date")
            .addStatement("return withdrawn == null || date == null || date.isBefore(withdrawn)")
            .build())
        .addMethod(MethodSpec.methodBuilder("fromCode")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addAnnotation(JSON_CREATOR)
            .addJavadoc("The constant for a code, or for another spelling of it.\n\n"
                + "@param code the code as written in an extract\n@return the constant\n"
                + "@throws IllegalArgumentException when the code is not in this code set\n")
            .returns(name)
            .addParameter(String.class, "code")
            .addStatement("$T value = code == null ? null : lookup.get(code)", name)
            .beginControlFlow("if (value == null)")
            .addStatement("throw new $T($S + code + $S)", IllegalArgumentException.class,
                "'", "' is not a code of " + set.id() + "; expected one of: " + String.join(", ", set.codes()))
            .endControlFlow()
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("byCode")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(byCode)
            .addStatement("$T<$T, $T> map = new $T<>()", Map.class, String.class, name, HashMap.class)
            .beginControlFlow("for ($T value : values())", name)
            .addStatement("map.put(value.code, value)")
            .beginControlFlow("for ($T alias : value.aliases)", String.class)
            .addStatement("map.putIfAbsent(alias, value)")
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.copyOf(map)", Map.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return code")
            .build());
    return e.build();
  }

  private static CodeBlock withdrawn(CodeValue v) {
    return v.isWithdrawn()
        ? CodeBlock.of("$T.parse($S)", LocalDate.class, v.withdrawn().toString())
        : CodeBlock.of("null");
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
