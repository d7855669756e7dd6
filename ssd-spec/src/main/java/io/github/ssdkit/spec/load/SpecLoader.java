package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.SourceLocation;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a spec: the manifest {@code ssd.yaml}, then each table in {@code tables/} and each code
 * set in {@code codesets/} that it lists. Loading never stops at the first problem.
 *
 * <pre>{@code
 * LoadResult result = SpecLoader.bundled();
 * result.problems().forEach(System.err::println);
 * Spec spec = result.orThrow();
 * }</pre>
 */
public final class SpecLoader {

  /** The classpath folder that holds the bundled spec. */
  public static final String BUNDLED_PREFIX = "ssd";
  /** The folder of the table files, beside the manifest. */
  public static final String TABLES = "tables";
  /** The folder of the code set files, beside the manifest. */
  public static final String CODE_SETS = "codesets";

  private SpecLoader() {}

  /** Loaded once, on first use: the bundled spec cannot change while the jar is loaded. */
  private static final class Bundled {
    static final LoadResult RESULT = bundledFrom(SpecLoader.class.getClassLoader());
  }

  /**
   * The spec under {@link #BUNDLED_PREFIX} of a class loader: its precompiled form when that is there
   * and matches the YAML, else the YAML parsed (the same result either way, only slower).
   */
  static LoadResult bundledFrom(ClassLoader loader) {
    return PrecompiledSpec.read(loader, BUNDLED_PREFIX)
        .orElseGet(() -> load(SpecSource.classpath(loader, BUNDLED_PREFIX)));
  }

  /**
   * The spec bundled in this jar, loaded on the first call and the same (immutable) result after.
   * The build stores it precompiled beside the YAML, so the first call does not parse YAML unless
   * that copy is missing or stale.
   *
   * @return the bundled spec and its problems (none, as the build lints it)
   */
  public static LoadResult bundled() {
    return Bundled.RESULT;
  }

  /**
   * A spec in a directory laid out like the bundled one, read afresh on each call.
   *
   * @param directory the folder holding {@code ssd.yaml}
   * @return the spec, when its manifest could be read, and every problem found
   */
  public static LoadResult load(Path directory) {
    return load(SpecSource.directory(directory));
  }

  /**
   * One overlay, read but not yet judged against a core spec (the overlay merger,
   * {@code io.github.ssdkit.spec.overlay.Overlays}, does that).
   *
   * @param path a directory holding {@code overlay.yaml}, or a single overlay YAML file
   * @return the overlay, when its manifest could be read, and every problem found in its files
   */
  public static OverlayLoad loadOverlay(Path path) {
    return OverlayReader.read(path);
  }

  /**
   * A spec from any source laid out like the bundled one, read afresh on each call.
   *
   * @param source where the manifest, tables and code sets are read from
   * @return the spec, when its manifest could be read, and every problem found
   */
  public static LoadResult load(SpecSource source) {
    Problems problems = new Problems();
    Node root = parse(source, SpecSource.MANIFEST, problems, null, "manifest");
    if (root == null) {
      return new LoadResult(null, problems.list());
    }
    YamlFile manifestFile = new YamlFile(SpecSource.MANIFEST);
    ManifestReader.Listing[] listing = new ManifestReader.Listing[1];
    SpecManifest manifest = ManifestReader.read(manifestFile, root, problems, listing);
    if (manifest == null) {
      return new LoadResult(null, problems.list());
    }
    List<Table> tables = readAll(source, TABLES, "table", manifest.tables(), listing[0].tables(), problems,
        (file, node) -> TableReader.read(file, node, problems), Table::name);
    List<CodeSet> codeSets = readAll(source, CODE_SETS, "code set", manifest.codeSets(), listing[0].codeSets(), problems,
        (file, node) -> CodeSetReader.read(file, node, problems), CodeSet::id);
    return new LoadResult(new Spec(manifest, tables, codeSets, problems.incompleteTables(),
        problems.unreadableColumns()), problems.list());
  }

  private static <T> List<T> readAll(SpecSource source, String folder, String what, List<String> names,
      List<SourceLocation> listedAt, Problems problems, BiFunction<YamlFile, Node, T> reader, java.util.function.Function<T, String> nameOf) {
    List<T> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      SourceLocation at = i < listedAt.size() ? listedAt.get(i) : SourceLocation.of(SpecSource.MANIFEST);
      if (!listed.add(name)) {
        problems.error("spec.manifest.duplicate", at, "the manifest lists " + what + " '" + name + "' twice");
        continue;
      }
      String path = folder + "/" + name + ".yaml";
      Node root = parse(source, path, problems, at, what);
      if (root == null) {
        continue;
      }
      YamlFile file = new YamlFile(path);
      T item = reader.apply(file, root);
      if (item == null) {
        continue;
      }
      if (!nameOf.apply(item).equals(name)) {
        problems.error("spec.file.name", file.at(root), "file " + path + " declares " + what + " '"
            + nameOf.apply(item) + "' but the manifest expects '" + name + "' here");
      }
      out.add(item);
    }
    try {
      for (String file : source.listYaml(folder)) {
        String stem = file.substring(0, file.lastIndexOf('.'));
        if (!listed.contains(stem) || file.endsWith(".yml")) {
          problems.warning("spec.manifest.unlisted", SourceLocation.of(folder + "/" + file),
              "this file is not listed in the manifest as a " + what + " and is ignored");
        }
      }
    } catch (IOException e) {
      problems.warning("spec.file.unreadable", SourceLocation.of(folder), "cannot list the folder: " + e.getMessage());
    }
    return out;
  }

  /** The root node of one file, or null with a problem recorded; {@code listedAt} is where the manifest names it. */
  private static Node parse(SpecSource source, String path, Problems problems, SourceLocation listedAt, String what) {
    Optional<String> text;
    try {
      text = source.read(path);
    } catch (CharacterCodingException e) {
      problems.error("spec.file.encoding", SourceLocation.of(path), "the file is not valid UTF-8 text"
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return null;
    } catch (SpecSource.TooLarge e) {
      problems.error("spec.file.too-large", SourceLocation.of(path), e.getMessage());
      return null;
    } catch (IOException e) {
      problems.error("spec.file.unreadable", SourceLocation.of(path), "cannot read the file: " + e.getMessage());
      return null;
    }
    if (text.isEmpty()) {
      if (listedAt == null) {
        problems.error("spec.file.missing", SourceLocation.of(path),
            "file not found in " + source.describe() + "; a spec directory must contain the manifest ssd.yaml");
      } else {
        problems.error("spec.file.missing", SourceLocation.of(path), "file not found in " + source.describe()
            + "; the manifest lists " + what + " '" + path.substring(path.indexOf('/') + 1, path.lastIndexOf('.'))
            + "' at " + listedAt + ": add the file or remove that entry");
      }
      return null;
    }
    return new YamlFile(path).parse(text.get(), problems);
  }
}
