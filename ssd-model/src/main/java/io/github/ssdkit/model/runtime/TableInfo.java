package io.github.ssdkit.model.runtime;

import java.util.List;

/**
 * What a tool needs to know about a table without reflection.
 *
 * @param name the SSD table name
 * @param primaryKey the primary key columns, in key order
 * @param columns the columns, in extract order
 * @param items the SSD item reference of each column
 * @param recordType the generated record class of one row
 */
public record TableInfo(String name, List<String> primaryKey, List<String> columns, List<String> items,
    Class<? extends Record> recordType) {

  public TableInfo {
    primaryKey = List.copyOf(primaryKey);
    columns = List.copyOf(columns);
    items = List.copyOf(items);
  }
}
