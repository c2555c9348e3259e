package io.cccjdbc.calcite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.SqlAbstractDateTimeLiteral;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDateLiteral;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlTimeLiteral;
import org.apache.calcite.sql.SqlTimestampLiteral;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;
import org.apache.calcite.util.Util;

/**
 * Chooses the literals of a parsed statement that become hidden parameters, so that
 * statements differing only in them share one plan: BI tools send the same query again and
 * again with another filter value, date or page, rarely as a {@code PreparedStatement}.
 *
 * <p>The rule is narrow on purpose. A literal becomes a parameter only where a parameter
 * means exactly what the literal meant, whatever its value:
 * <ul>
 *   <li>a number, string, {@code DATE}, {@code TIME} or {@code TIMESTAMP} literal that is
 *       itself one side of a comparison ({@code =}, {@code <>}, {@code <}, {@code <=},
 *       {@code >}, {@code >=}, {@code IS [NOT] DISTINCT FROM}), a bound of {@code BETWEEN},
 *       the pattern of {@code LIKE} or {@code ILIKE}, or one of an {@code IN} list's values,
 *       whose other side reads a column;</li>
 *   <li>in {@code WHERE}, {@code JOIN ... ON} and {@code HAVING}, of the statement and of
 *       its subqueries wherever they stand;</li>
 *   <li>and the statement's own {@code LIMIT} (above 0) and {@code OFFSET}, which
 *       {@link CccLimit} reads when the statement runs.</li>
 * </ul>
 *
 * <p>Every other literal stays in the statement, and in the key its plan is kept under:
 * <ul>
 *   <li>in the select list, {@code GROUP BY}, {@code ORDER BY}, windows and {@code QUALIFY}:
 *       they type result columns (and so the labels, {@link ColumnLabels}), are ordinals, or
 *       must match the select list's expressions;</li>
 *   <li>operands of functions, casts, arithmetic and {@code CASE} results, and comparisons of
 *       two constants: Calcite computes such expressions while planning, so {@code 1/0} and
 *       {@code CAST('x' AS INTEGER)} fail at once ({@link ConstantExpressions}), the
 *       always-false {@code WHERE 1 = 0} of a BI tool's column probe fetches nothing, and
 *       {@code instance_id = 'ccc-' || 'test'} still pushes one value; some functions need
 *       a literal (a {@code DATE_TRUNC} unit, a {@code LAG} offset);</li>
 *   <li>{@code NULL}, {@code TRUE}, {@code FALSE}, {@code INTERVAL}s, binary strings, strings
 *       with a character set ({@code _UTF8'x'}, {@code N'x'}, {@code U&'x'}) or a trailing
 *       blank (a CHAR literal, where blanks at the end may not count), JDBC escapes
 *       ({@code {d '...'}}, {@code {ts '...'}}: the parser does not say where they end, so
 *       nothing proves they are all that differs), and values the validator would refuse
 *       (dates outside the years 1 to 9999, a DECIMAL past the type system's precision);</li>
 *   <li>{@code IN} lists of {@link EnumerableRewrites#IN_LIST_THRESHOLD} values or more:
 *       planned as one hash-set filter whose values are handed to the code, not written into
 *       it (a Spark partition's list of ids); shorter lists are parameters each, so lists of
 *       different lengths have different plans;</li>
 *   <li>{@code LIMIT 0}, which Calcite answers without reading a row, and every value of an
 *       {@code EXPLAIN}, which shows the plan with the values as written;</li>
 *   <li>a string compared with a {@code CHAR(n)} (blank-padded), a number or a date, and a
 *       number compared with anything but a number: only the validator knows, so it refuses
 *       ({@link NormalisedStatement#typeIn}) and the statement is planned as written.</li>
 * </ul>
 *
 * <p>A parameter has the literal's own type, part of the key: {@code 5} (INTEGER),
 * {@code 5000000000} (BIGINT), {@code 2.5} (DECIMAL(2, 1)) and {@code 1e3} (DOUBLE) do not
 * share a plan, since arithmetic and comparisons follow the type. A string is the exception:
 * it becomes a VARCHAR of any length, as it is only ever compared with a VARCHAR, where a
 * CHAR(n) literal and a VARCHAR compare alike; so {@code 'ccc-a'} and {@code 'ccc-hz'} share
 * one. A {@code TIMESTAMP} is the wall-clock time it names in the connection's
 * {@code timeZone}, as the literal is: the same local milliseconds reach the same code.
 *
 * <p>The key is the SQL text with each chosen literal masked, with where and of which type
 * they were. A literal is chosen only if the text the parser says it spans is that literal
 * alone, so two statements with one key differ in nothing else.
 */
