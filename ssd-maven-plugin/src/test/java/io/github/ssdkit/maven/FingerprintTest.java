package io.github.ssdkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  @TempDir
  Path dir;

  private String of(Path spec, String packageName) throws IOException {
    return new Fingerprint().add("package", packageName).addPath("spec", spec).hex();
  }

  @Test
  void sameInputsGiveTheSameFingerprint() throws IOException {
    Files.writeString(dir.resolve("ssd.yaml"), "version: 1.0.0\n");
    Files.createDirectories(dir.resolve("tables"));
    Files.writeString(dir.resolve("tables/ssd_person.yaml"), "table: ssd_person\n");

    assertThat(of(dir, "com.example")).isEqualTo(of(dir, "com.example")).hasSize(64);
  }

  @Test
  void anEditedFileARenamedFileOrAnotherParameterChangeIt() throws IOException {
    Files.writeString(dir.resolve("ssd.yaml"), "version: 1.0.0\n");
    String before = of(dir, "com.example");

    Files.writeString(dir.resolve("ssd.yaml"), "version: 1.0.1\n");
    String edited = of(dir, "com.example");
    Files.move(dir.resolve("ssd.yaml"), dir.resolve("ssd2.yaml"));
    String renamed = of(dir, "com.example");

    assertThat(edited).isNotEqualTo(before);
    assertThat(renamed).isNotEqualTo(edited);
    assertThat(of(dir, "com.other")).isNotEqualTo(renamed);
  }

  @Test
  void valuesCannotRunIntoEachOther() {
    // "ab" + "c" and "a" + "bc" must differ: each value is counted, not just concatenated
    assertThat(new Fingerprint().add("ab", "c").hex()).isNotEqualTo(new Fingerprint().add("a", "bc").hex());
  }
}
