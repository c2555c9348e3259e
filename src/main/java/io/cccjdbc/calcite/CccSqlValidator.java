package io.cccjdbc.calcite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalciteSqlValidator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Calcite's validator with what BI tools and ORMs rely on:
 * <ul>
 *   <li>JDBC escapes name their function in any case: the parser folds {@code {fn ucase(x)}}
 *       to lower case, and Calcite looks the escape up by its upper-case name only;</li>
 *   <li>a {@code ?} whose type nothing around it decides ({@code SELECT ? AS tag}) is a
 *       VARCHAR, as PostgreSQL makes it text;</li>
 *   <li>a select item without {@code AS} is labelled as PostgreSQL labels it
 *       ({@link ColumnLabels}), not {@code EXPR$0};</li>
 *   <li>the literals {@link LiteralNormaliser} made parameters keep their own types, and are
 *       no parameters of the statement's metadata ({@link NormalisedStatement}).</li>
 * </ul>
 */
final class CccSqlValidator extends CalciteSqlValidator {

  /** The statement's literals made parameters, or null when it is validated as written. */
  private final NormalisedStatement normalised;

  CccSqlValidator(SqlOperatorTable operators, CalciteCatalogReader catalogReader,
      JavaTypeFactory typeFactory, Config config, NormalisedStatement normalised) {
    super(operators, catalogReader, typeFactory, config);
    this.normalised = normalised;
  }

  @Override
  protected SqlNode performUnconditionalRewrites(SqlNode node, boolean underFrom) {
    SqlNode escaped = JdbcEscapes.resolve(node);
    if (escaped instanceof SqlSelect select) {
      // Before the rewrites, which turn COALESCE and IFNULL into CASE.
      label(select.getSelectList());
    }
    return super.performUnconditionalRewrites(escaped, underFrom);
  }

  @Override
  protected void validateSelect(SqlSelect select, RelDataType targetRowType) {
    super.validateSelect(select, targetRowType);
    // Calcite makes them INTEGER; PostgreSQL's row counts are BIGINT.
    for (SqlNode rowCount : new SqlNode[] {select.getFetch(), select.getOffset()}) {
      if (rowCount instanceof SqlDynamicParam) {
        setValidatedNodeType(rowCount, typeFactory.createSqlType(SqlTypeName.BIGINT));
      }
    }
  }

  @Override
  protected void inferUnknownTypes(RelDataType inferredType, SqlValidatorScope scope,
      SqlNode node) {
    if (isHidden(node)) {
      setValidatedNodeType(node,
          normalised.typeIn(((SqlDynamicParam) node).getIndex(), inferredType));
      return;
    }
    RelDataType type = node instanceof SqlDynamicParam && inferredType.equals(unknownType)
        ? typeFactory.createSqlType(SqlTypeName.VARCHAR)
        : inferredType;
    super.inferUnknownTypes(type, scope, node);
  }

  /** The types of the user's own parameters, in the order Calcite lists them. */
  @Override
  public RelDataType getParameterRowType(SqlNode sqlQuery) {
    if (normalised == null) {
      return super.getParameterRowType(sqlQuery);
    }
    List<RelDataType> types = new ArrayList<>();
    Set<SqlNode> seen = new HashSet<>();
    sqlQuery.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlDynamicParam param) {
        // A LIMIT is reached twice, once through the ORDER BY it was parsed in.
        if (!isHidden(param) && seen.add(param)) {
          types.add(getValidatedNodeType(param));
        }
        return null;
      }
    });
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      names.add("?" + i);
    }
    return typeFactory.createStructType(types, names);
  }

  private boolean isHidden(SqlNode node) {
    return normalised != null && node instanceof SqlDynamicParam param
        && normalised.isHidden(param.getIndex());
  }

  private static void label(SqlNodeList selectList) {
    if (selectList == null) {
      return;
    }
    for (int i = 0; i < selectList.size(); i++) {
      SqlNode item = selectList.get(i);
      if (item instanceof SqlIdentifier || item.getKind() == SqlKind.AS) {
        continue;
      }
      selectList.set(i, SqlStdOperatorTable.AS.createCall(item.getParserPosition(), item,
          new SqlIdentifier(ColumnLabels.of(item), item.getParserPosition())));
    }
  }
}
