package io.cccjdbc.pg;

/** One column of a result as RowDescription announces it; values are always sent as text. */
record ResultColumn(String name, PgType type) {
}
