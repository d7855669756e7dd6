package io.github.ssdkit.codegen.java;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the generated Java goes: a base package and the four packages under it ({@code table},
 * {@code code}, {@code json}, {@code meta}). ssd-model uses {@link #DEFAULT}; a supplier that
 * generates its own model (core plus its overlays, with the Maven plugin) picks a package of its
 * own, so its classes never clash with ssd-model's on one classpath. The runtime classes the
 * generated code uses ({@code io.github.ssdkit.model.runtime}) stay in ssd-model whatever the base.
 *
 * @param base a dotted Java package name such as {@code com.example.ssd}
 */
public record JavaPackages(String base) {

  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
      "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
      "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
      "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false",
      "null", "_");

  /** ssd-model's packages (declared after the checks' constants, which its construction uses). */
  public static final JavaPackages DEFAULT = new JavaPackages("io.github.ssdkit.model");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException with a one-line message when {@code base} is not a Java package name
   */
  public JavaPackages {
    Objects.requireNonNull(base, "base");
    for (String part : base.split("\\.", -1)) {
      if (!IDENTIFIER.matcher(part).matches() || KEYWORDS.contains(part)) {
        throw new IllegalArgumentException("'" + base + "' is not a Java package name (expected dotted identifiers"
            + " such as com.example.ssd; '" + part + "' is not one)");
      }
    }
  }

  /** The table records. */
  public String table() {
    return base + ".table";
  }

  /** The code set enums. */
  public String code() {
    return base + ".code";
  }

  /** The records of structured JSON columns. */
  public String json() {
    return base + ".json";
  }

  /** The per-table metadata classes and the index of all tables. */
  public String meta() {
    return base + ".meta";
  }
}
