package io.github.ssdkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.FieldRef;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Spec;
import io.github.ssdkit.spec.SpecManifest;
import io.github.ssdkit.spec.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecEdgeCasesTest {

  @TempDir Path tmp;

  private static Table table(String name, List<Field> fields) {
    return new Table(name, "", "identity", null, null, List.of(fields.get(0).name()), fields, List.of(), null, null);
  }

  private static Spec spec(List<Table> tables, List<CodeSet> sets) {
    SpecManifest m = new SpecManifest("ssd", "t", "1.0.0", null, LocalDate.of(2026, 1, 5), null,
        tables.stream().map(Table::name).toList(), sets.stream().map(CodeSet::id).toList(), null);
    return new Spec(m, tables, sets);
  }

  @Test
  void aSpecWithoutReferencesIsRefusedWithAReason() {
    Spec spec = spec(List.of(table("t_one", List.of(Field.builder("id", LogicalType.STRING).build()))), List.of());
    SampleResult result = SampleGenerator.builder(spec).build().generate(tmp.resolve("out"));
    assertThat(result.isWritten()).isFalse();
    assertThat(result.problem()).contains("no table whose key other tables reference");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void rowsThatCannotBeValidAreLeftOutAndExplained() throws IOException {
    CodeSet onlyWithdrawn = CodeSet.of("old", "Old",
        List.of(new CodeValue("A", "a", LocalDate.of(2020, 1, 1), null, null, null, null, null, null)));
    Table person = table("t_person", List.of(Field.builder("p_id", LogicalType.STRING).maxLength(20).build()));
    Table child = table("t_child", List.of(
        Field.builder("c_id", LogicalType.STRING).maxLength(20).build(),
        Field.builder("c_person", LogicalType.STRING).references(new FieldRef("t_person", "p_id")).required(true).build(),
        Field.builder("c_code", LogicalType.CODE).codeSet("old").required(true).build()));
    SampleResult result = SampleGenerator.builder(spec(List.of(person, child), List.of(onlyWithdrawn)))
        .children(40).build().generate(tmp);
    assertThat(result.rowsPerTable()).containsEntry("t_person", 40L).containsEntry("t_child", 0L);
    assertThat(result.notes()).singleElement().asString()
        .startsWith("t_child: cannot make a valid value for required c_code");
    assertThat(Files.readAllLines(tmp.resolve("t_child.csv"))).containsExactly("c_id,c_person,c_code");
  }

  @Test
  void extractDateIsTheLastThirtyFirstOfMarchOnOrBeforeTheSpecDate() {
    Spec spec = spec(List.of(), List.of());
    assertThat(SampleGenerator.extractDate(spec)).isEqualTo(LocalDate.of(2025, 3, 31));
  }
}
