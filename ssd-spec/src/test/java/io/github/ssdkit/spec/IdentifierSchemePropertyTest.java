package io.github.ssdkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written shape tests of the identifier schemes give the same answer as their published
 * regular expressions, on random text made mostly of the characters those patterns care about.
 */
class IdentifierSchemePropertyTest {

  @Property(tries = 3000)
  void nhsNumberShapeAgreesWithItsPattern(@ForAll("nearIdentifiers") String value) {
    assertAgrees(IdentifierScheme.NHS_NUMBER, value);
  }

  @Property(tries = 3000)
  void upnShapeAgreesWithItsPattern(@ForAll("nearIdentifiers") String value) {
    assertAgrees(IdentifierScheme.UPN, value);
  }

  @Property(tries = 500)
  void anyTextAgrees(@ForAll String value, @ForAll IdentifierScheme scheme) {
    assertAgrees(scheme, value);
  }

  private static void assertAgrees(IdentifierScheme scheme, String value) {
    boolean expected = Pattern.compile(scheme.pattern()).matcher(value).matches();
    assertThat(scheme.matchesPattern(value)).as("%s on '%s'", scheme, value).isEqualTo(expected);
  }

  /** Digits, the letters around the UPN's gaps, a line break and a non-ASCII digit; 8 to 14 long. */
  @Provide
  Arbitrary<String> nearIdentifiers() {
    Arbitrary<String> body = Arbitraries.strings().withChars("0123456789HIJNOPRSTZa\n\u0663 ").ofMinLength(8).ofMaxLength(14);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(13);
    Arbitrary<String> upnLike = Arbitraries.of("A", "H", "I", "O", "S", "T", "Z", "a", "1")
        .flatMap(first -> Arbitraries.strings().numeric().ofLength(11)
            .flatMap(mid -> Arbitraries.of("0", "9", "A", "I", "S", "Z", "z", "\n", "")
                .map(last -> first + mid + last)));
    return Arbitraries.oneOf(body, digits, upnLike);
  }
}
