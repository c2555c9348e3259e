package io.cccjdbc.pg;

/**
 * Where postgres_fdw reaches the endpoint, and the login it presents there. The password is the
 * endpoint's own random secret, never an AccessKey secret.
 */
public record EndpointAddress(String host, int port, String user, String password) {

  @Override
  public String toString() {
    return user + "@" + host + ":" + port;
  }
}
