package io.cccjdbc.api;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The service answered with an error {@code Code}. */
public final class CccApiException extends CccException {

  private static final long serialVersionUID = 1L;

  /** The real service echoes its string to sign here, and that can hold an STS token. */
  private static final String STRING_TO_SIGN_MARKER = "server string to sign is:";

  private static final Set<String> TRANSIENT_CODES = Set.of(
      "ServiceUnavailable", "InternalError", "SignatureNonceUsed", "ServiceTimeout");

  private final String code;
  private final String serverMessage;
  private final String requestId;
  private final int httpStatus;
  private final transient Duration retryAfter;

  /** @param serverMessage the service's message, already scrubbed of credentials */
  CccApiException(ApiRequest request, String code, String serverMessage, String requestId,
      int httpStatus, Duration retryAfter) {
    super(request, describe(code, sanitize(serverMessage), requestId, httpStatus), null);
    this.code = code;
    this.serverMessage = sanitize(serverMessage);
    this.requestId = requestId;
    this.httpStatus = httpStatus;
    this.retryAfter = retryAfter;
  }

  /** The API's error code, e.g. {@code NotExists.InstanceId}. */
  public String code() {
    return code;
  }

  /** The service's own message, with any echoed string-to-sign removed. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The request id to quote to Alibaba Cloud support; may be null if the service sent none. */
  public String requestId() {
    return requestId;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The wait the service asked for ({@code x-acs-retry-after}), if any. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isTransient() {
    return httpStatus == 429 || httpStatus >= 500
        || code.startsWith("Throttling") || TRANSIENT_CODES.contains(code);
  }

  public boolean isNotFound() {
    return code.toLowerCase(Locale.ROOT).startsWith("notexists.");
  }

  static String sanitize(String message) {
    if (message == null) {
      return "";
    }
    int cut = message.indexOf(STRING_TO_SIGN_MARKER);
    return cut < 0 ? message : message.substring(0, cut).trim();
  }

  private static String describe(String code, String message, String requestId, int httpStatus) {
    StringBuilder text = new StringBuilder(code);
    if (!message.isEmpty()) {
      text.append(": ").append(message);
    }
    text.append(" (HTTP ").append(httpStatus);
    if (requestId != null) {
      text.append(", RequestId ").append(requestId);
    }
    return text.append(')').toString();
  }
}
