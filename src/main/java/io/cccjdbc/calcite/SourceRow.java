package io.cccjdbc.calcite;

import io.cccjdbc.api.ApiObject;
import java.time.ZoneId;
import java.util.List;

/**
 * What one row is read from: the instance it belongs to, the time zone its times are shown
 * in, and the objects on the way down to it, outermost first, such as an instance, one of
 * its numbers, one of that number's skill groups.
 */
public record SourceRow(String instanceId, ZoneId zone, List<ApiObject> path) {

  /** The object at depth {@code level}: 0 is an item of the answer's list. */
  public ApiObject at(int level) {
    return path.get(level);
  }

  /** The innermost object: the one the row stands for. */
  public ApiObject last() {
    return path.get(path.size() - 1);
  }
}
