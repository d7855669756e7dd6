package io.github.ssdkit.rules;

import io.github.ssdkit.spec.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of one statutory return over the collection years the catalogue covers: one file,
 * one entry per rule code, each entry listing the years it applies to.
 *
 * @param statutoryReturn the return
 * @param source where the rule facts were read, for audit (repository and commit)
 * @param years the collection years this pack covers, oldest first
 * @param yearNotes a remark per year where the year's rule list is not yet settled (may be empty)
 * @param rules the rules in the order written
 * @param location the file the pack was read from
 */
public record RulePack(
    StatutoryReturn statutoryReturn,
    String source,
    List<CollectionYear> years,
    List<YearNote> yearNotes,
    List<StatutoryRule> rules,
    SourceLocation location) {

  /** A remark on one collection year of a pack. */
  public record YearNote(CollectionYear year, String text) {}

  public RulePack {
    Objects.requireNonNull(statutoryReturn, "statutoryReturn");
    source = source == null ? "" : source;
    years = List.copyOf(new TreeSet<>(years));
    yearNotes = List.copyOf(yearNotes);
    rules = List.copyOf(rules);
    location = location == null ? SourceLocation.NONE : location;
  }

  /** The rules of one collection year, ordered by code. */
  public List<StatutoryRule> rulesIn(CollectionYear year) {
    return rules.stream().filter(r -> r.appliesIn(year))
        .sorted((a, b) -> StatutoryRule.CODE_ORDER.compare(a.code(), b.code())).toList();
  }

  public Optional<StatutoryRule> rule(String code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  public Optional<String> noteFor(CollectionYear year) {
    return yearNotes.stream().filter(n -> n.year().equals(year)).map(YearNote::text).findFirst();
  }
}
