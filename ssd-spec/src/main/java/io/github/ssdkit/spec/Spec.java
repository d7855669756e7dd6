package io.github.ssdkit.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A loaded specification: the manifest, every table and every code set. Immutable. */
public final class Spec {

  private final SpecManifest manifest;
  private final List<Table> tables;
  private final List<CodeSet> codeSets;
  private final Map<String, Table> tablesByName = new LinkedHashMap<>();
  private final Map<String, CodeSet> codeSetsById = new LinkedHashMap<>();
  private final Set<String> incompleteTables;
  private final Set<String> unreadableColumns;
  private final Origins origins;

  /**
   * A spec read in full.
   *
   * @param manifest its manifest
   * @param tables its tables, in manifest order
   * @param codeSets its code sets
   */
  public Spec(SpecManifest manifest, List<Table> tables, List<CodeSet> codeSets) {
    this(manifest, tables, codeSets, Set.of(), Set.of());
  }

  /**
   * A spec that loading could read only in part.
   *
   * @param manifest its manifest
   * @param tables its tables, in manifest order
   * @param codeSets its code sets
   * @param incompleteTables tables whose list of columns could not be read in full (an entry
   *     without a name, a {@code fields} key that is missing or not a list)
   * @param unreadableColumns columns, as {@code table.column}, whose declaration could not be read
   */
  public Spec(SpecManifest manifest, List<Table> tables, List<CodeSet> codeSets,
      Set<String> incompleteTables, Set<String> unreadableColumns) {
    this(manifest, tables, codeSets, incompleteTables, unreadableColumns, Origins.CORE_ONLY);
  }

  private Spec(SpecManifest manifest, List<Table> tables, List<CodeSet> codeSets,
      Set<String> incompleteTables, Set<String> unreadableColumns, Origins origins) {
    this.origins = Objects.requireNonNull(origins, "origins");
    this.manifest = Objects.requireNonNull(manifest, "manifest");
    this.tables = List.copyOf(tables);
    this.codeSets = List.copyOf(codeSets);
    this.incompleteTables = Set.copyOf(incompleteTables);
    this.unreadableColumns = Set.copyOf(unreadableColumns);
    this.tables.forEach(t -> tablesByName.putIfAbsent(t.name(), t));
    this.codeSets.forEach(c -> codeSetsById.putIfAbsent(c.id(), c));
  }

  /**
   * The same spec with other tables and code sets and the origin of each item: how the overlay
   * merger builds a merged spec. What could not be read stays as it was.
   *
   * @param tables the merged tables
   * @param codeSets the merged code sets
   * @param origins where each item came from
   * @return a new spec with the same manifest
   */
  public Spec merged(List<Table> tables, List<CodeSet> codeSets, Origins origins) {
    return new Spec(manifest, tables, codeSets, incompleteTables, unreadableColumns, origins);
  }

  /** {@return where each table, column, check, code set and code came from; all core unless overlays were merged} */
  public Origins origins() {
    return origins;
  }

  /** {@return whether overlays were merged into this spec} */
  public boolean hasOverlays() {
    return !origins.overlays().isEmpty();
  }

  /** {@return the tables whose list of columns could not be read in full; empty for a spec read in full} */
  public Set<String> incompleteTables() {
    return incompleteTables;
  }

  /** {@return the columns, as {@code table.column}, whose declaration could not be read; empty for a spec read in full} */
  public Set<String> unreadableColumns() {
    return unreadableColumns;
  }

  /**
   * Two specs are equal when everything loading gave is: manifest, tables, code sets (each in
   * order), what could not be read, and where each item came from.
   *
   * @param other the object to compare with
   * @return whether it is an equal spec
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Spec that
        && manifest.equals(that.manifest)
        && tables.equals(that.tables)
        && codeSets.equals(that.codeSets)
        && incompleteTables.equals(that.incompleteTables)
        && unreadableColumns.equals(that.unreadableColumns)
        && origins.equals(that.origins);
  }

  @Override
  public int hashCode() {
    return Objects.hash(manifest, tables, codeSets, incompleteTables, unreadableColumns, origins);
  }

  /** {@return the spec's id and version, for messages} */
  @Override
  public String toString() {
    return "Spec[" + manifest.id() + " " + manifest.version() + ", " + tables.size() + " tables, "
        + codeSets.size() + " code sets]";
  }

  /** {@return the manifest: id, name, version and what the spec lists} */
  public SpecManifest manifest() {
    return manifest;
  }

  /** {@return the spec's version, from the manifest} */
  public String version() {
    return manifest.version();
  }

  /**
   * The tables in manifest order.
   *
   * @return the tables
   */
  public List<Table> tables() {
    return tables;
  }

  /** {@return the code sets, in manifest order} */
  public List<CodeSet> codeSets() {
    return codeSets;
  }

  /**
   * A table by its exact name.
   *
   * @param name the table name
   * @return the table, or empty
   */
  public Optional<Table> table(String name) {
    return Optional.ofNullable(tablesByName.get(name));
  }

  /**
   * A code set by its id.
   *
   * @param id the code set id
   * @return the code set, or empty
   */
  public Optional<CodeSet> codeSet(String id) {
    return Optional.ofNullable(codeSetsById.get(id));
  }

  /**
   * Whether a table (when {@code column} is null) or one of its columns is declared but could not
   * be read: the manifest lists the table but its file was missing or broken, or the column's
   * entry was. Loading has already reported why, so checks of references to it stay quiet rather
   * than repeat one mistake once for every reference.
    *
    * @param table the table name
    * @param column the column name, or null for the table itself
    * @return whether it could not be read
   */
  public boolean isUnreadable(String table, String column) {
    if (table(table).isEmpty()) {
      return manifest.tables().contains(table);
    }
    if (column == null) {
      return false;
    }
    return table(table).get().field(column).isEmpty()
        && (incompleteTables.contains(table) || unreadableColumns.contains(table + "." + column));
  }

  /**
   * Whether some of a table's columns could not be read, so its list of columns is not complete.
   *
   * @param table the table name
   * @return whether its columns are incomplete
   */
  public boolean isIncomplete(String table) {
    return incompleteTables.contains(table) || unreadableColumns.stream().anyMatch(c -> c.startsWith(table + "."));
  }

  /**
   * Whether the manifest lists a code set whose file was missing or could not be read.
   *
   * @param id the code set id
   * @return whether it is listed but unread
   */
  public boolean isUnreadableCodeSet(String id) {
    return codeSet(id).isEmpty() && manifest.codeSets().contains(id);
  }

  /**
   * Whether anything the manifest lists, or any column, could not be read.
   *
   * @return whether the spec is partial
   */
  public boolean isPartial() {
    return !incompleteTables.isEmpty() || !unreadableColumns.isEmpty()
        || manifest.tables().stream().anyMatch(t -> table(t).isEmpty())
        || manifest.codeSets().stream().anyMatch(c -> codeSet(c).isEmpty());
  }

  /**
   * The field a reference points to, when both its table and field exist.
   *
   * @param ref the reference
   * @return the field, or empty
   */
  public Optional<Field> resolve(FieldRef ref) {
    return table(ref.table()).flatMap(t -> t.field(ref.field()));
  }

  /**
   * The tables ordered so that every table comes after the tables it references (a stable
   * topological order; ties keep manifest order). Self-references are ignored; a cycle, which
   * the linter reports, is broken at manifest order.
    *
    * @return the tables in that order
   */
  public List<Table> tablesInDependencyOrder() {
    return DependencyOrder.of(this);
  }
}
