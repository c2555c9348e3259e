package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.SqlErrors.call;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;

/**
 * Database metadata as tools read it: what describes the tables comes from the table catalog
 * ({@link CatalogMetaData}), what describes the connection from the driver, and the SQL dialect,
 * types and limits from Calcite ({@link DialectMetaData}).
 */
final class MetaDataDelegate extends DialectMetaData {

  private final ConnectionDelegate connection;
  private final ConnectionState state;
  private final CatalogMetaData catalog;

  MetaDataDelegate(ConnectionDelegate connection, ConnectionState state) throws SQLException {
    super(state.calcite().getMetaData());
    this.connection = connection;
    this.state = state;
    this.catalog = new CatalogMetaData(state.calcite());
  }

  @Override
  public Connection getConnection() {
    return connection;
  }

  /** Never a secret: they read {@code ***}. */
  @Override
  public String getURL() {
    return state.displayUrl();
  }

  /** The AccessKey ID the connection signs its requests with. */
  @Override
  public String getUserName() {
    return state.userName();
  }

  /** Nothing is ever written. */
  @Override
  public boolean isReadOnly() {
    return true;
  }

  @Override
  public ResultSet getCatalogs() throws SQLException {
    return catalogRows(catalog::catalogs);
  }

  @Override
  public ResultSet getSchemas() throws SQLException {
    return catalogRows(() -> catalog.schemas(null));
  }

  @Override
  public ResultSet getSchemas(String catalogName, String schemaPattern) throws SQLException {
    return catalogRows(() -> catalog.schemas(schemaPattern));
  }

  @Override
  public ResultSet getTableTypes() throws SQLException {
    return catalogRows(catalog::tableTypes);
  }

  @Override
  public ResultSet getTypeInfo() throws SQLException {
    return catalogRows(() -> TypeInfo.rows(state.calcite()));
  }

  @Override
  public ResultSet getTables(String catalogName, String schemaPattern, String tableNamePattern,
      String[] types) throws SQLException {
    return catalogRows(() -> catalog.tables(schemaPattern, tableNamePattern, types));
  }

  @Override
  public ResultSet getColumns(String catalogName, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    return catalogRows(() -> catalog.columns(schemaPattern, tableNamePattern, columnNamePattern));
  }

  @Override
  public ResultSet getPrimaryKeys(String catalogName, String schema, String table)
      throws SQLException {
    return catalogRows(() -> catalog.primaryKeys(schema, table));
  }

  @Override
  public ResultSet getImportedKeys(String catalogName, String schema, String table)
      throws SQLException {
    return catalogRows(() -> catalog.importedKeys(schema, table));
  }

  @Override
  public ResultSet getExportedKeys(String catalogName, String schema, String table)
      throws SQLException {
    return catalogRows(() -> catalog.exportedKeys(schema, table));
  }

  @Override
  public ResultSet getCrossReference(String parentCatalog, String parentSchema,
      String parentTable, String foreignCatalog, String foreignSchema, String foreignTable)
      throws SQLException {
    return catalogRows(() -> catalog.crossReference(parentSchema, parentTable, foreignSchema,
        foreignTable));
  }

  @Override
  public ResultSet getIndexInfo(String catalogName, String schema, String table, boolean unique,
      boolean approximate) throws SQLException {
    return catalogRows(() -> catalog.indexInfo(schema, table));
  }

  @Override
  public ResultSet getFunctions(String catalogName, String schemaPattern,
      String functionNamePattern) throws SQLException {
    return catalogRows(catalog::functions);
  }

  /** There are no catalogs, so SQL cannot name one. */
  @Override
  public boolean supportsCatalogsInDataManipulation() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInProcedureCalls() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInTableDefinitions() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInIndexDefinitions() {
    return false;
  }

  @Override
  public boolean supportsCatalogsInPrivilegeDefinitions() {
    return false;
  }

  /** Rows stream from the API once: forward-only and read-only is the one kind there is. */
  @Override
  public boolean supportsResultSetType(int type) {
    return type == ResultSet.TYPE_FORWARD_ONLY;
  }

  @Override
  public boolean supportsResultSetConcurrency(int type, int concurrency) {
    return type == ResultSet.TYPE_FORWARD_ONLY && concurrency == ResultSet.CONCUR_READ_ONLY;
  }

  /** With no transactions a cursor outlives every (empty) commit, whichever is asked for. */
  @Override
  public boolean supportsResultSetHoldability(int holdability) {
    return holdability == ResultSet.HOLD_CURSORS_OVER_COMMIT
        || holdability == ResultSet.CLOSE_CURSORS_AT_COMMIT;
  }

  /** Nothing is ever inserted, updated or deleted, so no such change is visible or detected. */
  @Override
  public boolean ownUpdatesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean ownDeletesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean ownInsertsAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersUpdatesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersDeletesAreVisible(int type) {
    return false;
  }

  @Override
  public boolean othersInsertsAreVisible(int type) {
    return false;
  }

  @Override
  public boolean updatesAreDetected(int type) {
    return false;
  }

  @Override
  public boolean deletesAreDetected(int type) {
    return false;
  }

  @Override
  public boolean insertsAreDetected(int type) {
    return false;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return Unsupported.unwrap(this, type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type != null && type.isInstance(this);
  }

  @Override
  public String toString() {
    return "CccDatabaseMetaData[" + state.displayUrl() + "]";
  }

  /** A catalog result set; it fails as an SQLException when the connection was closed. */
  private ResultSet catalogRows(SqlErrors.SqlCall<ResultSet> rows) throws SQLException {
    connection.checkOpen();
    return new ResultSetDelegate(call(rows), null, null, ZoneOffset.UTC);
  }
}
