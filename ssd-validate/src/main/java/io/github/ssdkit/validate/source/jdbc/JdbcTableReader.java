package io.github.ssdkit.validate.source.jdbc;

import io.github.ssdkit.spec.Field;
import io.github.ssdkit.validate.source.InputProblems;
import io.github.ssdkit.validate.source.TableReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Streams one table's rows in primary-key order and turns each value into the text a CSV export
 * holds: dates {@code yyyy-MM-dd}, date-times {@code yyyy-MM-ddTHH:mm:ss}, plain numbers,
 * {@code true}/{@code false}, fixed-width text without its padding, empty text as null.
 */
final class JdbcTableReader implements TableReader {

  private final Statement statement;
  private final ResultSet rows;
  private final List<String> header;
  private final List<ColumnInfo> columns;
  private long row;
  private boolean finished;

  JdbcTableReader(Connection connection, String sql, List<Field> fields, List<ColumnInfo> columns) throws SQLException {
    this.header = fields.stream().map(Field::name).toList();
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
      String[] cells = new String[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = text(rows.getObject(i + 1), columns.get(i));
      }
      return cells;
    } catch (SQLException e) {
      String m = e.getMessage() == null ? "database error" : e.getMessage().lines().findFirst().orElse("");
      problems.report(row + 1, "input.database", true, "reading stopped: " + m);
      finished = true;
      return null;
    }
  }

  static String text(Object value, ColumnInfo column) {
    if (value == null) {
      return null;
    }
    String text;
    if (value instanceof java.sql.Timestamp ts) {
      text = dateTime(ts.toLocalDateTime());
    } else if (value instanceof LocalDateTime dt) {
      text = dateTime(dt);
    } else if (value instanceof OffsetDateTime odt) {
      text = dateTime(odt.toLocalDateTime());
    } else if (value instanceof java.sql.Date d) {
      text = d.toLocalDate().toString();
    } else if (value instanceof LocalDate d) {
      text = d.toString();
    } else if (value instanceof BigDecimal n) {
      text = n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
    } else if (value instanceof Double || value instanceof Float) {
      text = BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
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

  private static String dateTime(LocalDateTime dt) {
    String s = dt.withNano(0).toString();
    // LocalDateTime drops ":00" seconds from its text; extracts always carry them
    return s.length() == 16 ? s + ":00" : s;
  }

  @Override
  public void close() {
    try {
      rows.close();
      statement.close();
    } catch (SQLException ignored) {
      // the connection is closed with the source
    }
  }
}
