package io.github.ssdkit.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The top of a spec: what it is, which version, and which files make it up.
 *
 * @param id a short stable id, {@code ssd}
 * @param name the dataset's full name
 * @param version the spec's own semantic version, for example {@code 1.0.0}
 * @param status {@code draft} while work continues, {@code release} once published
 * @param date the date of this version
 * @param upstream the upstream model release the spec is derived from, for example {@code 1.4.5}
 * @param tables the table names, each in {@code tables/<name>.yaml}, in a stable order
 * @param codeSets the code set ids, each in {@code codesets/<id>.yaml}
 * @param location where the manifest is
 */
public record SpecManifest(
    String id,
    String name,
    String version,
    String status,
    LocalDate date,
    String upstream,
    List<String> tables,
    List<String> codeSets,
    SourceLocation location) {

  /**
   * Checks the components and puts defaults in place of nulls; lists are copied, so the value stays immutable.
   *
   * @param id a short stable id, {@code ssd}
   * @param name the dataset's full name
   * @param version the spec's own semantic version, for example {@code 1.0.0}
   * @param status {@code draft} while work continues, {@code release} once published
   * @param date the date of this version
   * @param upstream the upstream model release the spec is derived from, for example {@code 1.4.5}
   * @param tables the table names, each in {@code tables/<name>.yaml}, in a stable order
   * @param codeSets the code set ids, each in {@code codesets/<id>.yaml}
   * @param location where the manifest is
   */
  public SpecManifest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    name = name == null ? "" : name;
    status = status == null ? "draft" : status;
    upstream = upstream == null ? "" : upstream;
    tables = List.copyOf(tables == null ? List.of() : tables);
    codeSets = List.copyOf(codeSets == null ? List.of() : codeSets);
    location = location == null ? SourceLocation.NONE : location;
  }

  /**
   * The major version, used in namespaces and schema ids so that breaking changes are visible.
   *
   * @return the major version, or 0 when the version does not start with a number
   */
  public int majorVersion() {
    String major = version.split("\\.", 2)[0];
    try {
      return Integer.parseInt(major);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
