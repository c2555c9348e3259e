package io.cccjdbc.calcite;

import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJdbcFunctionCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The label PostgreSQL gives a select item written without {@code AS}, so that a tool reading
 * {@code rs.getInt("count")} after {@code SELECT count(*)} finds its column: a column keeps its
 * name, a function call is named after the function ({@code count}, {@code upper}), a cast after
 * what it casts (or the type), {@code CASE} is {@code case}, a scalar subquery takes the label
 * of its one column, and anything else (operators, literals, parameters) is {@code ?column?}.
 */
final class ColumnLabels {

  /** PostgreSQL's label for an expression it cannot name. */
  private static final String UNNAMED = "?column?";

  /** The names PostgreSQL gives the types a bare cast is labelled with. */
  private static final Map<SqlTypeName, String> TYPE_LABELS = Map.ofEntries(
      Map.entry(SqlTypeName.BOOLEAN, "bool"),
      Map.entry(SqlTypeName.TINYINT, "int2"),
      Map.entry(SqlTypeName.SMALLINT, "int2"),
      Map.entry(SqlTypeName.INTEGER, "int4"),
      Map.entry(SqlTypeName.BIGINT, "int8"),
      Map.entry(SqlTypeName.DECIMAL, "numeric"),
      Map.entry(SqlTypeName.REAL, "float4"),
      Map.entry(SqlTypeName.FLOAT, "float8"),
      Map.entry(SqlTypeName.DOUBLE, "float8"),
      Map.entry(SqlTypeName.CHAR, "bpchar"),
      Map.entry(SqlTypeName.VARCHAR, "varchar"),
      Map.entry(SqlTypeName.DATE, "date"),
      Map.entry(SqlTypeName.TIME, "time"),
      Map.entry(SqlTypeName.TIMESTAMP, "timestamp"));

  private ColumnLabels() {
  }

  /** The label of an unaliased select item. */
  static String of(SqlNode item) {
    SqlNode node = unescaped(item);
    String label = strong(node);
    return label == null ? weak(node) : label;
  }

  /**
   * A JDBC escape is labelled as the function it stands for ({@code {fn ucase(x)}} as
   * {@code upper}), as PostgreSQL's driver, which rewrites escapes, has it labelled.
   */
  private static SqlNode unescaped(SqlNode node) {
    SqlNode resolved = JdbcEscapes.resolve(node);
    return resolved instanceof SqlCall call
        && call.getOperator() instanceof SqlJdbcFunctionCall escape && JdbcEscapes.known(escape)
        ? escape.getLookupCall()
        : resolved;
  }

  /** A label taken from a name in the expression, or null if it has none. */
  private static String strong(SqlNode item) {
    SqlNode node = unescaped(item);
    if (node instanceof SqlIdentifier identifier) {
      return identifier.isStar() ? null : identifier.names.get(identifier.names.size() - 1);
    }
    if (node instanceof SqlSelect select) {
      return select.getSelectList().size() == 1 ? of(select.getSelectList().get(0)) : null;
    }
    if (!(node instanceof SqlCall call)) {
      return null;
    }
    return switch (call.getKind()) {
      case AS -> ((SqlIdentifier) call.operand(1)).getSimple();
      case CAST -> strong(call.operand(0));
      case OVER, FILTER, WITHIN_GROUP, WITHIN_DISTINCT -> strong(call.operand(0));
      case CASE -> "case";
      case EXISTS -> "exists";
      case ARRAY_VALUE_CONSTRUCTOR -> "array";
      case ROW -> "row";
      default -> function(call);
    };
  }

  /** The label when no name was found: a cast's type, else {@code ?column?}. */
  private static String weak(SqlNode node) {
    if (node instanceof SqlCall call && call.getKind() == SqlKind.CAST
        && call.operand(1) instanceof SqlDataTypeSpec type
        && type.getTypeNameSpec() instanceof SqlBasicTypeNameSpec basic) {
      SqlTypeName name = SqlTypeName.get(basic.getTypeName().getSimple());
      if (name != null && TYPE_LABELS.containsKey(name)) {
        return TYPE_LABELS.get(name);
      }
    }
    return UNNAMED;
  }

  private static String function(SqlCall call) {
    if (call.getOperator() instanceof SqlFunction function) {
      return function.getName().toLowerCase(Locale.ROOT);
    }
    return null;
  }
}
