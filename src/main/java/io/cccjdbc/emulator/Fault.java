package io.cccjdbc.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something other than the normal answer, for a request a {@link FaultRule} picks out. The request
 * is counted and waits out the configured latency first. {@link Respond}, {@link Hang} and
 * {@link Disconnect} then take the place of the emulator's checks; {@link TruncatedBody} and
 * {@link Delay} deliver the normal answer, checks included, cut short or late.
 */
public sealed interface Fault {

  /** Answers with this status, body and extra headers, such as {@code x-acs-retry-after}. */
  static Respond respond(int status, String body) {
    return new Respond(status, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** Answers with these exact bytes, which need not be valid UTF-8 or JSON. */
  static Respond respond(int status, byte[] body) {
    return new Respond(status, body.clone(), Map.of());
  }

  /** Never answers; the connection stays open until the emulator is closed. */
  static Hang hang() {
    return new Hang();
  }

  /**
   * Closes the connection without sending a byte of the response. Clients that retry an
   * idempotent request on a dropped connection (the JDK client, OkHttp) send it again at once;
   * every attempt is a request of its own for the counts and the fault rules.
   */
  static Disconnect disconnect() {
    return new Disconnect();
  }

  /**
   * Computes the normal answer, announces its full length, sends only the first half of the
   * body and closes the connection.
   */
  static TruncatedBody truncatedBody() {
    return new TruncatedBody();
  }

  /**
   * Sends the normal answer's headers at once, then its body one byte every {@code interval}:
   * each read gets a byte in time, so only a deadline on the whole call ends it.
   */
  static Trickle trickle(Duration interval) {
    return new Trickle(interval);
  }

  /** Answers normally, but only after this delay, e.g. longer than the client's deadline. */
  static Delay delay(Duration delay) {
    return new Delay(delay);
  }

  record Respond(int status, byte[] body, Map<String, String> headers) implements Fault {
    public Respond {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("not an HTTP status: " + status);
      }
      Objects.requireNonNull(body, "body");
      headers = Map.copyOf(headers);
    }

    /** The same response with one more header. */
    @Override
    public String toString() {
      return "Respond[status=" + status + ", body=" + new String(body, StandardCharsets.UTF_8)
          + ", headers=" + headers + "]";
    }

    public Respond withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Respond(status, body, more);
    }
  }

  record Hang() implements Fault {}

  record Disconnect() implements Fault {}

  record TruncatedBody() implements Fault {}

  record Trickle(Duration interval) implements Fault {
    public Trickle {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive: " + interval);
      }
    }
  }

  record Delay(Duration delay) implements Fault {
    public Delay {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("a delay cannot be negative: " + delay);
      }
    }
  }
}
