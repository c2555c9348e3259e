package io.cccjdbc.calcite;

import org.apache.calcite.rex.RexNode;

/**
 * The window a filter allows a time column: expressions free of the row's columns (literals,
 * {@code ?} parameters, {@code CURRENT_TIMESTAMP - INTERVAL '7' DAY}), worked out when the
 * statement executes. A window may be wider than the filter, never narrower: the filter still
 * decides which rows qualify.
 *
 * @param lower the earliest value, or null for none
 * @param upper the latest value, or null for none ("now")
 * @param upperSlackMillis how much later than {@code upper} a qualifying row may be, when the
 *     filter bounds a function of the column (a day for {@code CAST(t AS DATE) <= d})
 * @param upperIncluded whether a row at {@code upper} (plus the slack) qualifies
 */
record PushedRange(RexNode lower, RexNode upper, long upperSlackMillis, boolean upperIncluded) {

  @Override
  public String toString() {
    return "[" + (lower == null ? "" : ">= " + lower)
        + (lower != null && upper != null ? ", " : "")
        + (upper == null ? "" : (upperIncluded ? "<= " : "< ") + upper
            + (upperSlackMillis > 0 ? " + " + upperSlackMillis + " ms" : "")) + "]";
  }
}
