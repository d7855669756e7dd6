package io.github.ssdkit.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A loaded specification: the manifest, every table and every code set. Immutable. */
public final class Spec {

  private final SpecManifest manifest;
  private final List<Table> tables;
  private final List<CodeSet> codeSets;
  private final Map<String, Table> tablesByName = new LinkedHashMap<>();
  private final Map<String, CodeSet> codeSetsById = new LinkedHashMap<>();

  public Spec(SpecManifest manifest, List<Table> tables, List<CodeSet> codeSets) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.tables = List.copyOf(tables);
    this.codeSets = List.copyOf(codeSets);
    this.tables.forEach(t -> tablesByName.putIfAbsent(t.name(), t));
    this.codeSets.forEach(c -> codeSetsById.putIfAbsent(c.id(), c));
  }

  public SpecManifest manifest() {
    return manifest;
  }

  public String version() {
    return manifest.version();
  }

  /** The tables in manifest order. */
  public List<Table> tables() {
    return tables;
  }

  public List<CodeSet> codeSets() {
    return codeSets;
  }

  public Optional<Table> table(String name) {
    return Optional.ofNullable(tablesByName.get(name));
  }

  public Optional<CodeSet> codeSet(String id) {
    return Optional.ofNullable(codeSetsById.get(id));
  }

  /** The field a reference points to, when both its table and field exist. */
  public Optional<Field> resolve(FieldRef ref) {
    return table(ref.table()).flatMap(t -> t.field(ref.field()));
  }

  /**
   * The tables ordered so that every table comes after the tables it references (a stable
   * topological order; ties keep manifest order). Self-references are ignored; a cycle, which
   * the linter reports, is broken at manifest order.
   */
  public List<Table> tablesInDependencyOrder() {
    return DependencyOrder.of(this);
  }
}
