package com.example.app;

import com.example.la801.code.La801PanelOutcome;
import com.example.la801.table.La801FamilyHelpPanel;
import com.example.la801.table.Person;

/** Uses what the overlay adds: its own table and code set, and its column on ssd_person. */
public final class Panels {

  private Panels() {}

  /** A child with the overlay's first-language column. */
  public static Person child(String id, String language) {
    return Person.builder().personId(id).la801FirstLanguage(language).build();
  }

  /** Every outcome the overlay's code set holds. */
  public static int outcomes() {
    return La801PanelOutcome.values().length;
  }

  /** The overlay table's record type. */
  public static Class<La801FamilyHelpPanel> panelType() {
    return La801FamilyHelpPanel.class;
  }
}
