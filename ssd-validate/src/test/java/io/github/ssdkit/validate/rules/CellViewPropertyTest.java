package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.Severity;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.source.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every column check of the bundled spec (types, codes, lengths, identifiers, patterns, ranges)
 * gives a cell the same verdict and the same issues, values included, whether it sees the cell as
 * a String or as a view into the middle of a reader's buffer: dates, numbers and codes right and
 * nearly right, non-ASCII text and surrogate pairs, quotes, a byte-order mark, CR and LF.
 */
class CellViewPropertyTest {

  private static final Spec SPEC = SpecLoader.bundled().orThrow();
  private static final Temporal TEMPORAL = new Temporal(List.of("dd/MM/yyyy"));
  private static final List<Field> FIELDS = SPEC.tables().stream().flatMap(t -> t.fields().stream())
      .filter(f -> !f.type().isJson()).toList();

  @Property(tries = 3000)
  void viewAndStringAgree(@ForAll("cells") Cell cell) {
    List<FieldCheck> checks = FieldRules.compile(cell.field(), SPEC, TEMPORAL);
    Recorder byString = new Recorder();
    Recorder byView = new Recorder();

    boolean stringOk = run(checks, cell.text(), byString);
    boolean viewOk = run(checks, view(cell.text()), byView);

    assertThat(viewOk).as(cell.toString()).isEqualTo(stringOk);
    assertThat(byView.reports).as(cell.toString()).isEqualTo(byString.reports);
  }

  @Property(tries = 1000)
  void datesAndKeysAgree(@ForAll("texts") String text, @ForAll("texts") String other) {
    assertThat(TEMPORAL.parseDate(view(text))).isEqualTo(TEMPORAL.parseDate(text));
    assertThat(TEMPORAL.parseDateTime(view(text))).isEqualTo(TEMPORAL.parseDateTime(text));
    assertThat(KeySet.hash(view(text))).isEqualTo(KeySet.hash(text));
    long joined = KeySet.finishKey(KeySet.mix(KeySet.mix(KeySet.mix(KeySet.START, view(text)), '|'), view(other)));
    assertThat(joined).isEqualTo(KeySet.hash(text + "|" + other));
  }

  /** Runs the checks in order as the validator does, stopping after one that says stop. */
  private static boolean run(List<FieldCheck> checks, CharSequence value, RowContext row) {
    for (FieldCheck c : checks) {
      if (!c.check(value, row)) {
        return false;
      }
    }
    return true;
  }

  /** The text as a reader's view: in the middle of a larger buffer, with other text around it. */
  private static CellText view(String text) {
    char[] buffer = ("\"x,\r\n" + text + ",\"y\u00e9\n").toCharArray();
    return new CellText().view(buffer, 5, text.length());
  }

  record Cell(Field field, String text) {}

  @Provide
  Arbitrary<Cell> cells() {
    return Arbitraries.of(FIELDS).flatMap(field -> Arbitraries.oneOf(texts(), valuesFor(field))
        .map(text -> new Cell(field, text)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789-:T. /+eE").ofMinLength(1).ofMaxLength(30),
        Arbitraries.of("2024-02-29", "2023-02-29", "2024-13-01", "0000-01-01", "2024-01-01 00:00:00",
            "2024-01-01T23:59:59.1234567", "2024-01-01T24:00:00", "2024-01-01 00:00:00.000", "29/02/2024", "31/04/2024",
            "22/07/1985", "7/22/1985", "true", "TRUE", "fal\u017fe", "0", "1", "-0", "+12", "1.", ".5", "-", "1.2.3",
            "999999999999999999", "9999999999999999999", "\uFEFF1", "1\r", "\"1\"", "4010232137", "A123456789012"),
        Arbitraries.strings().withChars("aZ é\u00a0\u2028\uD83D\uDE00\"',\r\n\uFEFF|").ofMinLength(1).ofMaxLength(40),
        Arbitraries.integers().between(1, 300).map("w"::repeat));
  }

  /** Values aimed at the column: its codes spelled right and wrong, numbers around its bounds. */
  private static Arbitrary<String> valuesFor(Field field) {
    List<String> values = new ArrayList<>(List.of("x", "-1", "0", "100", "1000000", "12.50"));
    if (field.codeSet() != null) {
      SPEC.codeSet(field.codeSet()).ifPresent(set -> {
        for (CodeValue v : set.values()) {
          values.add(v.code());
          values.addAll(v.aliases());
          values.add(v.code().toLowerCase(Locale.ROOT));
          values.add(v.code() + " ");
        }
      });
    }
    if (field.range() != null) {
      for (BigDecimal bound : new BigDecimal[] {field.range().min(), field.range().max()}) {
        if (bound != null) {
          values.add(bound.toPlainString());
          values.add(bound.add(BigDecimal.ONE).toPlainString());
          values.add(bound.subtract(BigDecimal.ONE).toPlainString());
          values.add(bound.subtract(new BigDecimal("0.5")).toPlainString());
        }
      }
    }
    Arbitrary<String> aimed = Arbitraries.of(values);
    if (field.maxLength() != null) {
      int max = field.maxLength();
      Arbitrary<String> around = Combinators.combine(Arbitraries.integers().between(Math.max(1, max - 2), max + 2),
          Arbitraries.of("a", "\u00e9", "\uD83D\uDE00")).as((n, unit) -> unit.repeat(n));
      return Arbitraries.oneOf(aimed, around);
    }
    return aimed;
  }

  /** Records every report in full, the value included. */
  private static final class Recorder implements RowContext {
    final List<String> reports = new ArrayList<>();

    @Override
    public String cell(int field) {
      return null;
    }

    @Override
    public long temporal(int field) {
      return Temporal.INVALID;
    }

    @Override
    public long rowDate() {
      return Temporal.toDate(0).plusYears(50).toEpochDay() * 86_400L;
    }

    @Override
    public long rowNumber() {
      return 1;
    }

    @Override
    public void report(Severity severity, String rule, String field, String value, String message) {
      reports.add(severity + "|" + rule + "|" + field + "|" + value + "|" + message);
    }

    @Override
    public void reportRow(long row, Severity severity, String rule, String field, String value, String message) {
      reports.add(row + "|" + severity + "|" + rule + "|" + field + "|" + value + "|" + message);
    }
  }
}
