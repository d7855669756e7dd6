package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.RuleIds;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns each kind of declared check into the {@link TableCheck} that runs it, by column position,
 * or into null when the extract lacks a column it reads (an any-present check runs over those of
 * its columns the extract has, and is null only when it has none).
 */
final class TableCheckCompiler implements Check.Visitor<TableCheck> {

  private final List<String> names;
  private final Spec spec;
  private final Table table;
  private final boolean[] present;
  private final ParentRows parents;

  TableCheckCompiler(Spec spec, Table table, boolean[] present, ParentRows parents) {
    this.names = table.fieldNames();
    this.spec = spec;
    this.table = table;
    this.present = present;
    this.parents = parents;
  }

  private static String rule(Check c) {
    return RuleIds.forCheck(c);
  }

  private boolean present(String field) {
    int at = names.indexOf(field);
    return at >= 0 && present[at];
  }

  /** Whether the extract has every column the check reads. */
  private boolean allPresent(Check c) {
    return c.fields().stream().allMatch(this::present);
  }

  private int at(String field) {
    return names.indexOf(field);
  }

  @Override
  public TableCheck dateOrder(Check.DateOrder c) {
    if (!allPresent(c)) {
      return null;
    }
    return new TableCheck.DateOrder(rule(c), c, at(c.earlier()), at(c.later()));
  }

  @Override
  public TableCheck presence(Check.Presence c) {
    if (!allPresent(c)) {
      return null;
    }
    return new TableCheck.Presence(rule(c), c, at(c.when()), at(c.then()));
  }

  @Override
  public TableCheck presenceWhenCode(Check.PresenceWhenCode c) {
    if (!allPresent(c)) {
      return null;
    }
    // an alias of a listed code triggers the rule as the code does: it is the same answer
    Set<String> spellings = new HashSet<>(c.codes());
    Optional<CodeSet> set = table.field(c.when()).map(f -> f.codeSet()).flatMap(spec::codeSet);
    for (String code : c.codes()) {
      set.flatMap(s -> s.find(code)).map(CodeValue::aliases).ifPresent(spellings::addAll);
    }
    return new PresenceWhenCodeCheck(rule(c), c, at(c.when()), Set.copyOf(spellings), at(c.then()));
  }

  /** Over only the columns the extract has: any one of them may carry the value, so a row must fill one of those. */
  @Override
  public TableCheck anyPresent(Check.AnyPresent c) {
    int[] columns = c.fields().stream().filter(this::present).mapToInt(this::at).toArray();
    return columns.length == 0 ? null : new AnyPresentCheck(rule(c), c, columns);
  }

  @Override
  public TableCheck valueRange(Check.ValueRange c) {
    if (!allPresent(c)) {
      return null;
    }
    // a declared range is still a range rule: its id says so, and names the check
    RangeCheck range = new RangeCheck(c.field(), c.range(), rule(c), c.severity());
    int column = at(c.field());
    return row -> {
      CharSequence v = row.text(column);
      if (v != null && Numbers.isDecimal(v)) {
        range.check(v, row);
      }
    };
  }

  @Override
  public TableCheck noOverlap(Check.NoOverlap c) {
    if (!allPresent(c)) {
      return null;
    }
    int[] group = c.groupBy().stream().mapToInt(this::at).toArray();
    return new OverlapCheck(rule(c), c, group, at(c.start()), at(c.end()));
  }

  @Override
  public TableCheck textPattern(Check.TextPattern c) {
    if (!allPresent(c)) {
      return null;
    }
    Predicate<CharSequence> matches = SequencePattern.matcher(c.pattern());
    int column = at(c.field());
    String rule = rule(c);
    return row -> {
      CharSequence text = row.text(column);
      if (text != null && !matches.test(text)) {
        String v = text.toString();
        row.report(c.severity(), rule, c.field(), v, c.field() + " '" + Numbers.clip(v) + "' does not match "
            + c.pattern() + ": " + c.description());
      }
    };
  }

  @Override
  public TableCheck parentDate(Check.ParentDate c) {
    ParentDates dates = allPresent(c) ? parentDates(c) : null;
    if (dates == null) {
      return null;
    }
    return new CrossTableChecks.ParentDate(rule(c), c, at(c.via()), at(c.field()), dates,
        dates.columns().indexOf(c.parentField()), parentTable(c));
  }

  @Override
  public TableCheck withinParent(Check.WithinParent c) {
    ParentDates dates = allPresent(c) ? parentDates(c) : null;
    if (dates == null) {
      return null;
    }
    return new CrossTableChecks.WithinParent(rule(c), c, at(c.via()), at(c.start()), at(c.end()), dates,
        dates.columns().indexOf(c.parentStart()), dates.columns().indexOf(c.parentEnd()), parentTable(c));
  }

  /** The kept dates a cross-table check reads, or null when its parent kept none of them (not validated). */
  private ParentDates parentDates(Check.CrossTable c) {
    FieldRef target = table.field(c.via()).map(Field::references).orElse(null);
    ParentDates dates = target == null ? null : parents.dates(target);
    return dates != null && dates.columns().containsAll(c.parentFields()) ? dates : null;
  }

  private String parentTable(Check.CrossTable c) {
    return table.field(c.via()).map(f -> f.references().table()).orElse("");
  }
}
