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
    if (!wellSized(upn) || !upn.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    int sum = 0;
    for (int i = 1; i < 13; i++) {
      sum += (upn.charAt(i) - '0') * (i + 1);
    }
    return String.valueOf(CHECK_LETTERS.charAt(sum % 23));
  }

  static boolean wrongCheckLetter(String upn) {
    String letter = checkLetter(upn);
    return letter != null && !letter.equals(upn.substring(0, 1));
  }

  static boolean unknownAuthority(String upn) {
    if (!wellSized(upn)) {
      return false;
    }
    String la = upn.substring(1, 4);
    return !la.chars().allMatch(c -> c >= '0' && c <= '9') || !AUTHORITIES.contains(Integer.parseInt(la));
  }

  static boolean middleNotDigits(String upn) {
    return wellSized(upn) && !upn.substring(4, 12).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  static boolean badLastCharacter(String upn) {
    return wellSized(upn) && (CHECK_LETTERS + "0123456789").indexOf(upn.charAt(12)) < 0;
  }
}
