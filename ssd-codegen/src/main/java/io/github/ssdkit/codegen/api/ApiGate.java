package io.github.ssdkit.codegen.api;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiConstructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The generated Java API of two spec versions compared with japicmp: every change that breaks code
 * compiled against the old API (binary) or code that compiled against it (source), and whether
 * the new spec version may make them. Breaking the API needs a major version, as the spec's own
 * version gate asks of breaking-code changes (docs/spec-lifecycle.md).
 *
 * <p>One exception, stated in the lifecycle page: a table record's canonical constructor lists
 * every column, so adding an optional column, which the spec calls compatible, changes it. Code is
 * meant to make records with their builders, which keep every old method; the canonical
 * constructors of records are therefore left out of the comparison. Everything else japicmp finds
 * (a class, method, field or enum constant removed, a type changed, a supertype dropped) counts.
 */
public final class ApiGate {

  private ApiGate() {}

  /**
   * The comparison's outcome, explaining itself.
   *
   * @param oldVersion the baseline spec version
   * @param newVersion the spec version being built
   * @param breaks one line per breaking change, sorted: {@code class: CHANGE_TYPE member}
   */
  public record Result(String oldVersion, String newVersion, List<String> breaks) {

    public Result {
      breaks = List.copyOf(breaks);
    }

    /** Whether the new version may make these changes: none, or the major version moved up. */
    public boolean passed() {
      return breaks.isEmpty() || major(newVersion) > major(oldVersion);
    }

    /** One line for the build log. */
    public String message() {
      String counted = breaks.size() + " breaking change(s) to the generated Java API since spec " + oldVersion;
      if (breaks.isEmpty()) {
        return "no breaking change to the generated Java API since spec " + oldVersion + " (japicmp)";
      }
      return passed()
          ? counted + "; " + newVersion + " is a major version, so they are allowed (japicmp)"
          : counted + " need a major version, but the spec is " + newVersion + "; first: " + breaks.get(0);
    }

    private static int major(String version) {
      String digits = version.split("[.-]")[0];
      return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Integer.parseInt(digits) : -1;
    }
  }

  /**
   * Compares two API jars.
   *
   * @param oldJar the baseline's API
   * @param oldVersion the baseline's spec version
   * @param newJar the API being built
   * @param newVersion its spec version
   * @param classpath what both compile against, so japicmp can resolve supertypes
   * @return the breaking changes and the verdict
   */
  public static Result compare(Path oldJar, String oldVersion, Path newJar, String newVersion, List<Path> classpath) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    classpath.forEach(p -> options.getClassPathEntries().add(p.toString()));
    options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
    List<JApiClass> classes = new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(oldJar.toFile(), oldVersion), new JApiCmpArchive(newJar.toFile(), newVersion));
    TreeSet<String> breaks = new TreeSet<>();
    for (JApiClass c : classes) {
      String name = c.getFullyQualifiedName();
      add(breaks, name, "", c);
      add(breaks, name, "superclass", c.getSuperclass());
      c.getInterfaces().forEach(i -> add(breaks, name, i.getFullyQualifiedName(), i));
      c.getFields().forEach(f -> add(breaks, name, f.getName(), f));
      c.getMethods().forEach(m -> add(breaks, name, m.getName() + "()", m));
      boolean record = c.getSuperclass().getNewSuperclassName().filter("java.lang.Record"::equals).isPresent()
          || c.getSuperclass().getOldSuperclassName().filter("java.lang.Record"::equals).isPresent();
      for (JApiConstructor k : c.getConstructors()) {
        if (!record) {
          add(breaks, name, "constructor", k);
        }
      }
    }
    return new Result(oldVersion, newVersion, new ArrayList<>(breaks));
  }

  private static void add(TreeSet<String> breaks, String type, String member, JApiCompatibility element) {
    for (JApiCompatibilityChange change : element.getCompatibilityChanges()) {
      if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
        breaks.add(type + ": " + change.getType() + (member.isEmpty() ? "" : " " + member));
      }
    }
  }
}
