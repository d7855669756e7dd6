package io.github.ssdkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Random bytes and random damage to a valid extract never make the readers or the validator throw:
 * every problem is a reported issue or a clean "unusable input".
 */
class ReadersPropertyTest {

  private static final Spec SPEC = Extracts.mini();
  private static final String VALID = Extracts.PERSON_HEADER + "\n"
      + "1,F,2010-05-01,,9434765919,U201302015001,N,12,\"{\"\"OUTCOME_NFA_FLAG\"\":\"\"Y\"\"}\"\n"
      + "2,M,2012-01-31,,,,,,\n";

  private final Path dir;

  ReadersPropertyTest() throws IOException {
    dir = Files.createTempDirectory("ssd-fuzz");
  }

  @AfterProperty
  void cleanUp() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  @Property(tries = 150)
  void randomBytesNeverEscapeAsExceptions(@ForAll("bytes") byte[] content, @ForAll boolean jsonLines) throws IOException {
    validateOnly(content, jsonLines);
  }

  @Property(tries = 150)
  void mutatedExtractsNeverEscapeAsExceptions(@ForAll("mutations") byte[] content, @ForAll boolean jsonLines)
      throws IOException {
    validateOnly(content, jsonLines);
  }

  private void validateOnly(byte[] content, boolean jsonLines) throws IOException {
    Files.write(dir.resolve(jsonLines ? "ssd_person.jsonl" : "ssd_person.csv"), content);
    Files.deleteIfExists(dir.resolve(jsonLines ? "ssd_person.csv" : "ssd_person.jsonl"));
    DirectorySource source = jsonLines ? DirectorySource.jsonLines(dir) : DirectorySource.csv(dir);

    ValidationResult result = Validator.of(SPEC).validate(source);

    if (result.isUsable()) {
      result.report().issues().forEach(i -> assertThat(i.message()).doesNotContain("\tat "));
    } else {
      assertThat(result.unusable()).doesNotContain("\n");
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
  }

  @Provide
  Arbitrary<byte[]> mutations() {
    byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length - 1);
    Arbitrary<Byte> replacement = Arbitraries.of((byte) '"', (byte) ',', (byte) '\n', (byte) '\r', (byte) 0,
        (byte) 0xC3, (byte) 0xFF, (byte) '{', (byte) 'x', (byte) '-');
    return position.list().ofMinSize(1).ofMaxSize(8).flatMap(positions ->
        replacement.list().ofSize(positions.size()).map(bytes -> {
          byte[] copy = valid.clone();
          for (int i = 0; i < positions.size(); i++) {
            copy[positions.get(i)] = bytes.get(i);
          }
          return copy;
        }));
  }
}
