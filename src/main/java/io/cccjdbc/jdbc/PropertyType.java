package io.cccjdbc.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Ints;
import io.cccjdbc.api.Endpoint;
import io.cccjdbc.api.HttpProxy;
import io.cccjdbc.api.NonProxyHosts;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a property's text becomes a typed value. {@code form} says what is accepted; it is shown in
 * the documentation and in every error about a bad value.
 *
 * @param parser throws {@link IllegalArgumentException}, with a reason or none, for a bad value
 */
record PropertyType(
    String form, List<String> choices, boolean secret, Function<String, ?> parser) {

  static PropertyType string() {
    return new PropertyType("string", List.of(), false, text -> text);
  }

  /** A string never shown: not in messages, toString, the masked URL or property info. */
  static PropertyType secretString() {
    return new PropertyType("string", List.of(), true, text -> text);
  }

  static PropertyType bool() {
    return new PropertyType("boolean (true or false)", List.of("true", "false"), false, text -> {
      checkArgument(text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"));
      return Boolean.valueOf(text);
    });
  }

  static PropertyType integer(int min, int max) {
    return new PropertyType("integer from " + min + " to " + max, List.of(), false, text -> {
      Integer value = Ints.tryParse(text);
      checkArgument(value != null && value >= min && value <= max);
      return value;
    });
  }

  /** Trimmed items; empty ones and repeats are dropped, the first occurrence keeps its place. */
  static PropertyType commaList() {
    return new PropertyType("comma-separated list", List.of(), false,
        text -> ImmutableSet.copyOf(Splitter.on(',').trimResults().omitEmptyStrings().split(text))
            .asList());
  }

  /** Case does not matter to users; the value is kept in lower case, as region ids are. */
  static PropertyType region() {
    return new PropertyType("region id such as cn-shanghai", List.of(), false, text -> {
      String region = text.toLowerCase(Locale.ROOT);
      Endpoint.forRegion(region);
      return region;
    });
  }

  static PropertyType endpoint() {
    return new PropertyType(
        "host, host:port, https://host[:port], or http://host[:port] for a loopback host",
        List.of(), false, Endpoint::parse);
  }

  static PropertyType proxyHost() {
    return new PropertyType("host name or IP address, without scheme or port", List.of(), false,
        HttpProxy::checkHost);
  }

  static PropertyType hostPatterns() {
    return new PropertyType("host patterns separated by | or ',', * standing for any characters",
        List.of(), false, NonProxyHosts::parse);
  }

  /** An IANA time zone id such as Asia/Shanghai, or a fixed offset such as +08:00. */
  static PropertyType zone() {
    return new PropertyType("IANA time zone id such as Asia/Shanghai, UTC or +08:00", List.of(),
        false, text -> {
          try {
            return ZoneId.of(text.trim());
          } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a time zone id", e);
          }
        });
  }

  /** One of a closed set; case does not matter to users, and the value is kept as listed. */
  static PropertyType choice(String... choices) {
    return new PropertyType("one of " + String.join(", ", choices), List.of(choices), false,
        text -> {
          for (String choice : choices) {
            if (choice.equalsIgnoreCase(text)) {
              return choice;
            }
          }
          throw new IllegalArgumentException();
        });
  }

  Object parse(String text) {
    return parser.apply(text);
  }
}
