package io.cccjdbc.api;

/** An administrator of an instance ({@code Data.AdminList[]}, the API's {@code User}). */
public record Admin(
    String instanceId,
    String userId,
    String loginName,
    String displayName,
    String email,
    String extension,
    String mobile,
    String roleId,
    String roleName,
    String workMode) {
}
