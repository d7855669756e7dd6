package io.github.ssdkit.spec.load;

import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.SourceLocation;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the manifest, {@code ssd.yaml}. */
final class ManifestReader {

  static final Set<String> KEYS = Set.of(
      "spec", "name", "version", "status", "date", "upstream", "tables", "code_sets");

  private ManifestReader() {}

  /** Where the manifest lists each table and code set, in order; filled by {@link #read}. */
  record Listing(List<SourceLocation> tables, List<SourceLocation> codeSets) {}

  static SpecManifest read(YamlFile file, Node root, Problems problems) {
    return read(file, root, problems, new Listing[1]);
  }

  static SpecManifest read(YamlFile file, Node root, Problems problems, Listing[] listing) {
    MapReader map = MapReader.of(file, root, problems, "the manifest", KEYS);
    if (map == null) {
      return null;
    }
    String id = map.requiredString("spec");
    String version = map.requiredString("version");
    if (version != null && !version.matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?")) {
      problems.error("spec.value.version", map.at("version"),
          "version '" + version + "' is not a semantic version such as 1.2.0");
    }
    String status = map.string("status");
    if (status != null && !status.equals("draft") && !status.equals("release")) {
      problems.error("spec.value.status", map.at("status"), "manifest status must be draft or release, not '" + status + "'");
    }
    for (String key : List.of("tables", "code_sets")) {
      if (!map.has(key)) {
        problems.error("spec.key.missing", map.at(), "the manifest is missing required key '" + key
            + "', the list of every " + (key.equals("tables") ? "table" : "code set") + " in the spec");
      }
    }
    if (id == null || version == null) {
      return null;
    }
    listing[0] = new Listing(map.stringLocations("tables"), map.stringLocations("code_sets"));
    return new SpecManifest(id, map.string("name"), version, status, map.date("date"),
        map.string("upstream"), map.strings("tables"), map.strings("code_sets"), map.at());
  }
}
