package io.github.ssdkit.rules.cin;

import java.util.HashSet;
import java.util.Set;

/**
 * The parts of a unique pupil number (13 characters: a check letter, a local authority number,
 * eight digits, and a last digit or letter), as the CIN census checks them. Each test passes a
 * value that is empty or not 13 characters long, which other rules report.
 */
final class Upn {

  private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
  private static final String LAST_CHARACTERS = CHECK_LETTERS + "0123456789";

  /** Local authority numbers (post-April-1998 authorities and the pseudo-authority codes) accepted in characters 2 to 4. */
  private static final Set<Integer> AUTHORITIES = authorities();

  private Upn() {}

  private static Set<Integer> authorities() {
    Set<Integer> out = new HashSet<>();
    int[][] ranges = {{1, 5}, {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373}, {380, 384},
        {390, 394}, {660, 681}, {701, 708}, {800, 803}, {805, 808}, {810, 813}, {820, 823}, {835, 839}, {850, 852},
        {855, 857}, {865, 896}, {935, 938}, {940, 941}};
    for (int[] r : ranges) {
      for (int n = r[0]; n <= r[1]; n++) {
        out.add(n);
      }
    }
    for (int n : new int[] {420, 815, 816, 825, 826, 830, 831, 840, 841, 845, 846, 860, 861, 908, 909, 916, 919, 921,
        925, 926, 928, 929, 931, 933, 942, 943}) {
      out.add(n);
    }
    return out;
  }

  private static boolean wellSized(String upn) {
    return upn != null && upn.length() == 13;
  }

  /** The check letter for characters 2 to 13 when they are all digits, else null. */
  static String checkLetter(String upn) {
    char letter = checkChar(upn);
    return letter == 0 ? null : String.valueOf(letter);
  }

  /** The check letter for characters 2 to 13 when they are all digits, else 0: no String per row. */
  private static char checkChar(String upn) {
    if (!wellSized(upn) || !digits(upn, 1, 13)) {
      return 0;
    }
    int sum = 0;
    for (int i = 1; i < 13; i++) {
      sum += (upn.charAt(i) - '0') * (i + 1);
    }
    return CHECK_LETTERS.charAt(sum % 23);
  }

  /** Whether characters {@code from} (inclusive) to {@code to} (exclusive) are all ASCII digits. */
  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean wrongCheckLetter(String upn) {
    char letter = checkChar(upn);
    return letter != 0 && letter != upn.charAt(0);
  }

  static boolean unknownAuthority(String upn) {
    if (!wellSized(upn)) {
      return false;
    }
    return !digits(upn, 1, 4) || !AUTHORITIES.contains(Integer.parseInt(upn, 1, 4, 10));
  }

  static boolean middleNotDigits(String upn) {
    return wellSized(upn) && !digits(upn, 4, 12);
  }

  static boolean badLastCharacter(String upn) {
    return wellSized(upn) && LAST_CHARACTERS.indexOf(upn.charAt(12)) < 0;
  }
}
