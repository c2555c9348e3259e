package io.cccjdbc.jdbc;

import static io.cccjdbc.jdbc.SqlErrors.call;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLException;
import java.time.ZoneOffset;

/**
 * The part of {@link DatabaseMetaData} that describes the SQL dialect, its types, functions and
 * limits: Calcite's answers, each call through {@link SqlErrors}, and result sets wrapped as the
 * driver's own. What describes the tables and the connection is {@link MetaDataDelegate}'s.
 */
abstract class DialectMetaData implements DatabaseMetaData {

  private final DatabaseMetaData metaData;

  DialectMetaData(DatabaseMetaData metaData) {
    this.metaData = metaData;
  }

  @Override
  public boolean allProceduresAreCallable() throws SQLException {
    return call(metaData::allProceduresAreCallable);
  }

  @Override
  public boolean allTablesAreSelectable() throws SQLException {
    return call(metaData::allTablesAreSelectable);
  }

  @Override
  public boolean nullsAreSortedHigh() throws SQLException {
    return call(metaData::nullsAreSortedHigh);
  }

  @Override
  public boolean nullsAreSortedLow() throws SQLException {
    return call(metaData::nullsAreSortedLow);
  }

  @Override
  public boolean nullsAreSortedAtStart() throws SQLException {
    return call(metaData::nullsAreSortedAtStart);
  }

  @Override
  public boolean nullsAreSortedAtEnd() throws SQLException {
    return call(metaData::nullsAreSortedAtEnd);
  }

  @Override
  public String getDatabaseProductName() throws SQLException {
    return call(metaData::getDatabaseProductName);
  }

  @Override
  public String getDatabaseProductVersion() throws SQLException {
    return call(metaData::getDatabaseProductVersion);
  }

  @Override
  public String getDriverName() throws SQLException {
    return call(metaData::getDriverName);
  }

  @Override
  public String getDriverVersion() throws SQLException {
    return call(metaData::getDriverVersion);
  }

  @Override
  public int getDriverMajorVersion() {
    return metaData.getDriverMajorVersion();
  }

  @Override
  public int getDriverMinorVersion() {
    return metaData.getDriverMinorVersion();
  }

  @Override
  public boolean usesLocalFiles() throws SQLException {
    return call(metaData::usesLocalFiles);
  }

  @Override
  public boolean usesLocalFilePerTable() throws SQLException {
    return call(metaData::usesLocalFilePerTable);
  }

  @Override
  public boolean supportsMixedCaseIdentifiers() throws SQLException {
    return call(metaData::supportsMixedCaseIdentifiers);
  }

  @Override
  public boolean storesUpperCaseIdentifiers() throws SQLException {
    return call(metaData::storesUpperCaseIdentifiers);
  }

  @Override
  public boolean storesLowerCaseIdentifiers() throws SQLException {
    return call(metaData::storesLowerCaseIdentifiers);
  }

  @Override
  public boolean storesMixedCaseIdentifiers() throws SQLException {
    return call(metaData::storesMixedCaseIdentifiers);
  }

