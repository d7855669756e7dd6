package io.github.ssdkit.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which overlay each item of a merged spec came from; everything not recorded is {@link
 * Origin#CORE}. Immutable; built by the overlay merger with {@link #builder()}.
 *
 * <p>A core column that an overlay only tightened (made required, gave a shorter length) stays
 * core: its name and meaning are the standard's.
 */
public final class Origins {

  /** A spec with no overlays: every item is core. */
  public static final Origins CORE_ONLY = new Origins(Map.of(), List.of());

  private final Map<String, Origin> byKey;
  private final List<Origin> overlays;

  private Origins(Map<String, Origin> byKey, List<Origin> overlays) {
    this.byKey = Map.copyOf(byKey);
    this.overlays = List.copyOf(overlays);
  }

  /**
   * Equal when the same items come from the same overlays, applied in the same order.
   *
   * @param other the object to compare with
   * @return whether it records the same origins
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Origins that && byKey.equals(that.byKey) && overlays.equals(that.overlays);
  }

  @Override
  public int hashCode() {
    return 31 * byKey.hashCode() + overlays.hashCode();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the overlays merged into the spec, in the order applied; empty for the core alone} */
  public List<Origin> overlays() {
    return overlays;
  }

  /**
   * {@return where a table came from; {@link Origin#CORE} unless an overlay added it}
   *
   * @param table the table name
   */
  public Origin table(String table) {
    return get("table " + table);
  }

  /**
   * {@return where a column came from; {@link Origin#CORE} unless an overlay added it}
   *
   * @param table the table name
   * @param column the column name
   */
  public Origin column(String table, String column) {
    return get("column " + table + "." + column);
  }

  /**
   * {@return where a table's check came from; {@link Origin#CORE} unless an overlay added it}
   *
   * @param table the table name
   * @param checkId the check's id
   */
  public Origin check(String table, String checkId) {
    return get("check " + table + "." + checkId);
  }

  /**
   * {@return where a code set came from; {@link Origin#CORE} unless an overlay added it}
   *
   * @param id the code set id
   */
  public Origin codeSet(String id) {
    return get("code set " + id);
  }

  /**
   * {@return where a code came from; {@link Origin#CORE} unless an overlay added it}
   *
   * @param codeSet the code set id
   * @param code the code
   */
  public Origin code(String codeSet, String code) {
    return get("code " + codeSet + "." + code);
  }

  private Origin get(String key) {
    return byKey.getOrDefault(key, Origin.CORE);
  }

  /** Collects origins; a key recorded twice keeps the first overlay that added the item. */
  public static final class Builder {
    private final Map<String, Origin> byKey = new HashMap<>();
    private final List<Origin> overlays = new ArrayList<>();

    private Builder() {}

    /**
     * Records everything already in {@code origins}: its items (where not yet recorded) and its
     * overlays, appended.
     *
     * @param origins the origins to copy
     * @return this builder
     */
    public Builder from(Origins origins) {
      origins.byKey.forEach(byKey::putIfAbsent);
      overlays.addAll(origins.overlays);
      return this;
    }

    /**
     * Appends an overlay to the list of overlays applied.
     *
     * @param overlay the overlay's origin
     * @return this builder
     */
    public Builder overlay(Origin overlay) {
      overlays.add(overlay);
      return this;
    }

    /**
     * Records where a table came from; a core origin records nothing.
     *
     * @param table the table name
     * @param origin the overlay that added it
     * @return this builder
     */
    public Builder table(String table, Origin origin) {
      return put("table " + table, origin);
    }

    /**
     * Records where a column came from; a core origin records nothing.
     *
     * @param table the table name
     * @param column the column name
     * @param origin the overlay that added it
     * @return this builder
     */
    public Builder column(String table, String column, Origin origin) {
      return put("column " + table + "." + column, origin);
    }

    /**
     * Records where a table's check came from; a core origin records nothing.
     *
     * @param table the table name
     * @param checkId the check's id
     * @param origin the overlay that added it
     * @return this builder
     */
    public Builder check(String table, String checkId, Origin origin) {
      return put("check " + table + "." + checkId, origin);
    }

    /**
     * Records where a code set came from; a core origin records nothing.
     *
     * @param id the code set id
     * @param origin the overlay that added it
     * @return this builder
     */
    public Builder codeSet(String id, Origin origin) {
      return put("code set " + id, origin);
    }

    /**
     * Records where a code came from; a core origin records nothing.
     *
     * @param codeSet the code set id
     * @param code the code
     * @param origin the overlay that added it
     * @return this builder
     */
    public Builder code(String codeSet, String code, Origin origin) {
      return put("code " + codeSet + "." + code, origin);
    }

    private Builder put(String key, Origin origin) {
      if (!origin.isCore()) {
        byKey.putIfAbsent(key, origin);
      }
      return this;
    }

    /** {@return the origins recorded so far; later changes to this builder do not affect them} */
    public Origins build() {
      return new Origins(byKey, overlays);
    }
  }
}
