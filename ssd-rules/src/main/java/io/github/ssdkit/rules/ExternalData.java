package io.github.ssdkit.rules;

import java.util.Optional;

/** Data a rule needs that the SSD does not hold, so that a user would have to supply it. */
public enum ExternalData implements CatalogueName {
  /** Last year's return (or last year's extract), to compare what was reported then with now. */
  PREVIOUS_RETURN("previous-return", "last year's return or extract"),
  /** Ofsted's lists of registered providers, with URNs, types, postcodes and registration dates. */
  OFSTED_PROVIDERS("ofsted-providers", "Ofsted provider (URN) lists"),
  /** A postcode lookup: whether a postcode exists, and the local authority it lies in. */
  POSTCODE_LOOKUP("postcode-lookup", "a postcode lookup");

  private final String id;
  private final String title;

  ExternalData(String id, String title) {
    this.id = id;
    this.title = title;
  }

  @Override
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<ExternalData> byId(String id) {
    return CatalogueName.byId(ExternalData.class, id);
  }
}
