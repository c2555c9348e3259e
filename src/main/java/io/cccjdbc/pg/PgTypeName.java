package io.cccjdbc.pg;

import java.util.List;
import java.util.Set;

/**
 * A type name as postgres_fdw writes it after {@code ::} ({@code format_type}): words such as
 * {@code timestamp without time zone}, optional modifiers, and {@code []} for an array.
 */
record PgTypeName(String name, List<String> modifiers, boolean array) {

  private static final Set<String> TEXT = Set.of("text", "character varying", "varchar",
      "character", "char", "bpchar", "name");
  private static final Set<String> TEMPORAL = Set.of("date", "timestamp without time zone",
      "timestamp", "time without time zone", "time");

  /** Whether {@code word} goes on the multi-word type name begun by {@code words}. */
  static boolean continues(List<String> words, String word) {
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    return switch (word) {
      case "precision" -> first.equals("double") && words.size() == 1;
      case "varying" -> (first.equals("character") || first.equals("bit")) && words.size() == 1;
      case "with", "without" -> first.startsWith("time") && words.size() == 1;
      case "time" -> last.equals("with") || last.equals("without");
      case "zone" -> last.equals("time") && words.size() > 1;
      default -> false;
    };
  }

  boolean isText() {
    return !array && TEXT.contains(name);
  }

  boolean isTemporal() {
    return !array && TEMPORAL.contains(name);
  }

  /** The element type of an array type. */
  PgTypeName element() {
    return new PgTypeName(name, modifiers, false);
  }

  /** The driver's (Calcite's) name for this type; a type without a faithful one fails. */
  String calciteName() {
    if (array) {
      throw new UntranslatableSqlException("a cast to the array type " + name + "[]");
    }
    if (isText()) {
      return "VARCHAR";
    }
    return switch (name) {
      case "boolean", "bool" -> "BOOLEAN";
      case "smallint", "int2" -> "SMALLINT";
      case "integer", "int", "int4" -> "INTEGER";
      case "bigint", "int8" -> "BIGINT";
      case "real", "float4" -> "REAL";
      case "double precision", "float8" -> "DOUBLE";
      case "numeric", "decimal" -> modifiers.isEmpty()
          ? "DECIMAL" : "DECIMAL(" + String.join(", ", modifiers) + ")";
      case "date" -> "DATE";
      case "timestamp without time zone", "timestamp" -> "TIMESTAMP";
      case "time without time zone", "time" -> "TIME";
      default -> throw new UntranslatableSqlException("the PostgreSQL type " + name);
    };
  }
}
