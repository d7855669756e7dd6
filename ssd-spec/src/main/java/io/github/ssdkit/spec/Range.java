package io.github.ssdkit.spec;

import java.math.BigDecimal;

/**
 * Inclusive numeric bounds; either end may be null for unbounded.
 *
 * @param min the smallest value allowed, or null for no lower bound
 * @param max the largest value allowed, or null for no upper bound
 */
public record Range(BigDecimal min, BigDecimal max) {

  /**
   * Whether a value lies within the bounds, both inclusive.
   *
   * @param value the value
   * @return whether it is in range
   */
  public boolean contains(BigDecimal value) {
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  /** {@return whether neither bound is set} */
  public boolean isUnbounded() {
    return min == null && max == null;
  }

  @Override
  public String toString() {
    return (min == null ? "" : min.toPlainString()) + ".." + (max == null ? "" : max.toPlainString());
  }
}
