package io.cccjdbc.pg;

import java.util.List;

/**
 * The driver's SQL for one remote query, and for each of its {@code ?} in order, which of
 * postgres_fdw's {@code $n} it stands for and that parameter's type.
 */
record TranslatedQuery(String sql, List<Parameter> parameters) {

  TranslatedQuery {
    parameters = List.copyOf(parameters);
  }

  record Parameter(int number, PgTypeName type) {
  }
}