final class LiteralNormaliser {

  private static final Pattern NUMBER =
      Pattern.compile("-?\\s*(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern DATE_TIME =
      Pattern.compile("(?i)(DATE|TIME|TIMESTAMP)\\s*'[^']*'");
  static final Set<SqlKind> COMPARISONS = Set.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS,
      SqlKind.LESS_THAN, SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN,
      SqlKind.GREATER_THAN_OR_EQUAL, SqlKind.IS_DISTINCT_FROM, SqlKind.IS_NOT_DISTINCT_FROM);
  /** Milliseconds are what Calcite's code keeps of a time; finer literals stay literals. */
  private static final int MAX_TIME_PRECISION = 3;

  private final String sql;
  private final int[] lineStarts;
  private final RelDataTypeFactory typeFactory;
  private final int userParameters;
  private final List<Chosen> chosen = new ArrayList<>();

  /** A literal turned into a parameter, and the characters it spanned. */
  private record Chosen(int start, int end, NormalisedStatement.Kind kind, RelDataType type,
      Object value) {
  }

  private LiteralNormaliser(String sql, RelDataTypeFactory typeFactory, int userParameters) {
    this.sql = sql;
    this.lineStarts = lineStarts(sql);
    this.typeFactory = typeFactory;
    this.userParameters = userParameters;
  }

  /**
   * The statement with its chosen literals made parameters, or null if none is chosen (or it
   * is not a query). {@code tree}, parsed from {@code sql}, is changed in place.
   */
  static NormalisedStatement normalise(String sql, SqlNode tree,
      RelDataTypeFactory typeFactory) {
    if (!tree.getKind().belongsTo(SqlKind.QUERY)) {
      return null;
    }
    LiteralNormaliser normaliser = new LiteralNormaliser(sql, typeFactory, parameterCount(tree));
    SqlNode root = normaliser.rowCounts(tree);
    normaliser.query(root);
    return normaliser.chosen.isEmpty() ? null : normaliser.statement(root);
  }

  private NormalisedStatement statement(SqlNode root) {
    List<Chosen> byPosition = new ArrayList<>(chosen);
    byPosition.sort(Comparator.comparingInt(Chosen::start));
    StringBuilder masked = new StringBuilder(sql.length());
    List<Integer> maskedOffsets = new ArrayList<>();
    int copied = 0;
    for (Chosen literal : byPosition) {
      masked.append(sql, copied, literal.start());
      maskedOffsets.add(masked.length());
      masked.append('?');
      copied = literal.end();
    }
    masked.append(sql, copied, sql.length());
    List<NormalisedStatement.Slot> slots = new ArrayList<>(chosen.size());
    for (Chosen literal : chosen) {
      slots.add(new NormalisedStatement.Slot(maskedOffsets.get(byPosition.indexOf(literal)),
          literal.kind(), literal.type(), literal.value()));
    }
    return new NormalisedStatement(root, userParameters, masked.toString(), slots);
  }

  /** The statement's own LIMIT and OFFSET, as parameters where they may be. */
  private SqlNode rowCounts(SqlNode root) {
    if (!(root instanceof SqlOrderBy orderBy)) {
      return root;
    }
    SqlNode offset = rowCount(orderBy.offset, false);
    SqlNode fetch = rowCount(orderBy.fetch, true);
    return offset == orderBy.offset && fetch == orderBy.fetch
        ? root
        : new SqlOrderBy(orderBy.getParserPosition(), orderBy.query, orderBy.orderList, offset,
            fetch);
  }

