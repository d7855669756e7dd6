package io.github.ssdkit.rules.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-31", "2023-06-15T08:36:11", "2023-06-15T08:36", "0001-01-01", "9999-99-99T99:99:99",
      "2024-02-30", "0", "7", "1234567", "999999999999999999", "100000000000000000"})
  void anIsoDateOrWholeNumberComesBackCharacterForCharacter(String text) {
    long packed = PackedCells.pack(text);
    assertNotEquals(PackedCells.NOT_PACKED, packed);
    assertEquals(text, PackedCells.unpack(packed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "31/03/2025", "2025-3-31", "2025-03-31 08:36:11", "2025-03-31T08:36:11Z",
      "2025-03-31T08:36:11.5", "CP7", "2025-03-3x", "007", "00", "-5", "+5", "12a", "1 2", "1234567890123456789",
      "１２３"})
  void anyOtherTextIsLeftAsText(String text) {
    assertEquals(PackedCells.NOT_PACKED, PackedCells.pack(text));
  }

  @Test
  void differentShapesOfTheSameDigitsStayApart() {
    assertNotEquals(PackedCells.pack("2025-03-31T08:36"), PackedCells.pack("2025-03-31"));
    assertNotEquals(PackedCells.pack("20250331"), PackedCells.pack("2025-03-31"));
    assertEquals("2025-03-31T00:00", PackedCells.unpack(PackedCells.pack("2025-03-31T00:00")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-31", "2025-03-31T08:36", "2025-03-31T08:36:59", "2024-02-29T23:59:59", "2023-02-29",
      "2025-13-01", "2025-00-10", "0000-01-01", "2025-04-31T10:00", "12345"})
  void aPackedCellGivesTheDayItsTextGives(String text) {
    assertEquals(Dates.epochDay(text), PackedCells.epochDay(PackedCells.pack(text)));
  }
}
