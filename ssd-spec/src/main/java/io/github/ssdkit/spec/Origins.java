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

  public static Builder builder() {
    return new Builder();
  }

  /** The overlays merged into the spec, in the order they were applied; empty for the core alone. */
  public List<Origin> overlays() {
    return overlays;
  }

  public Origin table(String table) {
    return get("table " + table);
  }

  public Origin column(String table, String column) {
    return get("column " + table + "." + column);
  }

  public Origin check(String table, String checkId) {
    return get("check " + table + "." + checkId);
  }

  public Origin codeSet(String id) {
    return get("code set " + id);
  }

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

    public Builder from(Origins origins) {
      origins.byKey.forEach(byKey::putIfAbsent);
      overlays.addAll(origins.overlays);
      return this;
    }

    public Builder overlay(Origin overlay) {
      overlays.add(overlay);
      return this;
    }

    public Builder table(String table, Origin origin) {
      return put("table " + table, origin);
    }

    public Builder column(String table, String column, Origin origin) {
      return put("column " + table + "." + column, origin);
    }

    public Builder check(String table, String checkId, Origin origin) {
      return put("check " + table + "." + checkId, origin);
    }

    public Builder codeSet(String id, Origin origin) {
      return put("code set " + id, origin);
    }

    public Builder code(String codeSet, String code, Origin origin) {
      return put("code " + codeSet + "." + code, origin);
    }

    private Builder put(String key, Origin origin) {
      if (!origin.isCore()) {
        byKey.putIfAbsent(key, origin);
      }
      return this;
    }

    public Origins build() {
      return new Origins(byKey, overlays);
    }
  }
}
