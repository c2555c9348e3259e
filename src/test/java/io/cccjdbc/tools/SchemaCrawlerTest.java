package io.cccjdbc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.calcite.CccTables;
import io.cccjdbc.calcite.ColumnDef;
import io.cccjdbc.calcite.ForeignKey;
import io.cccjdbc.calcite.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.DataTypeType;
import schemacrawler.schema.Index;
import schemacrawler.schema.PrimaryKey;
import schemacrawler.schema.Schema;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * SchemaCrawler, a real metadata client, crawls the demo at its maximum info level: it calls
 * nearly every DatabaseMetaData method, and logs through java.util.logging whatever it finds
 * wrong (a method that throws, a key whose column it cannot find, a type it does not know).
 */
class SchemaCrawlerTest {

  private static final List<String> LOGGERS = List.of("schemacrawler", "us.fatehi");

  private final List<LogRecord> records = new ArrayList<>();
  private final List<Logger> loggers = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (records) {
        records.add(record);
      }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  @BeforeEach
  void captureLogs() {
    capture.setLevel(Level.ALL);
    for (String name : LOGGERS) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      logger.setLevel(Level.ALL);
      logger.setUseParentHandlers(false);
      logger.addHandler(capture);
    }
  }

  @AfterEach
  void restoreLogs() {
    for (Logger logger : loggers) {
      logger.removeHandler(capture);
      logger.setUseParentHandlers(true);
      logger.setLevel(null);
    }
  }

  @Test
  void crawlsEveryTableColumnRemarkAndKeyWithoutAWarning() throws Exception {
    Catalog catalog;
    try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true")) {
      catalog = SchemaCrawlerUtility.getCatalog(
          DatabaseConnectionSources.fromConnection(connection), maximumOptions());
    }

    assertEquals("Alibaba Cloud Contact Center", catalog.getDatabaseInfo().getProductName());
    assertEquals(List.of("ccc"), catalog.getSchemas().stream().map(Schema::getFullName).toList());
    Schema schema = catalog.lookupSchema("ccc").orElseThrow();
    assertEquals(CccTables.ALL.size(), catalog.getTables(schema).size());
    for (TableDef def : CccTables.ALL) {
      Table table = catalog.lookupTable(schema, def.name()).orElseThrow();
      assertEquals(def.remark(), table.getRemarks());
      assertColumns(def, table);
      assertPrimaryKey(def, table);
      assertForeignKeys(def, table);
    }
    assertNoProblemsLogged();
  }

  private static SchemaCrawlerOptions maximumOptions() {
    return SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
        .withLimitOptions(LimitOptionsBuilder.builder()
            .includeAllRoutines().includeAllSequences().includeAllSynonyms().toOptions())
        .withLoadOptions(LoadOptionsBuilder.builder()
            .withSchemaInfoLevel(SchemaInfoLevelBuilder.maximum()).toOptions());
  }

  private static void assertColumns(TableDef def, Table table) {
    List<Column> columns = table.getColumns();
    assertEquals(def.columns().size(), columns.size(), def.name());
    for (int i = 0; i < columns.size(); i++) {
      ColumnDef expected = def.columns().get(i);
      Column column = columns.get(i);
      String where = def.name() + "." + expected.name();
      assertEquals(expected.name(), column.getName(), where);
      assertEquals(expected.type().getName(), column.getColumnDataType().getName(), where);
      assertEquals(DataTypeType.system, column.getColumnDataType().getType(),
          where + ": the type is one getTypeInfo lists");
      assertEquals(expected.type().getJdbcOrdinal(),
          column.getColumnDataType().getJavaSqlType().getVendorTypeNumber(), where);
      assertEquals(expected.nullable(), column.isNullable(), where);
      assertEquals(expected.remark(), column.getRemarks(), where);
    }
  }

  private static void assertPrimaryKey(TableDef def, Table table) {
    PrimaryKey key = table.getPrimaryKey();
    assertEquals("pk_" + def.name(), key.getName());
    assertEquals(def.primaryKey(), key.getConstrainedColumns().stream()
        .map(TableConstraintColumn::getName).toList());
    Index index = table.getIndexes().stream().findFirst().orElseThrow();
    assertEquals(1, table.getIndexes().size(), def.name());
    assertTrue(index.isUnique());
    assertEquals(def.primaryKey(), index.getColumns().stream().map(Column::getName).toList());
  }

  private static void assertForeignKeys(TableDef def, Table table) {
    assertEquals(def.foreignKeys().size(), table.getImportedForeignKeys().size(), def.name());
    for (ForeignKey expected : def.foreignKeys()) {
      schemacrawler.schema.ForeignKey key = table.lookupForeignKey(
          "fk_" + def.name() + "_" + expected.referencedTable()).orElseThrow();
      assertEquals(expected.referencedTable(), key.getPrimaryKeyTable().getName());
      List<ColumnReference> references = key.getColumnReferences();
      assertEquals(expected.columns(),
          references.stream().map(r -> r.getForeignKeyColumn().getName()).toList());
      assertEquals(expected.referencedColumns(),
          references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList());
    }
  }

  /**
   * Nothing at WARNING or above, and no exception at any level: SchemaCrawler logs a metadata
   * method that throws at FINE and carries on, so the level alone would hide it.
   */
  private void assertNoProblemsLogged() {
    List<String> problems = new ArrayList<>();
    synchronized (records) {
      assertFalse(records.isEmpty(), "the capture sees SchemaCrawler's log");
      for (LogRecord record : records) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()
            || record.getThrown() != null) {
          problems.add(record.getLevel() + " " + record.getLoggerName() + ": "
              + record.getMessage() + " " + record.getThrown());
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