  @Override
  public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
    return call(metaData::supportsMixedCaseQuotedIdentifiers);
  }

  @Override
  public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
    return call(metaData::storesUpperCaseQuotedIdentifiers);
  }

  @Override
  public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
    return call(metaData::storesLowerCaseQuotedIdentifiers);
  }

  @Override
  public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
    return call(metaData::storesMixedCaseQuotedIdentifiers);
  }

  @Override
  public String getIdentifierQuoteString() throws SQLException {
    return call(metaData::getIdentifierQuoteString);
  }

  @Override
  public String getSQLKeywords() throws SQLException {
    return call(metaData::getSQLKeywords);
  }

  @Override
  public String getNumericFunctions() throws SQLException {
    return call(metaData::getNumericFunctions);
  }

  @Override
  public String getStringFunctions() throws SQLException {
    return call(metaData::getStringFunctions);
  }

  @Override
  public String getSystemFunctions() throws SQLException {
    return call(metaData::getSystemFunctions);
  }

  @Override
  public String getTimeDateFunctions() throws SQLException {
    return call(metaData::getTimeDateFunctions);
  }

  @Override
  public String getSearchStringEscape() throws SQLException {
    return call(metaData::getSearchStringEscape);
  }

  @Override
  public String getExtraNameCharacters() throws SQLException {
    return call(metaData::getExtraNameCharacters);
  }

  @Override
  public boolean supportsAlterTableWithAddColumn() throws SQLException {
    return call(metaData::supportsAlterTableWithAddColumn);
  }

  @Override
  public boolean supportsAlterTableWithDropColumn() throws SQLException {
    return call(metaData::supportsAlterTableWithDropColumn);
  }

  @Override
  public boolean supportsColumnAliasing() throws SQLException {
    return call(metaData::supportsColumnAliasing);
  }

  @Override
  public boolean nullPlusNonNullIsNull() throws SQLException {
    return call(metaData::nullPlusNonNullIsNull);
  }

  @Override
  public boolean supportsConvert() throws SQLException {
    return call(metaData::supportsConvert);
  }

  @Override
  public boolean supportsConvert(int fromType, int toType) throws SQLException {
    return call(() -> metaData.supportsConvert(fromType, toType));
  }

  @Override
  public boolean supportsTableCorrelationNames() throws SQLException {
    return call(metaData::supportsTableCorrelationNames);
  }

  @Override
  public boolean supportsDifferentTableCorrelationNames() throws SQLException {
    return call(metaData::supportsDifferentTableCorrelationNames);
  }

  @Override
  public boolean supportsExpressionsInOrderBy() throws SQLException {
    return call(metaData::supportsExpressionsInOrderBy);
  }

  @Override
  public boolean supportsOrderByUnrelated() throws SQLException {
    return call(metaData::supportsOrderByUnrelated);
  }

  @Override
  public boolean supportsGroupBy() throws SQLException {
    return call(metaData::supportsGroupBy);
  }

  @Override
  public boolean supportsGroupByUnrelated() throws SQLException {
    return call(metaData::supportsGroupByUnrelated);
  }

  @Override
  public boolean supportsGroupByBeyondSelect() throws SQLException {
    return call(metaData::supportsGroupByBeyondSelect);
  }

  @Override
  public boolean supportsLikeEscapeClause() throws SQLException {
    return call(metaData::supportsLikeEscapeClause);
  }

  @Override
  public boolean supportsMultipleResultSets() throws SQLException {
    return call(metaData::supportsMultipleResultSets);
  }

  @Override
  public boolean supportsMultipleTransactions() throws SQLException {
    return call(metaData::supportsMultipleTransactions);
  }

  @Override
  public boolean supportsNonNullableColumns() throws SQLException {
    return call(metaData::supportsNonNullableColumns);
  }

  @Override
  public boolean supportsMinimumSQLGrammar() throws SQLException {
    return call(metaData::supportsMinimumSQLGrammar);
  }

  @Override
  public boolean supportsCoreSQLGrammar() throws SQLException {
    return call(metaData::supportsCoreSQLGrammar);
  }

  @Override
  public boolean supportsExtendedSQLGrammar() throws SQLException {
    return call(metaData::supportsExtendedSQLGrammar);
  }

  @Override
  public boolean supportsANSI92EntryLevelSQL() throws SQLException {
    return call(metaData::supportsANSI92EntryLevelSQL);
  }

  @Override
  public boolean supportsANSI92IntermediateSQL() throws SQLException {
    return call(metaData::supportsANSI92IntermediateSQL);
  }

  @Override
  public boolean supportsANSI92FullSQL() throws SQLException {
    return call(metaData::supportsANSI92FullSQL);
  }

  @Override
  public boolean supportsIntegrityEnhancementFacility() throws SQLException {
    return call(metaData::supportsIntegrityEnhancementFacility);
  }

  @Override
  public boolean supportsOuterJoins() throws SQLException {
    return call(metaData::supportsOuterJoins);
  }

  @Override
  public boolean supportsFullOuterJoins() throws SQLException {
    return call(metaData::supportsFullOuterJoins);
  }

  @Override
  public boolean supportsLimitedOuterJoins() throws SQLException {
    return call(metaData::supportsLimitedOuterJoins);
  }

  @Override
  public String getSchemaTerm() throws SQLException {
    return call(metaData::getSchemaTerm);
  }

  @Override
  public String getProcedureTerm() throws SQLException {
    return call(metaData::getProcedureTerm);
  }

  @Override
  public String getCatalogTerm() throws SQLException {
    return call(metaData::getCatalogTerm);
  }

  @Override
  public boolean isCatalogAtStart() throws SQLException {
    return call(metaData::isCatalogAtStart);
  }

  @Override
  public String getCatalogSeparator() throws SQLException {
    return call(metaData::getCatalogSeparator);
  }

  @Override
  public boolean supportsSchemasInDataManipulation() throws SQLException {
    return call(metaData::supportsSchemasInDataManipulation);
  }

  @Override
  public boolean supportsSchemasInProcedureCalls() throws SQLException {
    return call(metaData::supportsSchemasInProcedureCalls);
  }

  @Override
  public boolean supportsSchemasInTableDefinitions() throws SQLException {
    return call(metaData::supportsSchemasInTableDefinitions);
  }

  @Override
  public boolean supportsSchemasInIndexDefinitions() throws SQLException {
    return call(metaData::supportsSchemasInIndexDefinitions);
  }

  @Override
  public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
    return call(metaData::supportsSchemasInPrivilegeDefinitions);
  }

  @Override
  public boolean supportsPositionedDelete() throws SQLException {
    return call(metaData::supportsPositionedDelete);
  }

  @Override
  public boolean supportsPositionedUpdate() throws SQLException {
    return call(metaData::supportsPositionedUpdate);
  }

  @Override
  public boolean supportsSelectForUpdate() throws SQLException {
    return call(metaData::supportsSelectForUpdate);
  }

  @Override
  public boolean supportsStoredProcedures() throws SQLException {
    return call(metaData::supportsStoredProcedures);
  }

  @Override
  public boolean supportsSubqueriesInComparisons() throws SQLException {
    return call(metaData::supportsSubqueriesInComparisons);
  }

  @Override
  public boolean supportsSubqueriesInExists() throws SQLException {
    return call(metaData::supportsSubqueriesInExists);
  }

  @Override
  public boolean supportsSubqueriesInIns() throws SQLException {
    return call(metaData::supportsSubqueriesInIns);
  }

  @Override
  public boolean supportsSubqueriesInQuantifieds() throws SQLException {
    return call(metaData::supportsSubqueriesInQuantifieds);
  }

  @Override
  public boolean supportsCorrelatedSubqueries() throws SQLException {
    return call(metaData::supportsCorrelatedSubqueries);
  }

  @Override
  public boolean supportsUnion() throws SQLException {
    return call(metaData::supportsUnion);
  }

  @Override
  public boolean supportsUnionAll() throws SQLException {
    return call(metaData::supportsUnionAll);
  }

  @Override
  public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
    return call(metaData::supportsOpenCursorsAcrossCommit);
  }

  @Override
  public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
    return call(metaData::supportsOpenCursorsAcrossRollback);
  }

  @Override
  public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
    return call(metaData::supportsOpenStatementsAcrossCommit);
  }

  @Override
  public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
    return call(metaData::supportsOpenStatementsAcrossRollback);
  }

  @Override
  public int getMaxBinaryLiteralLength() throws SQLException {
    return call(metaData::getMaxBinaryLiteralLength);
  }

  @Override
  public int getMaxCharLiteralLength() throws SQLException {
    return call(metaData::getMaxCharLiteralLength);
  }

  @Override
  public int getMaxColumnNameLength() throws SQLException {
    return call(metaData::getMaxColumnNameLength);
  }

  @Override
  public int getMaxColumnsInGroupBy() throws SQLException {
    return call(metaData::getMaxColumnsInGroupBy);
  }

  @Override
  public int getMaxColumnsInIndex() throws SQLException {
    return call(metaData::getMaxColumnsInIndex);
  }

  @Override
  public int getMaxColumnsInOrderBy() throws SQLException {
    return call(metaData::getMaxColumnsInOrderBy);
  }

  @Override
  public int getMaxColumnsInSelect() throws SQLException {
    return call(metaData::getMaxColumnsInSelect);
  }

  @Override
  public int getMaxColumnsInTable() throws SQLException {
    return call(metaData::getMaxColumnsInTable);
  }

  @Override
  public int getMaxConnections() throws SQLException {
    return call(metaData::getMaxConnections);
  }

  @Override
  public int getMaxCursorNameLength() throws SQLException {
    return call(metaData::getMaxCursorNameLength);
  }

  @Override
  public int getMaxIndexLength() throws SQLException {
    return call(metaData::getMaxIndexLength);
  }

  @Override
  public int getMaxSchemaNameLength() throws SQLException {
    return call(metaData::getMaxSchemaNameLength);
  }

  @Override
  public int getMaxProcedureNameLength() throws SQLException {
    return call(metaData::getMaxProcedureNameLength);
  }

  @Override
  public int getMaxCatalogNameLength() throws SQLException {
    return call(metaData::getMaxCatalogNameLength);
  }

  @Override
  public int getMaxRowSize() throws SQLException {
    return call(metaData::getMaxRowSize);
  }

  @Override
  public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
    return call(metaData::doesMaxRowSizeIncludeBlobs);
  }

  @Override
  public int getMaxStatementLength() throws SQLException {
    return call(metaData::getMaxStatementLength);
  }

  @Override
  public int getMaxStatements() throws SQLException {
    return call(metaData::getMaxStatements);
  }

  @Override
  public int getMaxTableNameLength() throws SQLException {
    return call(metaData::getMaxTableNameLength);
  }

  @Override
  public int getMaxTablesInSelect() throws SQLException {
    return call(metaData::getMaxTablesInSelect);
  }

  @Override
  public int getMaxUserNameLength() throws SQLException {
    return call(metaData::getMaxUserNameLength);
  }

  @Override
  public int getDefaultTransactionIsolation() throws SQLException {
    return call(metaData::getDefaultTransactionIsolation);
  }

  @Override
  public boolean supportsTransactions() throws SQLException {
    return call(metaData::supportsTransactions);
  }

  @Override
  public boolean supportsTransactionIsolationLevel(int level) throws SQLException {
    return call(() -> metaData.supportsTransactionIsolationLevel(level));
  }

  @Override
  public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
    return call(metaData::supportsDataDefinitionAndDataManipulationTransactions);
  }

  @Override
  public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
    return call(metaData::supportsDataManipulationTransactionsOnly);
  }

  @Override
  public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
    return call(metaData::dataDefinitionCausesTransactionCommit);
  }

  @Override
  public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
    return call(metaData::dataDefinitionIgnoredInTransactions);
  }

  @Override
  public ResultSet getProcedures(String catalog, String schemaPattern,
      String procedureNamePattern) throws SQLException {
    return rows(() -> metaData.getProcedures(catalog, schemaPattern, procedureNamePattern));
  }

  @Override
  public ResultSet getProcedureColumns(String catalog, String schemaPattern,
      String procedureNamePattern, String columnNamePattern) throws SQLException {
    return rows(() -> metaData.getProcedureColumns(catalog, schemaPattern, procedureNamePattern,
        columnNamePattern));
  }

  @Override
  public ResultSet getColumnPrivileges(String catalog, String schema, String table,
      String columnNamePattern) throws SQLException {
    return rows(() -> metaData.getColumnPrivileges(catalog, schema, table, columnNamePattern));
  }

  @Override
  public ResultSet getTablePrivileges(String catalog, String schemaPattern,
      String tableNamePattern) throws SQLException {
    return rows(() -> metaData.getTablePrivileges(catalog, schemaPattern, tableNamePattern));
  }

  @Override
  public ResultSet getBestRowIdentifier(String catalog, String schema, String table, int scope,
      boolean nullable) throws SQLException {
    return rows(() -> metaData.getBestRowIdentifier(catalog, schema, table, scope, nullable));
  }

  @Override
  public ResultSet getVersionColumns(String catalog, String schema, String table)
      throws SQLException {
    return rows(() -> metaData.getVersionColumns(catalog, schema, table));
  }

  @Override
  public boolean supportsBatchUpdates() throws SQLException {
    return call(metaData::supportsBatchUpdates);
  }

  @Override
  public ResultSet getUDTs(String catalog, String schemaPattern, String typeNamePattern,
      int[] types) throws SQLException {
    return rows(() -> metaData.getUDTs(catalog, schemaPattern, typeNamePattern, types));
  }

  @Override
  public boolean supportsSavepoints() throws SQLException {
    return call(metaData::supportsSavepoints);
  }

  @Override
  public boolean supportsNamedParameters() throws SQLException {
    return call(metaData::supportsNamedParameters);
  }

  @Override
  public boolean supportsMultipleOpenResults() throws SQLException {
    return call(metaData::supportsMultipleOpenResults);
  }

  @Override
  public boolean supportsGetGeneratedKeys() throws SQLException {
    return call(metaData::supportsGetGeneratedKeys);
  }

  @Override
  public ResultSet getSuperTypes(String catalog, String schemaPattern,
      String typeNamePattern) throws SQLException {
    return rows(() -> metaData.getSuperTypes(catalog, schemaPattern, typeNamePattern));
  }

  @Override
  public ResultSet getSuperTables(String catalog, String schemaPattern,
      String tableNamePattern) throws SQLException {
    return rows(() -> metaData.getSuperTables(catalog, schemaPattern, tableNamePattern));
  }

  @Override
  public ResultSet getAttributes(String catalog, String schemaPattern, String typeNamePattern,
      String attributeNamePattern) throws SQLException {
    return rows(() -> metaData.getAttributes(catalog, schemaPattern, typeNamePattern,
        attributeNamePattern));
  }

  @Override
  public int getResultSetHoldability() throws SQLException {
    return call(metaData::getResultSetHoldability);
  }

  @Override
  public int getDatabaseMajorVersion() throws SQLException {
    return call(metaData::getDatabaseMajorVersion);
  }

  @Override
  public int getDatabaseMinorVersion() throws SQLException {
    return call(metaData::getDatabaseMinorVersion);
  }

  @Override
  public int getJDBCMajorVersion() throws SQLException {
    return call(metaData::getJDBCMajorVersion);
  }

  @Override
  public int getJDBCMinorVersion() throws SQLException {
    return call(metaData::getJDBCMinorVersion);
  }

  @Override
  public int getSQLStateType() throws SQLException {
    return call(metaData::getSQLStateType);
  }

  @Override
  public boolean locatorsUpdateCopy() throws SQLException {
    return call(metaData::locatorsUpdateCopy);
  }

  @Override
  public boolean supportsStatementPooling() throws SQLException {
    return call(metaData::supportsStatementPooling);
  }

  @Override
  public RowIdLifetime getRowIdLifetime() throws SQLException {
    return call(metaData::getRowIdLifetime);
  }

  @Override
  public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
    return call(metaData::supportsStoredFunctionsUsingCallSyntax);
  }

  @Override
  public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
    return call(metaData::autoCommitFailureClosesAllResultSets);
  }

  @Override
  public ResultSet getClientInfoProperties() throws SQLException {
    return rows(metaData::getClientInfoProperties);
  }

  @Override
  public ResultSet getFunctionColumns(String catalog, String schemaPattern,
      String functionNamePattern, String columnNamePattern) throws SQLException {
    return rows(() -> metaData.getFunctionColumns(catalog, schemaPattern, functionNamePattern,
        columnNamePattern));
  }

  @Override
  public ResultSet getPseudoColumns(String catalog, String schemaPattern, String tableNamePattern,
      String columnNamePattern) throws SQLException {
    return rows(() -> metaData.getPseudoColumns(catalog, schemaPattern, tableNamePattern,
        columnNamePattern));
  }

  @Override
  public boolean generatedKeyAlwaysReturned() throws SQLException {
    return call(metaData::generatedKeyAlwaysReturned);
  }

  @Override
  public long getMaxLogicalLobSize() throws SQLException {
    return call(metaData::getMaxLogicalLobSize);
  }

  @Override
  public boolean supportsRefCursors() throws SQLException {
    return call(metaData::supportsRefCursors);
  }

  @Override
  public boolean supportsSharding() throws SQLException {
    return call(metaData::supportsSharding);
  }


  /** A result set of Calcite's metadata, as the driver's: it has no statement. */
  static ResultSet rows(SqlErrors.SqlCall<ResultSet> call) throws SQLException {
    return new ResultSetDelegate(call(call), null, null, ZoneOffset.UTC);
  }
}