  private SqlNode rowCount(SqlNode count, boolean limit) {
    if (!(count instanceof SqlNumericLiteral number) || !number.isInteger()
        || !NUMBER.matcher(text(number.getParserPosition())).matches()) {
      return count;
    }
    BigDecimal value = number.getValueAs(BigDecimal.class);
    if (value.signum() < 0 || limit && value.signum() == 0) {
      return count;
    }
    return choose(number, NormalisedStatement.Kind.ROW_COUNT,
        typeFactory.createSqlType(SqlTypeName.BIGINT), value.longValueExact());
  }

  /** A query expression: a SELECT, a set operation, WITH, or one in parentheses. */
  private void query(SqlNode node) {
    if (node instanceof SqlSelect select) {
      select(select);
    } else if (node instanceof SqlOrderBy orderBy) {
      query(orderBy.query);
    } else if (node instanceof SqlWith with) {
      for (SqlNode item : with.withList) {
        query(((SqlWithItem) item).query);
      }
      query(with.body);
    } else if (node instanceof SqlCall call && node.getKind().belongsTo(SqlKind.SET_QUERY)) {
      call.getOperandList().forEach(this::query);
    } else if (node instanceof SqlCall call) {
      // VALUES and anything else: its literals are its rows.
      call.getOperandList().forEach(this::subqueries);
    }
  }

  private void select(SqlSelect select) {
    subqueries(select.getSelectList());
    from(select.getFrom());
    predicate(select.getWhere());
    subqueries(select.getGroup());
    predicate(select.getHaving());
    subqueries(select.getWindowList());
    subqueries(select.getQualify());
    subqueries(select.getOrderList());
  }

  private void from(SqlNode node) {
    if (node instanceof SqlJoin join) {
      from(join.getLeft());
      from(join.getRight());
      predicate(join.getCondition());
    } else if (node != null && node.getKind() == SqlKind.AS) {
      from(((SqlCall) node).operand(0));
    } else if (node != null && node.getKind().belongsTo(SqlKind.QUERY)) {
      query(node);
    } else {
      subqueries(node);
    }
  }

  /** Where a literal stays a literal, but subqueries have their own clauses. */
  private void subqueries(SqlNode node) {
    if (node instanceof SqlNodeList list) {
      list.forEach(this::subqueries);
    } else if (node != null && node.getKind().belongsTo(SqlKind.QUERY)) {
      query(node);
    } else if (node instanceof SqlCall call) {
      call.getOperandList().forEach(this::subqueries);
    }
  }

  /**
   * A condition: its comparisons' literals may be parameters, but not those Calcite's
   * simplification reads by value ({@link ValueDependentBounds}).
   */
  private void predicate(SqlNode node) {
    if (node instanceof SqlNodeList list) {
      list.forEach(this::predicate);
      return;
    }
    if (node != null && node.getKind().belongsTo(SqlKind.QUERY)) {
      query(node);
      return;
    }
    List<SqlNode> conjuncts = new ArrayList<>();
    conjuncts(node, conjuncts);
    Set<SqlNode> valueDependent = ValueDependentBounds.of(conjuncts, this::ordered);
    for (SqlNode conjunct : conjuncts) {
      if (valueDependent.contains(conjunct)) {
        subqueries(conjunct);
      } else {
        condition(conjunct);
      }
    }
  }

  private static void conjuncts(SqlNode node, List<SqlNode> conjuncts) {
    if (node != null && node.getKind() == SqlKind.AND) {
      ((SqlCall) node).getOperandList().forEach(operand -> conjuncts(operand, conjuncts));
    } else if (node != null) {
      conjuncts.add(node);
    }
  }

  /** One condition of a conjunction. */
  private void condition(SqlNode node) {
    if (!(node instanceof SqlCall call)) {
      return;
    }
    List<SqlNode> operands = call.getOperandList();
    if (call instanceof SqlBasicCall basic) {
      if (COMPARISONS.contains(call.getKind()) && operands.size() == 2) {
        compared(basic, 0, operands.get(1));
        compared(basic, 1, operands.get(0));
      } else if (call.getKind() == SqlKind.LIKE) {
        compared(basic, 1, operands.get(0));
      } else if (call.getOperator() instanceof SqlBetweenOperator) {
        compared(basic, 1, operands.get(0));
        compared(basic, 2, operands.get(0));
      } else if ((call.getKind() == SqlKind.IN || call.getKind() == SqlKind.NOT_IN)
          && operands.get(1) instanceof SqlNodeList list && readsRow(operands.get(0))) {
        inList(list);
      }
    }
    call.getOperandList().forEach(this::predicate);
  }

