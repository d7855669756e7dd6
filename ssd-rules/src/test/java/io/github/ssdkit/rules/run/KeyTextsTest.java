package io.github.ssdkit.rules.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KeyTextsTest {

  @Test
  void keysComeBackInTheOrderAddedWhateverTheirLengthOrScript() {
    KeyTexts keys = new KeyTexts();
    StringBuilder longKey = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      longKey.append('k');
    }
    String[] added = {"CP7", "", "1000000|2", "Zoë-Łukasz", longKey.toString(), "42"};
    for (int round = 0; round < 50; round++) {
      for (String k : added) {
        keys.add(k);
      }
    }
    for (int i = 0; i < 50 * added.length; i++) {
      assertEquals(added[i % added.length], keys.get(i));
    }
  }

  @Test
  void aRowPastTheEndIsAnError() {
    KeyTexts keys = new KeyTexts();
    keys.add("CP7");
    assertThrows(IndexOutOfBoundsException.class, () -> keys.get(1));
  }
}
