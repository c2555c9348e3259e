package io.cccjdbc.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One bucket of an interval report: its StatsTime and a tally per metrics object. */
final class ReportBucket implements TimedItem {
  private final long statsTime;
  private final List<MetricGroup> groups;
  private final long[][] tallies;

  ReportBucket(long statsTime, List<MetricGroup> groups) {
    this.statsTime = statsTime;
    this.groups = groups;
    this.tallies = new long[groups.size()][];
    for (int i = 0; i < tallies.length; i++) {
      tallies[i] = groups.get(i).newTally();
    }
  }

  /** Adds an observation to a counter of the group, by the counter's rule. */
  void record(MetricGroup group, String counter, long value) {
    group.record(tallies[indexOf(group)], counter, value);
  }

  /** Adds another bucket's counters, as a day adds up its hours. */
  void merge(ReportBucket other) {
    for (int i = 0; i < tallies.length; i++) {
      groups.get(i).merge(tallies[i], other.tallies[i]);
    }
  }

  boolean isEmpty() {
    for (long[] tally : tallies) {
      if (!MetricGroup.isEmpty(tally)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public long time() {
    return statsTime;
  }

  @Override
  public String tieBreak() {
    return "";
  }

  @Override
  public ObjectNode json() {
    ObjectNode bucket = Json.MAPPER.createObjectNode().put("StatsTime", statsTime);
    for (int i = 0; i < tallies.length; i++) {
      groups.get(i).writeTo(bucket, tallies[i]);
    }
    return bucket;
  }

  private int indexOf(MetricGroup group) {
    int index = groups.indexOf(group);
    if (index < 0) {
      throw new IllegalArgumentException("this report has no " + group.name());
    }
    return index;
  }
}
