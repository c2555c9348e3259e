package io.cccjdbc.jdbc;

import java.lang.reflect.Method;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;

/**
 * Database metadata as tools read it: what describes the tables comes from the table catalog
 * ({@link CatalogMetaData}), the rest (SQL dialect, types, limits) from Calcite.
 */
final class MetaDataBoundary extends Boundary {

  private final ConnectionState state;
  private final CatalogMetaData catalog;

  private MetaDataBoundary(DatabaseMetaData metaData, ConnectionState state) {
    super(metaData);
    this.state = state;
    this.catalog = new CatalogMetaData(state.calcite());
  }

  static DatabaseMetaData wrap(DatabaseMetaData metaData, ConnectionState state) {
    return proxy(DatabaseMetaData.class, new MetaDataBoundary(metaData, state));
  }

  @Override
  Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
    Object result = switch (method.getName()) {
      case "getConnection" -> state.proxy();
      case "getURL" -> state.displayUrl();
      // There are no catalogs, so SQL cannot name one.
      case "supportsCatalogsInDataManipulation", "supportsCatalogsInProcedureCalls",
          "supportsCatalogsInTableDefinitions", "supportsCatalogsInIndexDefinitions",
          "supportsCatalogsInPrivilegeDefinitions" -> false;
      // Avatica leaves these unimplemented. Nothing is ever inserted, updated or deleted, so
      // no such change can be visible or detected; and with no transactions a cursor outlives
      // every (empty) commit, whichever holdability is asked for.
      case "ownUpdatesAreVisible", "ownDeletesAreVisible", "ownInsertsAreVisible",
          "othersUpdatesAreVisible", "othersDeletesAreVisible", "othersInsertsAreVisible",
          "updatesAreDetected", "deletesAreDetected", "insertsAreDetected" -> false;
      case "supportsResultSetHoldability" ->
          (int) args[0] == ResultSet.HOLD_CURSORS_OVER_COMMIT
              || (int) args[0] == ResultSet.CLOSE_CURSORS_AT_COMMIT;
      case "getCatalogs" -> catalog.catalogs();
      case "getSchemas" -> catalog.schemas(args == null ? null : text(args, 1));
      case "getTableTypes" -> catalog.tableTypes();
      case "getTables" -> catalog.tables(text(args, 1), text(args, 2), (String[]) args[3]);
      case "getColumns" -> catalog.columns(text(args, 1), text(args, 2), text(args, 3));
      case "getPrimaryKeys" -> catalog.primaryKeys(text(args, 1), text(args, 2));
      case "getImportedKeys" -> catalog.importedKeys(text(args, 1), text(args, 2));
      case "getExportedKeys" -> catalog.exportedKeys(text(args, 1), text(args, 2));
      case "getCrossReference" ->
          catalog.crossReference(text(args, 1), text(args, 2), text(args, 4), text(args, 5));
      case "getIndexInfo" -> catalog.indexInfo(text(args, 1), text(args, 2));
      case "getFunctions" -> catalog.functions();
      default -> forward(method, args);
    };
    return result instanceof ResultSet rows ? ResultSetBoundary.wrap(rows, null, null) : result;
  }

  private static String text(Object[] args, int index) {
    return (String) args[index];
  }

  @Override
  String describe() {
    return "CccDatabaseMetaData[" + state.displayUrl() + "]";
  }
}
