package io.cccjdbc.api;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import com.google.common.net.HostAndPort;
import com.google.common.net.InetAddresses;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the CCC OpenAPI is reached. The host is kept without IPv6 brackets and in lower case, so
 * two spellings of one address are one endpoint (it is part of cache keys).
 *
 * <p>Plain {@code http} is accepted only for loopback hosts, so a request signed with real
 * credentials never crosses the network unencrypted; the local emulator is the one user of it.
 */
public record Endpoint(String scheme, String host, int port) {

  /** Regions that the official SDKs send to the central endpoint instead of a regional one. */
  private static final Set<String> CENTRAL_ENDPOINT_REGIONS =
      ImmutableSet.of(
          "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
          "ap-southeast-5", "cn-beijing", "cn-chengdu", "cn-hongkong", "cn-huhehaote",
          "cn-qingdao", "cn-shenzhen", "cn-zhangjiakou", "eu-central-1", "eu-west-1",
          "me-east-1", "us-east-1", "us-west-1", "cn-hangzhou-finance", "cn-shenzhen-finance-1",
          "cn-shanghai-finance-1", "cn-north-2-gov-1");

  private static final String CENTRAL_HOST = "ccc.aliyuncs.com";
  private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final int MAX_HOST_NAME_LENGTH = 253;
  private static final CharMatcher NOT_ALLOWED_AFTER_SCHEME =
      CharMatcher.anyOf("/?#@\\").or(CharMatcher.whitespace()).or(CharMatcher.javaIsoControl());

  /**
   * Checks the parts and normalizes the host.
   *
   * @throws IllegalArgumentException with a message that says what is wrong and how to fix it
   */
  public Endpoint {
    checkArgument("https".equals(scheme) || "http".equals(scheme),
        "the scheme must be https (or http for a loopback host)");
    checkArgument(host != null, "the host is missing");
    host = normalizeHost(host);
    checkArgument(port >= 1 && port <= 65535, "the port must be from 1 to 65535");
    checkArgument("https".equals(scheme) || isLoopback(host),
        "http:// is accepted only for a loopback host (127.0.0.0/8, [::1] or localhost), because"
            + " requests would travel unencrypted; use https:// or give just the host");
  }

  /**
   * The endpoint for a region, as the official SDKs choose it: a fixed set of regions use
   * {@code ccc.aliyuncs.com}, every other one {@code ccc.<region>.aliyuncs.com}. Unknown regions
   * are allowed (new ones appear), but the id must be a plain host label.
   *
   * @throws IllegalArgumentException if {@code regionId} is not a lower-case host label
   */
  public static Endpoint forRegion(String regionId) {
    checkArgument(regionId != null && HOST_LABEL.matcher(regionId).matches(),
        "a region id is lower-case letters, digits and '-', such as cn-shanghai");
    String host = CENTRAL_ENDPOINT_REGIONS.contains(regionId)
        ? CENTRAL_HOST
        : "ccc." + regionId + ".aliyuncs.com";
    return new Endpoint("https", host, 443);
  }

  /**
   * Reads {@code host}, {@code host:port}, {@code https://host[:port]} or, for a loopback host,
   * {@code http://host[:port]}; IPv6 addresses go in brackets. A single trailing {@code /} is
   * allowed; any other path, a query or user info is not.
   *
   * @throws IllegalArgumentException with a message that says what is wrong and how to fix it
   */
  public static Endpoint parse(String text) {
    checkArgument(text != null && !text.isBlank(), "the endpoint is empty");
    String rest = text.strip();
    String scheme = "https";
    int schemeEnd = rest.indexOf("://");
    if (schemeEnd >= 0) {
      scheme = rest.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
      checkArgument(scheme.equals("https") || scheme.equals("http"),
          "only https:// (or http:// for a loopback host) is supported");
      rest = rest.substring(schemeEnd + 3);
    }
    if (rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    checkArgument(!NOT_ALLOWED_AFTER_SCHEME.matchesAnyOf(rest),
        "give only a host and an optional port, without path, query, user info or spaces");
    checkArgument(!rest.isEmpty(), "the host is missing");
    checkArgument(rest.startsWith("[") || rest.indexOf(':') == rest.lastIndexOf(':'),
        "put an IPv6 address in brackets, such as [::1]:8080");
    HostAndPort hostAndPort;
    try {
      hostAndPort = HostAndPort.fromString(rest);
    } catch (IllegalArgumentException e) {
      hostAndPort = null;
    }
    checkArgument(hostAndPort != null && !rest.endsWith(":"),
        "expected host or host:port with a port from 1 to 65535");
    int port = hostAndPort.getPortOrDefault(scheme.equals("https") ? 443 : 80);
    return new Endpoint(scheme, hostAndPort.getHost(), port);
  }

  /** Scheme, host and (when not the scheme's default) port, with no trailing slash. */
  public String baseUrl() {
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
    return scheme + "://" + shownHost + (defaultPort ? "" : ":" + port);
  }

  /** True for 127.0.0.0/8, ::1 and the name localhost; decided without any DNS lookup. */
  public boolean isLoopback() {
    return isLoopback(host);
  }

  @Override
  public String toString() {
    return baseUrl();
  }

  /** Lower case, IPv6 without brackets; also for a proxy's host. */
  static String normalizeHost(String host) {
    if (InetAddresses.isInetAddress(host)) {
      return InetAddresses.toAddrString(InetAddresses.forString(host));
    }
    String name = host.toLowerCase(Locale.ROOT);
    checkArgument(!name.isEmpty() && name.length() <= MAX_HOST_NAME_LENGTH,
        "the host name must be 1 to 253 characters");
    for (String label : name.split("\\.", -1)) {
      checkArgument(HOST_LABEL.matcher(label).matches(),
          "a host name is dot-separated labels of letters, digits and '-' (use the xn-- form"
              + " for international names)");
    }
    return name;
  }

  private static boolean isLoopback(String host) {
    if (InetAddresses.isInetAddress(host)) {
      return InetAddresses.forString(host).isLoopbackAddress();
    }
    return host.equals("localhost");
  }
}
