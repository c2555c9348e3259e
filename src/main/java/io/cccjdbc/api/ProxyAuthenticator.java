package io.cccjdbc.api;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Authenticator;
import okhttp3.Challenge;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's {@code 407 Proxy Authentication Required} with HTTP Basic credentials, once.
 * Credentials are sent only when a proxy asks for Basic, never ahead of time. When there are none
 * to give, or the proxy refused them, the call fails with a message that names the proxy and the
 * properties to set, instead of handing back an HTML page from the proxy.
 */
final class ProxyAuthenticator implements Authenticator {

  /** The scheme of the fake challenge OkHttp uses to offer preemptive authentication. */
  private static final String OKHTTP_PREEMPTIVE = "OkHttp-Preemptive";

  private final Optional<ProxyCredentials> credentials;

  ProxyAuthenticator(Optional<ProxyCredentials> credentials) {
    this.credentials = credentials;
  }

  @Override
  public Request authenticate(Route route, Response response) throws ProxyAuthenticationException {
    if (offers(response, OKHTTP_PREEMPTIVE)) {
      return null;
    }
    String proxy = route == null
        ? "the HTTP proxy"
        : "the HTTP proxy " + HttpProxy.name(route.proxy().address());
    if (credentials.isEmpty()) {
      throw new ProxyAuthenticationException(proxy + " asks for a user name and password (HTTP 407);"
          + " set proxyUser and proxyPassword");
    }
    if (response.request().header("Proxy-Authorization") != null) {
      throw new ProxyAuthenticationException(proxy + " refused the credentials given in proxyUser"
          + " and proxyPassword (HTTP 407); check both");
    }
    if (!offers(response, "Basic")) {
      throw new ProxyAuthenticationException(proxy + " asks for authentication by "
          + schemes(response) + " (HTTP 407), and ccc-jdbc answers only Basic; ask for an"
          + " account the proxy accepts with Basic, or a route that needs none");
    }
    return response.request().newBuilder()
        .header("Proxy-Authorization", credentials.get().basicAuthorization())
        .build();
  }

  private static boolean offers(Response response, String scheme) {
    return response.challenges().stream().anyMatch(c -> c.scheme().equalsIgnoreCase(scheme));
  }

  private static String schemes(Response response) {
    String offered = response.challenges().stream().map(Challenge::scheme)
        .collect(Collectors.joining(", "));
    return offered.isEmpty() ? "no scheme it names" : offered;
  }

  /** Equal for equal credentials, so that connections set up alike share pooled connections. */
  @Override
  public boolean equals(Object other) {
    return other instanceof ProxyAuthenticator that && credentials.equals(that.credentials);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(credentials);
  }
}
