package io.cccjdbc.fetch;

import io.cccjdbc.api.CccApiException;

/**
 * {@code ListInstances} was refused (typically a RAM user without that permission), so
 * the account's instances cannot be discovered for an unfiltered query.
 */
public final class DiscoveryRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DiscoveryRefusedException(CccApiException cause) {
    super("Cannot list the account's instances: ListInstances was refused ("
        + cause.getMessage() + "). Either grant the RAM user permission for ccc:ListInstances, "
        + "set the connection property instanceIds=<id1>,<id2> to name the instances to scan, "
        + "or filter the query with WHERE instance_id = '...'", cause);
  }

  static boolean isRefusal(CccApiException e) {
    return e.httpStatus() == 403 || e.code().startsWith("Forbidden")
        || e.code().startsWith("NoPermission");
  }
}
