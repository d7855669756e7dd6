package io.github.ssdkit.validate;

import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.load.SpecLoader;
import io.github.ssdkit.validate.report.Issue;
import io.github.ssdkit.validate.report.ValidationReport;
import io.github.ssdkit.validate.source.DirectorySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small hand-made extracts of the test spec, written as files and validated. */
final class Extracts {

  static final String PERSON_HEADER = "pers_person_id,pers_sex,pers_dob,pers_death_date,pers_nhs_number,pers_upn,"
      + "pers_is_mother,pers_sdq_score,pers_outcome_json";
  static final String EPISODE_HEADER = "clae_cla_episode_id,clae_person_id,clae_cla_placement_type,"
      + "clae_cla_episode_start_date,clae_cla_episode_ceased_date,clae_cla_episode_ceased_reason,clae_factors_json";

  private Extracts() {}

  static Spec mini() {
    try {
      return SpecLoader.load(Path.of(Extracts.class.getResource("/specs/mini/ssd.yaml").toURI()).getParent()).orThrow();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Path dir, String file, String... lines) {
    try {
      Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid person table with children 1 and 2. */
  static void people(Path dir) {
    write(dir, "ssd_person.csv", PERSON_HEADER,
        "1,F,2010-05-01,,9434765919,U201302015001,N,12,\"{\"\"OUTCOME_NFA_FLAG\"\":\"\"Y\"\"}\"",
        "2,M,2012-01-31,,,,,,");
  }

  static ValidationReport validate(Path dir) {
    return validate(dir, ValidationOptions.defaults());
  }

  static ValidationReport validate(Path dir, ValidationOptions options) {
    ValidationResult result = Validator.of(mini()).withOptions(options).validate(DirectorySource.csv(dir));
    if (!result.isUsable()) {
      throw new AssertionError("unusable: " + result.unusable());
    }
    return result.report();
  }

  /** The issues as compact strings {@code table row rule field}, easy to compare exactly. */
  static List<String> summary(ValidationReport report) {
    return report.issues().stream()
        .filter(i -> !i.rule().equals("input.missing-column") || i.isError())
        .map(Extracts::brief).toList();
  }

  static String brief(Issue i) {
    return i.table() + " " + i.row() + " " + i.rule() + " " + i.field();
  }
}
