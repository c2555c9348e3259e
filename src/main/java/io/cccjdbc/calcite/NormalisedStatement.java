package io.cccjdbc.calcite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalcitePrepare.CalciteSignature;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * A statement whose literals {@link LiteralNormaliser} chose were turned into hidden
 * parameters: the tree to plan, the key under which its plan serves every statement that
 * differs from it only in those literals, and the values they stand for in this one.
 *
 * <p>Hidden parameters are numbered after the statement's own {@code ?}s, so that a value a
 * user binds keeps its index; they are left out of the statement's parameter metadata, and
 * their values reach the plan as Calcite's internal parameters of the signature.
 */
final class NormalisedStatement {

  /** What a literal was, which decides the expressions it may be compared with. */
  enum Kind {
    /** A character string: compared with a VARCHAR, never a CHAR(n) or another type. */
    TEXT,
    /** A number: compared with a number. */
    NUMBER,
    /** A DATE or TIMESTAMP: compared with a DATE or a TIMESTAMP. */
    DATE_TIME,
    /** A TIME: compared with a TIME. */
    TIME,
    /** The statement's own LIMIT or OFFSET, a BIGINT whatever it is compared with. */
    ROW_COUNT;

    boolean accepts(RelDataType context) {
      SqlTypeName name = context.getSqlTypeName();
      return switch (this) {
        case TEXT -> name == SqlTypeName.VARCHAR;
        case NUMBER -> SqlTypeUtil.isNumeric(context);
        case DATE_TIME -> name == SqlTypeName.DATE || name == SqlTypeName.TIMESTAMP;
        case TIME -> name == SqlTypeName.TIME;
        case ROW_COUNT -> true;
      };
    }
  }

  /**
   * One literal turned into a parameter.
   *
   * @param offset where the literal starts in the SQL text with every chosen literal masked
   * @param type the parameter's type: the literal's own, but VARCHAR for a string
   * @param value the literal's value as Calcite's generated code reads it (an {@link Integer}
   *     of days for a DATE, a {@link Long} of local milliseconds for a TIMESTAMP ...)
   */
  record Slot(int offset, Kind kind, RelDataType type, Object value) {
  }

  /**
   * What a plan is shared under: the SQL text with each chosen literal replaced by {@code ?},
   * where those literals were, and their types. Two statements with the same key differ in
   * nothing but the values of those literals.
   */
  record Key(String maskedSql, List<String> slots) {
  }

  private final SqlNode tree;
  private final int userParameters;
  private final List<Slot> slots;
  private final Key key;

  NormalisedStatement(SqlNode tree, int userParameters, String maskedSql, List<Slot> slots) {
    this.tree = tree;
    this.userParameters = userParameters;
    this.slots = List.copyOf(slots);
    List<String> described = new ArrayList<>(slots.size());
    for (Slot slot : slots) {
      described.add(slot.offset() + " " + slot.kind() + " " + slot.type().getFullTypeString());
    }
    this.key = new Key(maskedSql, described);
  }

  /** The parsed statement with its chosen literals replaced by dynamic parameters. */
  SqlNode tree() {
    return tree;
  }

  Key key() {
    return key;
  }

  /** The values, in hidden-parameter order; for tests and messages. */
  List<Object> values() {
    return slots.stream().map(Slot::value).toList();
  }

  /** Whether parameter {@code index} stands for a literal rather than a user's {@code ?}. */
  boolean isHidden(int index) {
    return index >= userParameters;
  }

  /**
   * The type of hidden parameter {@code index} where the validator found it in a context of
   * type {@code context} (the other side of its comparison).
   *
   * @throws LiteralNeeded where the parameter could mean something the literal did not: a
   *     string compared with a CHAR(n) (blank-padded) or with a number or date (the literal
   *     would be converted while planning, and a value that does not convert would fail the
   *     statement at once)
   */
  RelDataType typeIn(int index, RelDataType context) {
    Slot slot = slots.get(index - userParameters);
    if (!slot.kind().accepts(context)) {
      throw new LiteralNeeded();
    }
    return slot.type();
  }

  /**
   * The plan of a statement with this key, bound to this statement's values: a signature that
   * runs the plan's code with them, and lists only the user's own parameters.
   */
  <T> CalciteSignature<T> bind(CalciteSignature<T> plan, String sql) {
    Map<String, Object> internal = new HashMap<>(plan.internalParameters);
    for (int i = 0; i < slots.size(); i++) {
      internal.put("?" + (userParameters + i), slots.get(i).value());
    }
    // The plan applies its own maximum row count, part of its key: none is applied twice.
    return new CalciteSignature<>(sql, plan.parameters, internal, plan.rowType, plan.columns,
        plan.cursorFactory, plan.rootSchema, plan.getCollationList(), -1, plan::enumerable,
        plan.statementType);
  }

  /**
   * The statement's literals cannot all be parameters: its plan is made from the literals as
   * written. Thrown while validating, so it carries no stack.
   */
  static final class LiteralNeeded extends RuntimeException {
    LiteralNeeded() {
      super("a literal whose meaning depends on its value", null, false, false);
    }
  }
}
