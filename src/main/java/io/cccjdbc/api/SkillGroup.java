package io.cccjdbc.api;

/** A skill group a phone number is associated with ({@code NumberList[].SkillGroups[]}). */
public record SkillGroup(
    String instanceId,
    String skillGroupId,
    String name,
    String displayName,
    String description,
    Integer phoneNumberCount,
    Integer userCount) {
}
