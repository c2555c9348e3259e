package io.cccjdbc.emulator;

import java.util.List;

/**
 * One service day of one instance's generated history: each agent's shift (null: not at work)
 * by agent index, and the calls by StartTime then ContactId.
 */
record HistoryDay(long day, Shift[] shifts, List<Call> calls) {}
