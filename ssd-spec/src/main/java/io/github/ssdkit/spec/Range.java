package io.github.ssdkit.spec;

import java.math.BigDecimal;

/** Inclusive numeric bounds; either end may be null for unbounded. */
public record Range(BigDecimal min, BigDecimal max) {

  public boolean contains(BigDecimal value) {
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  public boolean isUnbounded() {
    return min == null && max == null;
  }

  @Override
  public String toString() {
    return (min == null ? "" : min.toPlainString()) + ".." + (max == null ? "" : max.toPlainString());
  }
}
