package io.github.ssdkit.validate.source.jdbc;

import java.sql.SQLException;
import java.util.Properties;

/** Keeps credentials out of anything a person or a log sees. */
final class Redaction {

  private Redaction() {}

  /** The URL without user names, passwords or secrets written into it. */
  static String url(String url) {
    return url
        .replaceAll("(?i)(password|pwd|user|username|secret|token)=[^;&]*", "$1=***")
        .replaceAll("//[^/@;]*@", "//***@");
  }

  /** The first line of a database error, with any credential text removed. */
  static String message(SQLException e, Properties credentials) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    String password = credentials.getProperty("password");
    if (password != null && !password.isEmpty()) {
      m = m.replace(password, "***");
    }
    return url(m).strip();
  }
}
