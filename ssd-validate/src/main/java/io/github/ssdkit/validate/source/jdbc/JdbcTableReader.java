package io.github.ssdkit.validate.source.jdbc;

import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Streams one table's rows in primary-key order, on a connection of its own, and turns each value
 * into the text a CSV export holds: dates {@code yyyy-MM-dd}, date-times
 * {@code yyyy-MM-ddTHH:mm:ss} (with a fraction when there is one), plain numbers,
 * {@code true}/{@code false} ({@code Y}/{@code N} for the spec's flag columns), fixed-width text without its padding, empty text as null. Columns
 * the spec does not know are named in the header (so they are reported as in a file) but never
 * read.
 */
final class JdbcTableReader implements TableReader {

  private final Connection connection;
  private final Redaction redaction;
  private final Statement statement;
  private final ResultSet rows;
  private final List<String> header;
  private final List<ColumnInfo> columns;
  private long row;
  private boolean finished;

  JdbcTableReader(Connection connection, Redaction redaction, String sql, List<String> fields, List<ColumnInfo> columns,
      List<String> unknown) throws SQLException {
    this.connection = connection;
    this.redaction = redaction;
    List<String> names = new ArrayList<>(fields);
    names.addAll(unknown);
    this.header = List.copyOf(names);
    this.columns = List.copyOf(columns);
    this.statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(JdbcSource.FETCH_SIZE);
    this.rows = statement.executeQuery(sql);
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public String[] next(InputProblems problems) {
    if (finished) {
      return null;
    }
    try {
      if (!rows.next()) {
        finished = true;
        return null;
      }
      row++;
      // cells of unknown columns stay null
      String[] cells = new String[header.size()];
      for (int i = 0; i < columns.size(); i++) {
        cells[i] = read(rows, i + 1, columns.get(i));
      }
      return cells;
    } catch (SQLException | RuntimeException e) {
      // a dropped connection, a statement timeout, a value the driver cannot convert
      problems.report(row + 1, "input.database", true, "reading stopped: " + redaction.message(e));
      finished = true;
      return null;
    }
  }

  /**
   * Reads temporal values as java.time objects, never java.sql.Timestamp: those pass through the
   * JVM's time zone, which moves a time in a daylight-saving gap (01:30 on the last Sunday of March
   * in London) by an hour.
   */
  static String read(ResultSet rs, int index, ColumnInfo column) throws SQLException {
    if (column.isText()) {
      return text(rs.getString(index), column);
    }
    if (column.isOffsetDateTime()) {
      OffsetDateTime odt = rs.getObject(index, OffsetDateTime.class);
      // as a session in this machine's time zone shows it; PostgreSQL keeps only the instant
      return odt == null ? null : dateTime(odt.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime());
    }
    if (column.yesNo()) {
      boolean yes = rs.getBoolean(index);
      return rs.wasNull() ? null : yes ? "Y" : "N";
    }
    return switch (column.jdbcType()) {
      case Types.DATE -> text(rs.getObject(index, LocalDate.class), column);
      case Types.TIMESTAMP -> text(rs.getObject(index, LocalDateTime.class), column);
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL, Types.REAL,
          Types.FLOAT, Types.DOUBLE, Types.BIT, Types.BOOLEAN -> text(rs.getObject(index), column);
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> text(rs.getBytes(index), column);
      // JSON, UUID, arrays, XML, intervals...: the driver's own text, as an export writes it
      default -> text(rs.getString(index), column);
    };
  }

  static String text(Object value, ColumnInfo column) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof LocalDateTime dt) {
      text = dateTime(dt);
    } else if (value instanceof LocalDate d) {
      text = d.toString();
    } else if (value instanceof BigDecimal n) {
      text = n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    } else if (value instanceof Double || value instanceof Float) {
      text = floating((Number) value);
    } else if (value instanceof byte[] bytes) {
      text = HexFormat.of().formatHex(bytes);
    } else {
      text = value.toString();
    }
    if (column.isFixedWidthText()) {
      text = text.stripTrailing();
    }
    return text.isEmpty() ? null : text;
  }

  /**
   * The shortest decimal that is the stored value: a REAL's 0.1 is 0.1, not the 0.100000001490116
   * its widening to double shows. NaN and infinities have no decimal and are passed on as words.
   */
  private static String floating(Number n) {
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return n.toString();
    }
    BigDecimal exact = new BigDecimal(n instanceof Float f ? Float.toString(f) : Double.toString(d));
    return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
  }

  private static String dateTime(LocalDateTime dt) {
    String s = dt.toString();
    // LocalDateTime drops ":00" seconds from its text; extracts always carry them
    return s.length() == 16 ? s + ":00" : s;
  }

  @Override
  public void close() {
    try (connection; statement; rows) {
      connection.rollback();
    } catch (SQLException ignored) {
      // a dropped connection has nothing left to roll back or close
    }
  }
}
