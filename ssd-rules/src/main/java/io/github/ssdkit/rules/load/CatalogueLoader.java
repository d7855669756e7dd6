package io.github.ssdkit.rules.load;

import io.github.ssdkit.rules.RuleCatalogue;
import io.github.ssdkit.rules.RulePack;
import io.github.ssdkit.rules.StatutoryReturn;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.SpecProblem;
import io.github.ssdkit.spec.load.SpecSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads the rule catalogue: one file per statutory return, named after it ({@code cin.yaml},
 * {@code ssda903.yaml}). Loading never stops at the first problem; each comes back with its file,
 * line and column, as the spec loader does. A missing file is a problem, not a smaller catalogue.
 *
 * <pre>{@code
 * CatalogueLoadResult result = CatalogueLoader.bundled();
 * result.problems().forEach(System.err::println);
 * RuleCatalogue catalogue = result.orThrow();
 * }</pre>
 */
public final class CatalogueLoader {

  /** The classpath folder that holds the bundled catalogue. */
  public static final String BUNDLED_PREFIX = "ssd-rules";

  private CatalogueLoader() {}

  public static CatalogueLoadResult bundled() {
    return load(SpecSource.classpath(CatalogueLoader.class.getClassLoader(), BUNDLED_PREFIX));
  }

  /** The file that holds a return's rules. */
  public static String fileName(StatutoryReturn statutoryReturn) {
    return statutoryReturn.id() + ".yaml";
  }

  public static CatalogueLoadResult load(SpecSource source) {
    List<SpecProblem> problems = new ArrayList<>();
    List<RulePack> packs = new ArrayList<>();
    for (StatutoryReturn r : StatutoryReturn.values()) {
      String file = fileName(r);
      Optional<String> text = read(source, file, problems);
      if (text.isEmpty()) {
        continue;
      }
      new RulePackReader(file, problems).read(text.get()).ifPresent(pack -> {
        if (pack.statutoryReturn() == r) {
          packs.add(pack);
        } else {
          problems.add(SpecProblem.error("rules.pack.return", pack.location(), file + " holds the rules of '"
              + pack.statutoryReturn().id() + "'; it must hold those of '" + r.id() + "'"));
        }
      });
    }
    return new CatalogueLoadResult(new RuleCatalogue(packs), problems);
  }

  private static Optional<String> read(SpecSource source, String file, List<SpecProblem> problems) {
    try {
      Optional<String> text = source.read(file);
      if (text.isEmpty()) {
        problems.add(SpecProblem.error("rules.file.missing", SourceLocation.of(file), "no rule pack " + file
            + " in " + source.describe()));
      }
      return text;
    } catch (IOException e) {
      problems.add(SpecProblem.error("rules.file.unreadable", SourceLocation.of(file), "cannot read " + file
          + " in " + source.describe() + ": " + e.getMessage()));
      return Optional.empty();
    }
  }
}
