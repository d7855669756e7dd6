package io.github.ssdkit.rules.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-31", "2023-06-15T08:36:11", "2023-06-15T08:36", "0001-01-01", "9999-99-99T99:99:99",
      "2024-02-30"})
  void anIsoShapedTextComesBackCharacterForCharacter(String text) {
    long packed = DateCells.pack(text);
    assertNotEquals(DateCells.NOT_PACKED, packed);
    assertEquals(text, DateCells.unpack(packed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "31/03/2025", "2025-3-31", "2025-03-31 08:36:11", "2025-03-31T08:36:11Z",
      "2025-03-31T08:36:11.5", "20250331", "CP7", "2025-03-3x"})
  void anyOtherTextIsLeftAsText(String text) {
    assertEquals(DateCells.NOT_PACKED, DateCells.pack(text));
  }

  @Test
  void differentShapesOfTheSameDigitsStayApart() {
    assertNotEquals(DateCells.pack("2025-03-31T08:36"), DateCells.pack("2025-03-31"));
    assertEquals("2025-03-31T00:00", DateCells.unpack(DateCells.pack("2025-03-31T00:00")));
  }
}
