package io.cccjdbc.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;

/** The user name and password a proxy asks for. {@link #toString()} never shows the password. */
public record ProxyCredentials(String user, String password) {

  /** @throws IllegalArgumentException if either is null or empty */
  public ProxyCredentials {
    checkArgument(user != null && !user.isEmpty(), "the proxy user is empty");
    checkArgument(password != null && !password.isEmpty(), "the proxy password is empty");
  }

  /** The value of a {@code Proxy-Authorization} header for HTTP Basic authentication. */
  String basicAuthorization() {
    return okhttp3.Credentials.basic(user, password, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ProxyCredentials[user=" + user + ", password=***]";
  }
}
