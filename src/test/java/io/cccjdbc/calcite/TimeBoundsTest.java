package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimestampString;
import org.junit.jupiter.api.Test;

/** Which filters bound a time column, and how far a window may reach past a bound. */
class TimeBoundsTest {

  private final RexBuilder rex = new RexBuilder(new JavaTypeFactoryImpl());
  private final RelDataType timestamp =
      rex.getTypeFactory().createSqlType(SqlTypeName.TIMESTAMP, 3);
  private final RexNode time = rex.makeInputRef(timestamp, 2);
  private final RexNode other = rex.makeInputRef(timestamp, 3);
  private final RexNode jan = rex.makeTimestampLiteral(new TimestampString("2024-01-01 00:00:00"), 0);
  private final RexNode feb = rex.makeTimestampLiteral(new TimestampString("2024-02-01 00:00:00"), 0);

  private Optional<PushedRange> bounds(RexNode condition) {
    return TimeBounds.of(condition, 2, rex);
  }

  private RexNode call(org.apache.calcite.sql.SqlOperator operator, RexNode... operands) {
    return rex.makeCall(operator, operands);
  }

  @Test
  void comparisonsEitherWayRoundGiveEachSide() {
    PushedRange range = bounds(rex.makeCall(SqlStdOperatorTable.AND,
        call(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, time, jan),
        call(SqlStdOperatorTable.GREATER_THAN, feb, time))).orElseThrow();

    assertEquals(jan, range.lower());
    assertEquals(feb, range.upper());
    assertEquals(0, range.upperSlackMillis());
  }

  @Test
  void anEqualityBoundsBothSides() {
    PushedRange range = bounds(call(SqlStdOperatorTable.EQUALS, time, jan)).orElseThrow();

    assertEquals(jan, range.lower());
    assertEquals(jan, range.upper());
  }

  @Test
  void aParameterAndAnExpressionOfTheStatementAreBounds() {
    RexNode parameter = rex.makeDynamicParam(timestamp, 0);
    RexNode weekAgo = call(SqlStdOperatorTable.DATETIME_PLUS,
        call(SqlStdOperatorTable.CURRENT_TIMESTAMP),
        rex.makeIntervalLiteral(new BigDecimal(-604_800_000L),
            new SqlIntervalQualifier(TimeUnit.DAY, null, SqlParserPos.ZERO)));

    PushedRange range = bounds(rex.makeCall(SqlStdOperatorTable.AND,
        call(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, time, weekAgo),
        call(SqlStdOperatorTable.LESS_THAN, time, parameter))).orElseThrow();

    assertEquals(weekAgo, range.lower());
    assertEquals(parameter, range.upper());
  }

  @Test
  void aBetweenAsSearchArgumentGivesItsSpan() {
    RexNode between = rex.makeBetween(time, jan, feb);

    PushedRange range = bounds(between).orElseThrow();

    assertEquals("2024-01-01 00:00:00", range.lower().toString());
    assertEquals("2024-02-01 00:00:00", range.upper().toString());
  }

  @Test
  void aDayOfTheColumnBoundsItWithADayToSpareAbove() {
    RexNode day = rex.makeCast(rex.getTypeFactory().createSqlType(SqlTypeName.DATE), time);
    RexNode first = rex.makeDateLiteral(new DateString("2024-01-01"));

    PushedRange range = bounds(rex.makeCall(SqlStdOperatorTable.AND,
        call(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, day, first),
        call(SqlStdOperatorTable.LESS_THAN_OR_EQUAL, day, first))).orElseThrow();

    assertEquals(first, range.lower());
    assertEquals(86_400_000L, range.upperSlackMillis());
  }

  @Test
  void flooringTheColumnBoundsItWithAUnitToSpareAbove() {
    RexNode hour = call(SqlStdOperatorTable.FLOOR, time, rex.makeFlag(TimeUnitRange.HOUR));

    PushedRange range = bounds(call(SqlStdOperatorTable.LESS_THAN, hour, feb)).orElseThrow();

    assertNull(range.lower());
    assertEquals(3_600_000L, range.upperSlackMillis());
  }

  @Test
  void otherColumnsRowDependentValuesAndOrsBoundNothing() {
    assertTrue(bounds(call(SqlStdOperatorTable.GREATER_THAN, other, jan)).isEmpty());
    assertTrue(bounds(call(SqlStdOperatorTable.GREATER_THAN, time, other)).isEmpty());
    assertTrue(bounds(call(SqlStdOperatorTable.NOT_EQUALS, time, jan)).isEmpty());
    assertTrue(bounds(call(SqlStdOperatorTable.GREATER_THAN, time,
        call(SqlStdOperatorTable.RAND))).isEmpty(), "a random bound is no bound");
    assertTrue(bounds(rex.makeCall(SqlStdOperatorTable.OR,
        call(SqlStdOperatorTable.GREATER_THAN, time, jan),
        call(SqlStdOperatorTable.GREATER_THAN, other, jan))).isEmpty());
  }
}
