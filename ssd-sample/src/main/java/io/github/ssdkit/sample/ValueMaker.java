package io.github.ssdkit.sample;

import io.github.ssdkit.spec.CodeSet;
import io.github.ssdkit.spec.CodeValue;
import io.github.ssdkit.spec.Field;
import io.github.ssdkit.spec.JsonKey;
import io.github.ssdkit.spec.Lifecycle;
import io.github.ssdkit.spec.LogicalType;
import io.github.ssdkit.spec.Range;
import io.github.ssdkit.spec.Spec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Makes plain column values (not keys, references or dates) that satisfy the column's rules. */
final class ValueMaker {

  private static final String[] WORDS = {
    "family", "school", "support", "review", "visit", "plan", "health", "home", "worker",
    "concern", "referral", "meeting", "agreed", "child", "carer", "notes", "update", "safety",
    "contact", "progress", "outcome", "team", "case", "record"
  };
  private static final String[] FLAG_CODES = {"Y", "N"};
  /** Share of coded cells written as an alias of their code, where the code has one. */
  static final double ALIAS_SHARE = 0.1;

  private final Spec spec;
  private final Map<String, String[]> currentCodes = new HashMap<>();
  private final Map<String, Pattern> patterns = new HashMap<>();

  ValueMaker(Spec spec) {
    this.spec = spec;
  }

  /** A value for a column of a scalar or JSON type; null when no valid value can be made. */
  String make(Field f, Range range, SplittableRandom rng) {
    return make(f, range, rng, null);
  }

  /**
   * A value as {@link #make(Field, Range, SplittableRandom)}, its codes (and a JSON array's items)
   * drawn only from those {@code codeOk} accepts (any, when null); null when none is accepted.
   */
  String make(Field f, Range range, SplittableRandom rng, Predicate<String> codeOk) {
    return switch (f.type()) {
      case STRING -> string(f.maxLength(), f.pattern(), rng);
      case INTEGER -> f.codeSet() != null ? code(f.codeSet(), f.maxLength(), LogicalType.CODE, rng, codeOk) : integer(range, rng);
      case DECIMAL -> decimal(f, range, rng);
      case FLAG, CODE -> spelling(f, code(f.codeSet(), f.maxLength(), f.type(), rng, codeOk), rng);
      case BOOLEAN -> rng.nextBoolean() ? "1" : "0";
      case JSON_OBJECT -> jsonObject(f, rng);
      case JSON_ARRAY -> jsonArray(f, rng, codeOk);
      case DATE, DATETIME -> null;
    };
  }

  String code(String codeSetId, Integer maxLength, LogicalType type, SplittableRandom rng) {
    return code(codeSetId, maxLength, type, rng, null);
  }

  private String code(String codeSetId, Integer maxLength, LogicalType type, SplittableRandom rng,
      Predicate<String> codeOk) {
    String[] codes = codes(codeSetId, maxLength, type);
    if (codeOk != null) {
      codes = Arrays.stream(codes).filter(codeOk).toArray(String[]::new);
    }
    return codes.length == 0 ? null : codes[rng.nextInt(codes.length)];
  }

  /**
   * One code in {@link #ALIAS_SHARE} is written in another spelling its set accepts (the
   * guidance's {@code Missing} for {@code M}, the older {@code 1} for {@code M}), when one fits
   * the column, so that extracts exercise aliases as real ones do.
   */
  private String spelling(Field f, String code, SplittableRandom rng) {
    if (code == null || f.codeSet() == null || rng.nextDouble() >= ALIAS_SHARE) {
      return code;
    }
    List<String> aliases = spec.codeSet(f.codeSet()).flatMap(set -> set.find(code)).map(CodeValue::aliases)
        .orElse(List.of()).stream().filter(a -> f.maxLength() == null || a.length() <= f.maxLength()).toList();
    return aliases.isEmpty() ? code : aliases.get(rng.nextInt(aliases.size()));
  }

  /**
   * The codes in use for new records, that fit the column: neither withdrawn nor deprecated, and
   * not proposed either, as no statutory return takes a proposed code yet (decision 340).
   */
  String[] codes(String codeSetId, Integer maxLength, LogicalType type) {
    String key = codeSetId + "/" + maxLength + "/" + type;
    return currentCodes.computeIfAbsent(key, k -> {
      if (codeSetId == null) {
        return type == LogicalType.FLAG ? FLAG_CODES : new String[0];
      }
      CodeSet set = spec.codeSet(codeSetId).orElse(null);
      if (set == null) {
        return new String[0];
      }
      return set.values().stream()
          .filter(v -> !v.isWithdrawn() && v.status() == Lifecycle.RELEASED)
          .map(CodeValue::code)
          .filter(c -> maxLength == null || c.length() <= maxLength)
          .toArray(String[]::new);
    });
  }

