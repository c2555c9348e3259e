package io.cccjdbc.api;

import java.util.List;

/** A phone number of an instance ({@code Data.NumberList[]}). */
public record PhoneNumber(
    String instanceId,
    String number,
    Boolean active,
    String city,
    String province,
    String contactFlowId,
    String usage,
    String userId,
    List<SkillGroup> skillGroups) {

  public PhoneNumber {
    skillGroups = Instance.withoutNulls(skillGroups);
  }
}
