package io.cccjdbc.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class FiniteValuesTest {

  private final RexBuilder rex = new RexBuilder(new JavaTypeFactoryImpl());
  private final RelDataType varchar = rex.getTypeFactory().createSqlType(SqlTypeName.VARCHAR);
  private final RexNode id = rex.makeInputRef(varchar, 0);
  private final RexNode city = rex.makeInputRef(varchar, 3);

  private RexNode eq(RexNode left, RexNode right) {
    return rex.makeCall(SqlStdOperatorTable.EQUALS, left, right);
  }

  private RexNode text(String value) {
    return rex.makeLiteral(value);
  }

  private static PushedValue literal(String id) {
    return new PushedValue.Literal(id);
  }

  private Optional<List<PushedValue>> extract(RexNode condition) {
    return FiniteValues.of(condition, 0);
  }

  @Test
  void equalityEitherWayRound() {
    assertEquals(Optional.of(List.of(literal("a"))), extract(eq(id, text("a"))));
    assertEquals(Optional.of(List.of(literal("a"))), extract(eq(text("a"), id)));
  }

  @Test
  void dynamicParameter() {
    RexNode parameter = rex.makeDynamicParam(varchar, 2);

    assertEquals(Optional.of(List.of(new PushedValue.Parameter(2))),
        extract(eq(id, parameter)));
  }

  @Test
  void inListAsSearchArgument() {
    RexNode in = rex.makeIn(id, List.of(text("b"), text("a"), text("c")));

    assertEquals(Optional.of(List.of(literal("a"), literal("b"), literal("c"))), extract(in));
  }

  @Test
  void orOfEqualitiesIsTheUnion() {
    RexNode condition = rex.makeCall(SqlStdOperatorTable.OR, eq(id, text("a")),
        eq(id, rex.makeDynamicParam(varchar, 0)), eq(id, text("a")));

    assertEquals(Optional.of(List.of(literal("a"), new PushedValue.Parameter(0))),
        extract(condition));
  }

  @Test
  void conjunctionTakesTheNarrowestBound() {
    RexNode condition = rex.makeCall(SqlStdOperatorTable.AND,
        rex.makeIn(id, List.of(text("a"), text("b"))), eq(city, text("乐山")), eq(id, text("b")));

    assertEquals(Optional.of(List.of(literal("b"))), extract(condition));
  }

  @Test
  void anythingThatAllowsOtherIdsScansEverything() {
    assertTrue(extract(rex.makeCall(SqlStdOperatorTable.LIKE, id, text("a%"))).isEmpty());
    assertTrue(extract(rex.makeCall(SqlStdOperatorTable.GREATER_THAN, id, text("a"))).isEmpty());
    assertTrue(extract(eq(city, text("a"))).isEmpty());
    assertTrue(extract(rex.makeCall(SqlStdOperatorTable.OR, eq(id, text("a")),
        eq(city, text("b")))).isEmpty());
    assertTrue(extract(eq(rex.makeCall(SqlStdOperatorTable.UPPER, id), text("A"))).isEmpty());
  }
}
