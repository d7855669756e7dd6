package io.github.ssdkit.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which date of a row a code's withdrawal is judged by. The row's start and end dates are those
 * of its table's period or date-order check (see the validator's {@code RowDate}).
 */
public enum WithdrawalBasis {
  /** Records that start on or after the withdrawal date may not carry the code (a legal status). */
  START("start"),
  /** Records that end on or after the withdrawal date may not; an open record is judged by its start. */
  END("end"),
  /**
   * Records still open, or ending on or after the withdrawal date, may not: SSDA903's rule for a
   * placement type that is no longer valid for placements ending after a day or still open.
   */
  OPEN_OR_ENDING_AFTER("open_or_ending_after");

  private final String specName;

  WithdrawalBasis(String specName) {
    this.specName = specName;
  }

  /** {@return the name used in spec files} */
  public String specName() {
    return specName;
  }

  /**
   * The basis by its spec-file name.
   *
   * @param name the name
   * @return the basis, or empty when there is none of that name
   */
  public static Optional<WithdrawalBasis> fromSpecName(String name) {
    return Arrays.stream(values()).filter(b -> b.specName.equals(name)).findFirst();
  }

  /** {@return every spec-file name, comma-separated, for messages} */
  public static String allSpecNames() {
    return String.join(", ", Arrays.stream(values()).map(WithdrawalBasis::specName).toList());
  }
}
