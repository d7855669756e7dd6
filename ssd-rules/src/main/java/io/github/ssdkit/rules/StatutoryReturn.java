package io.github.ssdkit.rules;

import java.util.Optional;

/** The statutory returns whose validation rules the catalogue holds. */
public enum StatutoryReturn implements CatalogueName {
  /** The children in need census; codes ending in {@code Q} are queries. */
  CIN("cin", "CIN census"),
  /** The children looked after return (SSDA903). */
  SSDA903("ssda903", "SSDA903 (children looked after)");

  private final String id;
  private final String title;

  StatutoryReturn(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The name used in files and rule ids ({@code cin}, {@code ssda903}). */
  @Override
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<StatutoryReturn> byId(String id) {
    return CatalogueName.byId(StatutoryReturn.class, id);
  }
}
