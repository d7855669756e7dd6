package io.github.ssdkit.validate.source.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of anything a person or a log sees: the user name and password given,
 * and any written into the URL, are masked wherever a driver repeats them.
 */
final class Redaction {

  /**
   * key=value credentials in a URL, as the drivers read them: SQL Server ignores the case of keys
   * and trims spaces around keys and values, and lets a value hold ';' inside braces ({p;w});
   * PostgreSQL takes them as query parameters, %-escaped.
   */
  private static final Pattern URL_SECRET = Pattern.compile(
      "(?i)(password|pwd|user|username|uid|secret|token)(\\s*)=(\\s*)(\\{(?:[^}]|\\}\\})*\\}?|[^;&]*)");
  /** user:password@ before a host; up to the last '@' of the authority, as a password may hold '@'. */
  private static final Pattern USER_INFO = Pattern.compile("//[^/?;]*@");

  /** Masked wherever they appear. */
  private final List<String> secrets = new ArrayList<>();
  /** User names, masked as whole words only, so a short one such as "sa" does not mangle other words. */
  private final List<String> users = new ArrayList<>();

  Redaction(String url, String user, String password) {
    add(users, user);
    add(secrets, password);
    if (url != null) {
      Matcher m = URL_SECRET.matcher(url);
      while (m.find()) {
        List<String> list = m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("u") ? users : secrets;
        String v = m.group(4).strip();
        add(list, v);
        if (v.startsWith("{") && v.endsWith("}")) {
          add(list, v.substring(1, v.length() - 1).replace("}}", "}"));
        }
        add(list, decoded(v));
      }
      Matcher info = USER_INFO.matcher(url);
      if (info.find()) {
        String userInfo = info.group().substring(2, info.group().length() - 1);
        add(secrets, userInfo);
        String[] parts = userInfo.split(":", 2);
        add(users, parts[0]);
        add(secrets, parts.length > 1 ? parts[1] : null);
      }
    }
    // the longest first, so a secret containing another is masked whole
    secrets.sort((a, b) -> b.length() - a.length());
  }

  /** A %-escaped value as PostgreSQL's driver decodes it; null when it holds no escape or a broken one. */
  private static String decoded(String v) {
    if (v.indexOf('%') < 0) {
      return null;
    }
    try {
      return java.net.URLDecoder.decode(v.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void add(List<String> list, String s) {
    if (s != null && !s.isBlank()) {
      list.add(s);
    }
  }

  /** The URL without user names, passwords or secrets written into it. */
  static String url(String url) {
    String masked = URL_SECRET.matcher(url).replaceAll("$1$2=$3***");
    return USER_INFO.matcher(masked).replaceAll("//***@");
  }

  /**
   * The first line of a database error, with any credential text removed. A driver that wraps
   * the real cause without a message of its own is explained by the first cause that has one.
   */
  String message(Throwable e) {
    Throwable t = e;
    while (t != null && (t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t == null || t.getMessage() == null || t.getMessage().isBlank() ? e.getClass().getSimpleName() : t.getMessage();
    return text(m.lines().findFirst().orElse(""));
  }

  /** Any text with the credentials masked. */
  String text(String m) {
    for (String s : secrets) {
      m = m.replace(s, "***");
    }
    for (String user : users) {
      m = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(user) + "(?![\\p{L}\\p{N}_])", Pattern.CASE_INSENSITIVE)
          .matcher(m).replaceAll("***");
    }
    return url(m).strip();
  }
}
