package io.cccjdbc.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One page of {@code ListInstances}. */
public record InstancePage(
    Integer pageNumber,
    Integer pageSize,
    Integer totalCount,
    @JsonProperty("List") List<Instance> list) {

  public InstancePage {
    list = Instance.withoutNulls(list);
  }
}
