package io.github.ssdkit.validate.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Credentials are masked in every text a driver may hand back. */
class RedactionTest {

  @Test
  void aSqlServerPasswordInBracesMayHoldSemicolonsAndAts() {
    String url = "jdbc:sqlserver://db:1433;databaseName=ssd;user=ssd_reader;password={p@ss;word};encrypt=true";
    assertThat(Redaction.url(url)).doesNotContain("p@ss").doesNotContain("word}").doesNotContain("ssd_reader")
        .contains("databaseName=ssd").contains("encrypt=true");

    Redaction r = new Redaction(url, null, null);
    assertThat(r.message(new SQLException("Login failed; password p@ss;word was rejected")))
        .doesNotContain("p@ss").doesNotContain(";word");
  }

  @Test
  void aPasswordWithAnAtInTheUserInfoIsMaskedWhole() {
    String url = "jdbc:postgresql://reader:p@ss@db:5432/ssd";
    assertThat(Redaction.url(url)).isEqualTo("jdbc:postgresql://***@db:5432/ssd");
    assertThat(new Redaction(url, null, null).message(new SQLException("bad password p@ss"))).doesNotContain("p@ss");
  }

  @Test
  void theUserNameIsMaskedAsAWordAndCausesExplainAnEmptyMessage() {
    Redaction r = new Redaction("jdbc:postgresql://db/ssd", "ssd_reader", "hunter2");
    assertThat(r.message(new SQLException("FATAL: password authentication failed for user \"SSD_READER\"")))
        .isEqualTo("FATAL: password authentication failed for user \"***\"");
    SQLException wrapped = new SQLException(null, "28000", new SQLException("role ssd_reader: hunter2 rejected\nDETAIL: x"));
    assertThat(r.message(wrapped)).isEqualTo("role ***: *** rejected");
    // a short user name does not mangle other words
    assertThat(new Redaction("jdbc:h2:mem:x", "sa", null).message(new SQLException("usage: user sa")))
        .isEqualTo("usage: user ***");
  }

  @Test
  void everyFormTheDriversAcceptIsMasked() {
    // SQL Server trims keys and values and ignores the case of keys; PostgreSQL decodes %-escapes
    java.util.List<String> urls = java.util.List.of(
        "jdbc:sqlserver://db;databaseName=ssd;password = SECRET;user = READER",
        "jdbc:sqlserver://db;databaseName=ssd;Password=SECRET;USER=READER",
        "jdbc:sqlserver://db;databaseName=ssd;PWD =   SECRET  ;UID=  READER",
        "jdbc:sqlserver://db;databaseName=ssd;password = {SECRET};userName = {READER}",
        "jdbc:sqlserver://db;databaseName=ssd;trustStorePassword=SECRET;user\t=\tREADER",
        "jdbc:postgresql://db/ssd?user=READER&password=SECRET",
        "jdbc:postgresql://db/ssd?user=READER&password=SEC%52ET",
        "jdbc:postgresql://READER:SECRET@db/ssd");
    for (String url : urls) {
      assertThat(Redaction.url(url)).as(url).doesNotContain("SECRET").doesNotContain("SEC%52ET").doesNotContain("READER")
          .contains("db");
      Redaction r = new Redaction(url, null, null);
      assertThat(r.message(new SQLException("login of READER with SECRET failed"))).as(url)
          .isEqualTo("login of *** with *** failed");
    }
  }
}
