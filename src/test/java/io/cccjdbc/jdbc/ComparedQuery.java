package io.cccjdbc.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One statement run through the driver and through H2. Rows of an {@code ordered} query are
 * compared in order, so its ORDER BY must be total; the others are compared as multisets. A
 * query with bindings is prepared once on each side and executed once per binding. Where H2
 * spells a function differently, {@code h2Sql} is the same query in H2's words. The column
 * labels of both sides are compared too, unless the query gives the labels the driver must
 * have: H2 labels an unaliased expression by its text ({@code COUNT(*)}), the driver as
 * PostgreSQL does ({@code count}).
 */
record ComparedQuery(String sql, String h2Sql, boolean ordered, List<List<Object>> bindings,
    List<String> labels) {

  static ComparedQuery rows(String sql) {
    return new ComparedQuery(sql, sql, false, List.of(), List.of());
  }

  /** The same query written for each database (H2 has no {@code FLOOR(t TO DAY)}). */
  static ComparedQuery rows(String sql, String h2Sql) {
    return new ComparedQuery(sql, h2Sql, false, List.of(), List.of());
  }

  static ComparedQuery ordered(String sql) {
    return new ComparedQuery(sql, sql, true, List.of(), List.of());
  }

  static ComparedQuery prepared(String sql, Object[]... bindings) {
    return new ComparedQuery(sql, sql, false,
        Arrays.stream(bindings).map(Arrays::asList).toList(), List.of());
  }

  /** Rows compared as multisets; the driver's labels must be these, whatever H2's are. */
  static ComparedQuery labelled(String sql, String... labels) {
    return new ComparedQuery(sql, sql, false, List.of(), List.of(labels));
  }

  /** The test's display name: the SQL, and the values bound to it. */
  @Override
  public String toString() {
    return bindings.isEmpty()
        ? sql
        : sql + " with " + bindings.stream().map(ComparedQuery::describe).collect(Collectors.joining(", "));
  }

  /** Bound values as the comparison shows values, so that '' and NULL are told apart. */
  static String describe(List<Object> binding) {
    return binding.stream().map(CanonicalRows::canonical).collect(Collectors.joining(", ", "(", ")"));
  }
}
