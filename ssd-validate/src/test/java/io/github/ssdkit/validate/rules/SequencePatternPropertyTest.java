package io.github.ssdkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written matcher of simple declared patterns answers as {@link Pattern#matches} does,
 * on random patterns of its kind and random values made of the characters they mention.
 */
class SequencePatternPropertyTest {

  @Property(tries = 3000)
  void agreesWithTheRegularExpression(@ForAll("patterns") String regex, @ForAll("values") String value) {
    SequencePattern sequence = SequencePattern.of(regex).orElseThrow(() -> new AssertionError("not simple: " + regex));

    assertThat(sequence.matches(value)).as("/%s/ on '%s'", regex, value)
        .isEqualTo(Pattern.compile(regex).matcher(value).matches());
  }

  @Property(tries = 1000)
  void agreesOnValuesMadeToMatchOrNearlyMatch(@ForAll("patterns") String regex, @ForAll("seeds") long seed) {
    SequencePattern sequence = SequencePattern.of(regex).orElseThrow();
    String value = nearMatch(regex, seed);

    assertThat(sequence.matches(value)).as("/%s/ on '%s'", regex, value)
        .isEqualTo(Pattern.compile(regex).matcher(value).matches());
  }

  @Example
  void takesTheSpecsSimplePatternsAndLeavesTheRestToRegularExpressions() {
    assertThat(SequencePattern.of("^SW[0-9]{1,10}$")).isPresent();
    assertThat(SequencePattern.of("^[1-9]$")).isPresent();
    assertThat(SequencePattern.of("^[A-Za-z0-9]{1,20}$")).isPresent();
    for (String other : List.of("^(([0-9]{2}|[Zz]{2})/([0-9]{2}|[Zz]{2})|[0-9]{4})$", "^a.b$", "^[^0-9]$",
        "^a{2,}$", "^a+?$", "^a*+$", "^\\d$", "(?i)^ab$", "^[a-]$", "^[]a]$", "^a{2}{3}$", "^a|b$", "^-$")) {
      assertThat(SequencePattern.of(other)).as(other).isEmpty();
    }
  }

  @Example
  void unboundedCountsHaveNoLimit() {
    String regex = "^S[0-9]*W+$";
    String value = "S" + "7".repeat(5000) + "W".repeat(3000);

    assertThat(SequencePattern.of(regex).orElseThrow().matches(value)).isTrue();
    assertThat(SequencePattern.of(regex).orElseThrow().matches(value + "7")).isFalse();
  }

  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> atom = Arbitraries.oneOf(
        Arbitraries.of("a", "b", "S", "W", "0", "7", "Z"),
        Arbitraries.of("[0-9]", "[a-c]", "[A-Za-z0-9]", "[ab7]", "[1-9]", "[Zz]", "[a-aW]"));
    Arbitrary<String> count = Arbitraries.of("", "", "", "?", "*", "+", "{0}", "{2}", "{1,3}", "{0,2}", "{1,10}", "{3,3}");
    Arbitrary<String> item = Combinators.combine(atom, count).as((a, c) -> a + c);
    Arbitrary<String> body = item.list().ofMinSize(0).ofMaxSize(5).map(l -> String.join("", l));
    return Combinators.combine(Arbitraries.of("", "^"), body, Arbitraries.of("", "$")).as((s, b, e) -> s + b + e);
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings().withChars("abcSWZz07\n\u0663").ofMaxLength(14);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** A value built item by item to fit the pattern, then sometimes changed in one place. */
  private static String nearMatch(String regex, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    Matcher items = Pattern.compile("(\\[[^\\]]*\\]|[A-Za-z0-9])(\\?|\\*|\\+|\\{(\\d+)(?:,(\\d+))?\\})?")
        .matcher(regex);
    while (items.find()) {
      String atom = items.group(1);
      String count = items.group(2);
      int min = 1;
      int max = 1;
      if (count != null) {
        switch (count.charAt(0)) {
          case '?' -> { min = 0; max = 1; }
          case '*' -> { min = 0; max = 4; }
          case '+' -> { min = 1; max = 4; }
          default -> {
            min = Integer.parseInt(items.group(3));
            max = items.group(4) == null ? min : Integer.parseInt(items.group(4));
          }
        }
      }
      int times = min + random.nextInt(max - min + 1);
      String members = members(atom);
      for (int t = 0; t < times; t++) {
        out.append(members.charAt(random.nextInt(members.length())));
      }
    }
    switch (random.nextInt(4)) {
      case 0 -> out.append("abcSWZ07".charAt(random.nextInt(8)));
      case 1 -> {
        if (out.length() > 0) {
          out.deleteCharAt(random.nextInt(out.length()));
        }
      }
      default -> { }
    }
    return out.toString();
  }

  private static String members(String atom) {
    if (!atom.startsWith("[")) {
      return atom;
    }
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 128; c++) {
      if (Pattern.matches(atom, String.valueOf(c))) {
        all.append(c);
      }
    }
    return all.toString();
  }
}