  /** Operand {@code index} of the call, if a literal compared with what reads a row. */
  private void compared(SqlBasicCall call, int index, SqlNode other) {
    if (call.operand(index) instanceof SqlLiteral literal && readsRow(other)) {
      SqlNode parameter = parameter(literal);
      if (parameter != null) {
        call.setOperand(index, parameter);
      }
    }
  }

  /** An IN list's values: every one a parameter, or (past the threshold) none. */
  private void inList(SqlNodeList list) {
    if (list.size() >= EnumerableRewrites.IN_LIST_THRESHOLD
        || !list.stream().allMatch(value -> value instanceof SqlLiteral literal
            && candidate(literal) != null)) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      list.set(i, parameter((SqlLiteral) list.get(i)));
    }
  }

  private SqlNode parameter(SqlLiteral literal) {
    Chosen candidate = candidate(literal);
    return candidate == null
        ? null
        : choose(literal, candidate.kind(), candidate.type(), candidate.value());
  }

  private SqlDynamicParam choose(SqlLiteral literal, NormalisedStatement.Kind kind,
      RelDataType type, Object value) {
    SqlParserPos pos = literal.getParserPosition();
    chosen.add(new Chosen(offset(pos.getLineNum(), pos.getColumnNum()),
        offset(pos.getEndLineNum(), pos.getEndColumnNum()) + 1, kind, type, value));
    return new SqlDynamicParam(userParameters + chosen.size() - 1, pos);
  }

  /** What the literal would be as a parameter (without its span), or null if it stays. */
  private Chosen candidate(SqlLiteral literal) {
    String text = text(literal.getParserPosition());
    if (literal instanceof SqlNumericLiteral number) {
      return NUMBER.matcher(text).matches() ? number(number) : null;
    }
    if (literal instanceof SqlCharStringLiteral string) {
      return isQuoted(text) ? string(string) : null;
    }
    if (literal instanceof SqlUnknownLiteral typed && DATE_TIME.matcher(text).matches()) {
      return dateTime(typed);
    }
    return null;
  }

  private Chosen number(SqlNumericLiteral literal) {
    RelDataType type = literal.createSqlType(typeFactory);
    BigDecimal value = literal.getValueAs(BigDecimal.class);
    Object bound = switch (type.getSqlTypeName()) {
      case INTEGER -> value.intValueExact();
      case BIGINT -> value.longValueExact();
      case DECIMAL -> fitsDecimal(value) ? value : null;
      case DOUBLE -> Double.isFinite(value.doubleValue()) ? value.doubleValue() : null;
      default -> null;
    };
    return bound == null ? null : new Chosen(0, 0, NormalisedStatement.Kind.NUMBER, type, bound);
  }

  /** Whether the validator accepts the DECIMAL literal (else it stays, and is refused). */
  private boolean fitsDecimal(BigDecimal value) {
    RelDataTypeSystem system = typeFactory.getTypeSystem();
    BigDecimal significant = value.stripTrailingZeros();
    return significant.precision() <= system.getMaxPrecision(SqlTypeName.DECIMAL)
        && significant.scale() <= system.getMaxScale(SqlTypeName.DECIMAL);
  }

  private Chosen string(SqlCharStringLiteral literal) {
    NlsString value = literal.getValueAs(NlsString.class);
    if (value.getCharsetName() != null || value.getValue().endsWith(" ")) {
      return null;
    }
    RelDataType own = literal.createSqlType(typeFactory);
    RelDataType type = typeFactory.createTypeWithCharsetAndCollation(
        typeFactory.createSqlType(SqlTypeName.VARCHAR), own.getCharset(), own.getCollation());
    return new Chosen(0, 0, NormalisedStatement.Kind.TEXT, type, value.getValue());
  }

  private Chosen dateTime(SqlUnknownLiteral typed) {
    SqlLiteral literal;
    try {
      literal = typed.resolve(SqlTypeName.valueOf(typed.tag.toUpperCase(Locale.ROOT)));
    } catch (RuntimeException invalid) {
      // The validator says what is wrong with it.
      return null;
    }
    Calendar calendar = literal.getValueAs(Calendar.class);
    int year = calendar.get(Calendar.YEAR);
    if (year < 1 || year > 9999 || calendar.get(Calendar.ERA) == GregorianCalendar.BC) {
      return null;
    }
    RelDataType type = literal.createSqlType(typeFactory);
    if (literal instanceof SqlDateLiteral) {
      return new Chosen(0, 0, NormalisedStatement.Kind.DATE_TIME, type,
          literal.getValueAs(DateString.class).getDaysSinceEpoch());
    }
    // The literal's own precision: its type's is capped by the type system.
    if (((SqlAbstractDateTimeLiteral) literal).getPrec() > MAX_TIME_PRECISION) {
      return null;
    }
    if (literal instanceof SqlTimestampLiteral) {
      return new Chosen(0, 0, NormalisedStatement.Kind.DATE_TIME, type,
          literal.getValueAs(TimestampString.class).getMillisSinceEpoch());
    }
    if (literal instanceof SqlTimeLiteral) {
      return new Chosen(0, 0, NormalisedStatement.Kind.TIME, type,
          literal.getValueAs(TimeString.class).getMillisOfDay());
    }
    return null;
  }

  /** A number's, date's or time's value, to order bounds by; null for any other literal. */
  private ValueDependentBounds.Ordered ordered(SqlLiteral literal) {
    Chosen candidate = candidate(literal);
    if (candidate == null) {
      return null;
    }
    return switch (candidate.kind()) {
      case NUMBER -> new ValueDependentBounds.Ordered(SqlTypeName.DECIMAL,
          new BigDecimal(candidate.value().toString()));
      case DATE_TIME, TIME -> new ValueDependentBounds.Ordered(
          candidate.type().getSqlTypeName(), new BigDecimal(candidate.value().toString()));
      default -> null;
    };
  }

  /** Whether the text is one quoted string, in which a quote is doubled. */
  private static boolean isQuoted(String text) {
    if (text.length() < 2 || text.charAt(0) != '\'' || text.charAt(text.length() - 1) != '\'') {
      return false;
    }
    int last = text.length() - 1;
    for (int i = 1; i < last; i++) {
      if (text.charAt(i) == '\'') {
        if (i + 1 == last || text.charAt(i + 1) != '\'') {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /** Whether the expression reads a column (or a subquery does): it is not a constant. */
  private static boolean readsRow(SqlNode node) {
    try {
      node.accept(new SqlBasicVisitor<Void>() {
        @Override
        public Void visit(SqlIdentifier id) {
          throw Util.FoundOne.NULL;
        }
      });
      return false;
    } catch (Util.FoundOne found) {
      return true;
    }
  }

  private static int parameterCount(SqlNode tree) {
    int[] count = {0};
    tree.accept(new SqlBasicVisitor<Void>() {
      @Override
      public Void visit(SqlDynamicParam param) {
        count[0] = Math.max(count[0], param.getIndex() + 1);
        return null;
      }
    });
    return count[0];
  }

  /** The text the parser says a node spans, or "" if that is not within the SQL. */
  private String text(SqlParserPos pos) {
    int start = offset(pos.getLineNum(), pos.getColumnNum());
    int end = offset(pos.getEndLineNum(), pos.getEndColumnNum()) + 1;
    return start < 0 || end <= start || end > sql.length() ? "" : sql.substring(start, end);
  }

  /** The index of a 1-based line and column, counted as the parser counts them; -1 if none. */
  private int offset(int line, int column) {
    return line < 1 || line > lineStarts.length || column < 1
        ? -1
        : lineStarts[line - 1] + column - 1;
  }

  /** Where each line starts; {@code \r\n}, {@code \n} and {@code \r} end a line. */
  private static int[] lineStarts(String sql) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == sql.length() || sql.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
