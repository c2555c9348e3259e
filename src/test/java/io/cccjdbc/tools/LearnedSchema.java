package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tool learned about the schema from DatabaseMetaData, call by call, and the checks
 * that those answers agree with each other the way the tool relies on.
 */
final class LearnedSchema {

  record Column(String name, int dataType, String typeName, int nullable) {
  }

  record KeyColumn(String column, int keySeq, String keyName) {
  }

  record ForeignKeyColumn(String name, String table, String column, String referencedTable,
      String referencedColumn, int keySeq, String referencedKeyName) {
  }

  private final Map<String, List<Column>> columns = new LinkedHashMap<>();
  private final Map<String, List<KeyColumn>> primaryKeys = new TreeMap<>();
  private final List<ForeignKeyColumn> foreignKeys = new ArrayList<>();

  void table(String name) {
    assertFalse(columns.containsKey(name), "table listed twice: " + name);
    columns.put(name, new ArrayList<>());
  }

  List<String> tables() {
    return List.copyOf(columns.keySet());
  }

  List<Column> columns(String table) {
    return columns.get(table);
  }

  /** Reads the current row of a getColumns result set, as both tools name its columns. */
  void column(ResultSet row) throws SQLException {
    String table = row.getString("TABLE_NAME");
    assertTrue(columns.containsKey(table), "column of a table getTables did not list: " + table);
    columns.get(table).add(new Column(row.getString("COLUMN_NAME"), row.getInt("DATA_TYPE"),
        row.getString("TYPE_NAME"), row.getInt("NULLABLE")));
  }

  void primaryKey(String table, String column, int keySeq, String keyName) {
    primaryKeys.computeIfAbsent(table, t -> new ArrayList<>())
        .add(new KeyColumn(column, keySeq, keyName));
  }

  List<String> primaryKey(String table) {
    return primaryKeys.getOrDefault(table, List.of()).stream()
        .sorted(Comparator.comparingInt(KeyColumn::keySeq)).map(KeyColumn::column).toList();
  }

  void foreignKey(ForeignKeyColumn column) {
    foreignKeys.add(column);
  }

  List<ForeignKeyColumn> foreignKeys() {
    return List.copyOf(foreignKeys);
  }

  void assertConsistent() {
    assertFalse(columns.isEmpty(), "no tables");
    columns.forEach((table, list) -> assertFalse(list.isEmpty(), table + " has no columns"));
    primaryKeys.forEach(this::assertPrimaryKey);
    for (ForeignKeyColumn key : foreignKeys) {
      String where = key.name() + " " + key.table() + "." + key.column();
      Column column = column(key.table(), key.column(), where);
      Column referenced = column(key.referencedTable(), key.referencedColumn(), where);
      assertEquals(referenced.dataType(), column.dataType(), where);
      List<String> referencedKey = primaryKey(key.referencedTable());
      assertTrue(key.keySeq() >= 1 && key.keySeq() <= referencedKey.size(), where);
      assertEquals(referencedKey.get(key.keySeq() - 1), key.referencedColumn(),
          where + ": a foreign key refers to the primary key, column by column");
      if (key.referencedKeyName() != null) {
        assertEquals(primaryKeys.get(key.referencedTable()).get(0).keyName(),
            key.referencedKeyName(), where);
      }
    }
  }

  private void assertPrimaryKey(String table, List<KeyColumn> key) {
    assertTrue(columns.containsKey(table), "key of an unlisted table " + table);
    List<Integer> sequence = key.stream().map(KeyColumn::keySeq).sorted().toList();
    for (int i = 0; i < sequence.size(); i++) {
      assertEquals(i + 1, sequence.get(i), table + " KEY_SEQ");
    }
    for (KeyColumn column : key) {
      Column described = column(table, column.column(), table + " primary key");
      assertEquals(DatabaseMetaData.columnNoNulls, described.nullable(),
          table + "." + column.column() + " is a key column, so NOT NULL");
      assertEquals(key.get(0).keyName(), column.keyName(), table);
    }
  }

  private Column column(String table, String name, String where) {
    List<Column> list = columns.get(table);
    assertNotNull(list, where + ": no table " + table);
    return list.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(where + ": no column " + table + "." + name));
  }
}
