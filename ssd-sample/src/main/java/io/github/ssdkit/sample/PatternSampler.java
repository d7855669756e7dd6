package io.github.ssdkit.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a string matching a simple regular expression: literals, escapes ({@code \d \w \s} and
 * escaped symbols), character classes with ranges, groups with alternatives, and the quantifiers
 * {@code ? * + {n} {n,m}}. Anything else gives null; the caller checks the result anyway.
 */
final class PatternSampler {

  private final String p;
  private final SplittableRandom rng;
  private int at;

  private PatternSampler(String pattern, SplittableRandom rng) {
    this.p = pattern;
    this.rng = rng;
  }

  static String sample(String pattern, SplittableRandom rng) {
    String body = pattern;
    if (body.startsWith("^")) {
      body = body.substring(1);
    }
    if (body.endsWith("$") && !body.endsWith("\\$")) {
      body = body.substring(0, body.length() - 1);
    }
    try {
      PatternSampler s = new PatternSampler(body, rng);
      StringBuilder out = new StringBuilder();
      s.alternatives(out);
      return s.at == body.length() ? out.toString() : null;
    } catch (IllegalStateException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private void alternatives(StringBuilder out) {
    List<StringBuilder> options = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    options.add(current);
    while (at < p.length() && p.charAt(at) != ')') {
      if (p.charAt(at) == '|') {
        at++;
        current = new StringBuilder();
        options.add(current);
      } else {
        atom(current);
      }
    }
    out.append(options.get(rng.nextInt(options.size())));
  }

  private void atom(StringBuilder out) {
    int start = at;
    char c = p.charAt(at);
    String chars = null;
    boolean group = false;
    if (c == '(') {
      at++;
      if (p.startsWith("?:", at)) {
        at += 2;
      }
      group = true;
      StringBuilder probe = new StringBuilder();
      alternatives(probe);
      expect(')');
    } else if (c == '[') {
      chars = charClass();
    } else if (c == '\\') {
      chars = escape(p.charAt(at + 1));
      at += 2;
    } else if ("*+?{}.|^$".indexOf(c) >= 0) {
      throw new IllegalStateException("unsupported");
    } else {
      chars = String.valueOf(c);
      at++;
    }
    int[] times = quantifier();
    for (int i = 0; i < times[0] + rng.nextInt(times[1] - times[0] + 1); i++) {
      if (group) {
        // Re-read the group so each repetition may choose differently.
        int resume = at;
        at = start + 1 + (p.startsWith("?:", start + 1) ? 2 : 0);
        alternatives(out);
        at = resume;
      } else {
        out.append(chars.charAt(rng.nextInt(chars.length())));
      }
    }
  }

  private int[] quantifier() {
    if (at >= p.length()) {
      return new int[] {1, 1};
    }
    char q = p.charAt(at);
    switch (q) {
      case '?' -> { at++; return new int[] {0, 1}; }
      case '*' -> { at++; return new int[] {0, 3}; }
      case '+' -> { at++; return new int[] {1, 3}; }
      case '{' -> {
        int close = p.indexOf('}', at);
        String[] parts = p.substring(at + 1, close).split(",", -1);
        at = close + 1;
        int lo = Integer.parseInt(parts[0].trim());
        int hi = parts.length == 1 ? lo : parts[1].isBlank() ? lo + 3 : Integer.parseInt(parts[1].trim());
        return new int[] {lo, hi};
      }
      default -> { return new int[] {1, 1}; }
    }
  }

  private String charClass() {
    at++;
    if (p.charAt(at) == '^') {
      throw new IllegalStateException("negated class");
    }
    StringBuilder chars = new StringBuilder();
    while (p.charAt(at) != ']') {
      char c = p.charAt(at);
      if (c == '\\') {
        chars.append(escape(p.charAt(at + 1)));
        at += 2;
      } else if (at + 2 < p.length() && p.charAt(at + 1) == '-' && p.charAt(at + 2) != ']') {
        for (char x = c; x <= p.charAt(at + 2); x++) {
          chars.append(x);
        }
        at += 3;
      } else {
        chars.append(c);
        at++;
      }
    }
    at++;
    return chars.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case 'd' -> "0123456789";
      case 'w' -> "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
      case 's' -> " ";
      default -> {
        if (Character.isLetterOrDigit(c)) {
          throw new IllegalStateException("unsupported escape");
        }
        yield String.valueOf(c);
      }
    };
  }

  private void expect(char c) {
    if (at >= p.length() || p.charAt(at) != c) {
      throw new IllegalStateException("expected " + c);
    }
    at++;
  }
}
