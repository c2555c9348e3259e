package io.cccjdbc.api;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.net.HostAndPort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP proxy chosen by the connection's settings rather than the JVM's: every request goes
 * through it except those to hosts that match {@code bypass}. HTTPS requests pass through a
 * CONNECT tunnel, so the proxy sees the host name and port but nothing of the request.
 */
public record HttpProxy(String host, int port, NonProxyHosts bypass) {

  private static final CharMatcher NOT_IN_A_HOST = CharMatcher.anyOf("/@\\?#")
      .or(CharMatcher.whitespace()).or(CharMatcher.javaIsoControl());

  /**
   * @throws IllegalArgumentException if the host is not a host name or address, or the port is
   *     not from 1 to 65535
   */
  public HttpProxy {
    host = checkHost(host);
    checkArgument(port >= 1 && port <= 65535, "the proxy port must be from 1 to 65535");
    Objects.requireNonNull(bypass, "bypass");
  }

  /**
   * The proxy's host as typed by a user, normalized as {@link Endpoint} normalizes hosts.
   *
   * @throws IllegalArgumentException with a message that says what is wrong and how to fix it
   */
  public static String checkHost(String text) {
    checkArgument(text != null && !text.isBlank(), "the proxy host is empty");
    checkArgument(!NOT_IN_A_HOST.matchesAnyOf(text),
        "give only the proxy's host name or address, without http://, path or user; its port"
            + " goes in proxyPort");
    HostAndPort parsed;
    try {
      parsed = HostAndPort.fromString(text);
    } catch (IllegalArgumentException e) {
      parsed = null;
    }
    checkArgument(parsed != null && !parsed.hasPort() && !text.endsWith(":"),
        "give the proxy's host without a port (put an IPv6 address in brackets); its port goes"
            + " in proxyPort");
    return Endpoint.normalizeHost(parsed.getHost());
  }

  /** Equal for equal proxies, so that connections set up alike share pooled connections. */
  ProxySelector selector() {
    return new Selector(this);
  }

  /** A proxy's address as messages show it: {@code host:port}, IPv6 in brackets. */
  static String name(SocketAddress address) {
    if (!(address instanceof InetSocketAddress inet)) {
      return String.valueOf(address);
    }
    String host = inet.getHostString();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
  }

  @Override
  public String toString() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    return shownHost + ":" + port;
  }

  private static final class Selector extends ProxySelector {

    private final HttpProxy settings;
    private final List<Proxy> viaProxy;

    Selector(HttpProxy settings) {
      this.settings = settings;
      // Unresolved: the proxy's name is looked up when connecting, as the JVM's proxies are.
      this.viaProxy = List.of(new Proxy(Proxy.Type.HTTP,
          InetSocketAddress.createUnresolved(settings.host(), settings.port())));
    }

    @Override
    public List<Proxy> select(URI uri) {
      String host = uri.getHost();
      return host != null && settings.bypass().matches(host) ? List.of(Proxy.NO_PROXY) : viaProxy;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // There is no other proxy to fall back to; the call fails with the failure itself.
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Selector that && settings.equals(that.settings);
    }

    @Override
    public int hashCode() {
      return settings.hashCode();
    }
  }
}