  String string(Integer maxLength, String pattern, SplittableRandom rng) {
    if (pattern != null) {
      String s = PatternSampler.sample(pattern, rng);
      Pattern p = patterns.computeIfAbsent(pattern, Pattern::compile);
      return s != null && p.matcher(s).matches() && (maxLength == null || s.length() <= maxLength)
          ? s : null;
    }
    int limit = maxLength == null ? 60 : maxLength;
    StringBuilder sb = new StringBuilder(WORDS[rng.nextInt(WORDS.length)]);
    int words = 1 + rng.nextInt(6);
    for (int i = 1; i < words; i++) {
      sb.append(' ').append(WORDS[rng.nextInt(WORDS.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    String s = sb.toString();
    return s.length() <= limit ? s : s.substring(0, limit).strip();
  }

  private static String integer(Range range, SplittableRandom rng) {
    long lo = range != null && range.min() != null ? range.min().longValue() : 0;
    long hi = range != null && range.max() != null ? range.max().longValue() : lo + 100;
    if (range != null && range.min() == null && range.max() != null) {
      lo = Math.min(0, hi);
    }
    return Long.toString(lo + rng.nextLong(hi - lo + 1));
  }

  private static String decimal(Field f, Range range, SplittableRandom rng) {
    int scale = f.scale() == null ? 2 : f.scale();
    int intDigits = f.precision() == null ? 6 : Math.max(0, f.precision() - scale);
    BigDecimal cap = BigDecimal.TEN.pow(Math.min(intDigits, 6)).subtract(BigDecimal.ONE);
    BigDecimal lo = range != null && range.min() != null ? range.min() : BigDecimal.ZERO;
    BigDecimal hi = range != null && range.max() != null
        ? range.max() : lo.add(BigDecimal.valueOf(1000).min(cap));
    BigDecimal v = lo.add(hi.subtract(lo).multiply(BigDecimal.valueOf(rng.nextDouble())));
    v = v.setScale(scale, RoundingMode.DOWN);
    if (v.compareTo(lo) < 0) {
      v = lo.setScale(scale, RoundingMode.UP);
    }
    return v.toPlainString();
  }

  private String jsonObject(Field f, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder("{");
    StringBuilder requiredOnly = new StringBuilder("{"); // what is left when the whole is too long
    for (JsonKey k : f.jsonKeys()) {
      if (!k.required() && rng.nextInt(4) == 0) {
        continue;
      }
      String v = switch (k.type()) {
        case FLAG, CODE -> Json.quote(code(k.codeSet(), k.maxLength(), k.type(), rng));
        case INTEGER -> integer(null, rng);
        case DECIMAL -> decimal(Field.builder(k.name(), k.type()).build(), null, rng);
        case BOOLEAN -> rng.nextBoolean() ? "true" : "false";
        case DATE -> Json.quote(java.time.LocalDate.of(2024, 1, 1).plusDays(rng.nextInt(365)).toString());
        default -> Json.quote(string(k.maxLength(), null, rng));
      };
      if (sb.length() > 1) {
        sb.append(',');
      }
      sb.append(Json.quote(k.name())).append(':').append(v);
      if (k.required()) {
        requiredOnly.append(requiredOnly.length() > 1 ? "," : "").append(Json.quote(k.name())).append(':').append(v);
      }
    }
    return fit(sb.append('}').toString(), f.maxLength(), fit(requiredOnly.append('}').toString(), f.maxLength(), "{}"));
  }

  private String jsonArray(Field f, SplittableRandom rng, Predicate<String> codeOk) {
    List<String> items = new ArrayList<>();
    String[] codes = f.codeSet() == null ? null : codes(f.codeSet(), null, LogicalType.CODE);
    if (codes != null && codeOk != null) {
      codes = Arrays.stream(codes).filter(codeOk).toArray(String[]::new);
    }
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      String item = codes == null ? string(40, null, rng) : codes.length == 0 ? null : codes[rng.nextInt(codes.length)];
      if (item != null && !items.contains(Json.quote(item))) {
        items.add(Json.quote(item));
      }
    }
    return fit("[" + String.join(",", items) + "]", f.maxLength(), "[]");
  }

  private static String fit(String json, Integer maxLength, String empty) {
    return maxLength == null || json.length() <= maxLength ? json : empty;
  }
}
