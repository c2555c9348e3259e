package io.cccjdbc.pg;

import java.nio.file.Path;

/**
 * What {@code serve} was asked for.
 *
 * @param port PostgreSQL's port, or the endpoint's with {@code endpointOnly}
 * @param listen the address PostgreSQL listens on; anything but loopback needs asking for
 * @param password the {@code ccc} login's password (with {@code endpointOnly}, the endpoint's),
 *     or null to use the one kept in the data directory
 */
public record ServeSettings(Path dataDirectory, int port, String listen, String password,
    boolean endpointOnly) {

  public static final int DEFAULT_PORT = 5433;
  public static final String LOOPBACK = "127.0.0.1";
}
