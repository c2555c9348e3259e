package io.cccjdbc.api;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.List;
import java.util.Locale;

/**
 * Hosts reached directly rather than through the proxy, written as the JVM's
 * {@code http.nonProxyHosts} is: patterns separated by {@code |} (or {@code ,}), each a host name
 * or address in which {@code *} stands for any characters. Matching ignores case and IPv6
 * brackets, and looks at the host as written, never at what DNS makes of it.
 */
public final class NonProxyHosts {

  private static final CharMatcher PATTERN_CHARACTERS = CharMatcher.inRange('a', 'z')
      .or(CharMatcher.inRange('0', '9')).or(CharMatcher.anyOf(".-_:%*"));

  private final List<String> patterns;

  private NonProxyHosts(List<String> patterns) {
    this.patterns = patterns;
  }

  /**
   * Reads a pattern list; empty items are dropped, so {@code |} alone bypasses nothing.
   *
   * @throws IllegalArgumentException if a pattern has a character no host name or address has
   */
  public static NonProxyHosts parse(String text) {
    List<String> patterns = Splitter.on(CharMatcher.anyOf("|,")).trimResults().omitEmptyStrings()
        .splitToStream(text).map(NonProxyHosts::normalize).toList();
    checkArgument(patterns.stream().allMatch(PATTERN_CHARACTERS::matchesAllOf),
        "each pattern is a host name or address in which * stands for any characters, such as"
            + " *.corp.example or 10.*, separated by | or ','");
    return new NonProxyHosts(patterns);
  }

  /** Whether requests to {@code host} skip the proxy. */
  public boolean matches(String host) {
    String name = normalize(host);
    return patterns.stream().anyMatch(pattern -> matches(pattern, name));
  }

  private static String normalize(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    return lower.startsWith("[") && lower.endsWith("]")
        ? lower.substring(1, lower.length() - 1)
        : lower;
  }

  /**
   * Wildcard matching that backtracks only to the last {@code *}, so no pattern, however
   * written, takes more than length times length steps.
   */
  private static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int starText = 0;
    while (t < text.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        starText = t;
      } else if (p < pattern.length() && pattern.charAt(p) == text.charAt(t)) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1;
        t = ++starText;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NonProxyHosts that && patterns.equals(that.patterns);
  }

  @Override
  public int hashCode() {
    return patterns.hashCode();
  }

  /** The patterns, normalized, separated by {@code |}. */
  @Override
  public String toString() {
    return String.join("|", patterns);
  }
}
