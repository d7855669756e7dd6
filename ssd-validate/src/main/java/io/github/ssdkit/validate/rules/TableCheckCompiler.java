package io.github.ssdkit.validate.rules;

import io.github.ssdkit.spec.Check;
import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Turns each kind of declared check into the {@link TableCheck} that runs it, by column position. */
final class TableCheckCompiler implements Check.Visitor<TableCheck> {

  private final List<String> names;
  private final Spec spec;
  private final Table table;

  TableCheckCompiler(List<String> names, Spec spec, Table table) {
    this.names = names;
    this.spec = spec;
    this.table = table;
  }

  private static String rule(Check c) {
    return "check." + c.id();
  }

  private int at(String field) {
    return names.indexOf(field);
  }

  @Override
  public TableCheck dateOrder(Check.DateOrder c) {
    return new TableCheck.DateOrder(rule(c), c, at(c.earlier()), at(c.later()));
  }

  @Override
  public TableCheck presence(Check.Presence c) {
    return new TableCheck.Presence(rule(c), c, at(c.when()), at(c.then()));
  }

  @Override
  public TableCheck presenceWhenCode(Check.PresenceWhenCode c) {
    // an alias of a listed code triggers the rule as the code does: it is the same answer
    Set<String> spellings = new HashSet<>(c.codes());
    Optional<CodeSet> set = table.field(c.when()).map(f -> f.codeSet()).flatMap(spec::codeSet);
    for (String code : c.codes()) {
      set.flatMap(s -> s.find(code)).map(CodeValue::aliases).ifPresent(spellings::addAll);
    }
    return new PresenceWhenCodeCheck(rule(c), c, at(c.when()), Set.copyOf(spellings), at(c.then()));
  }

  @Override
  public TableCheck anyPresent(Check.AnyPresent c) {
    return new AnyPresentCheck(rule(c), c, c.fields().stream().mapToInt(this::at).toArray());
  }

  /** The check over only the columns the extract has; a row must fill one of those. */
  TableCheck anyPresent(Check.AnyPresent c, boolean[] present) {
    return new AnyPresentCheck(rule(c), c, c.fields().stream().mapToInt(this::at).filter(i -> i >= 0 && present[i])
        .toArray());
  }

  @Override
  public TableCheck valueRange(Check.ValueRange c) {
    // a declared range is still a range rule: its id says so, and names the check
    RangeCheck range = new RangeCheck(c.field(), c.range(), "range." + c.id(), c.severity());
    int column = at(c.field());
    return row -> {
      String v = row.cell(column);
      if (v != null && Numbers.isDecimal(v)) {
        range.check(v, row);
      }
    };
  }

  @Override
  public TableCheck noOverlap(Check.NoOverlap c) {
    int[] group = c.groupBy().stream().mapToInt(this::at).toArray();
    return new OverlapCheck(rule(c), c, group, at(c.start()), at(c.end()));
  }

  @Override
  public TableCheck textPattern(Check.TextPattern c) {
    Predicate<String> matches = SequencePattern.matcher(c.pattern());
    int column = at(c.field());
    String rule = rule(c);
    return row -> {
      String v = row.cell(column);
      if (v != null && !matches.test(v)) {
        row.report(c.severity(), rule, c.field(), v, c.field() + " '" + Numbers.clip(v) + "' does not match "
            + c.pattern() + ": " + c.description());
      }
    };
  }
}
