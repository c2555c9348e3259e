package io.cccjdbc.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Reads one HTTP answer as a CCC response: decided by its {@code Code}, not its HTTP status,
 * decoded as it streams in without a copy of the body, and refused rather than cut when it
 * is larger than allowed.
 */
final class ResponseDecoder {

  /** What a successful answer carried. */
  record Answer(int status, String requestId, Page data) {
  }

  private final ApiRequest request;
  private final long maxResponseBytes;
  private final Scrubber scrubber;
  private final BooleanSupplier overdue;

  /** @param overdue whether the call's deadline passed, which cuts the answer off */
  ResponseDecoder(ApiRequest request, long maxResponseBytes, Scrubber scrubber,
      BooleanSupplier overdue) {
    this.request = request;
    this.maxResponseBytes = maxResponseBytes;
    this.scrubber = scrubber;
    this.overdue = overdue;
  }

  Answer decode(Response response) {
    if (response.isRedirect()) {
      throw new CccTransportException(request, "the endpoint answered with a redirect (HTTP "
          + response.code() + " to " + scrubber.scrub(response.header("Location", "nowhere"))
          + "); CCC endpoints do not redirect, so a signed request is not sent on: check"
          + " endpoint, or what stands between this machine and it", false, null);
    }
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxResponseBytes) {
      throw tooLarge(declared);
    }
    Envelope envelope;
    try {
      if (body.source().exhausted()) {
        throw empty(response);
      }
      try (InputStream in = new LimitedInputStream(body.byteStream(), maxResponseBytes)) {
        envelope = Envelope.read(in);
      }
    } catch (IOException e) {
      if (Throwables.getCausalChain(e).stream()
          .anyMatch(LimitedInputStream.LimitExceeded.class::isInstance)) {
        throw tooLarge(-1);
      }
      boolean overdue = this.overdue.getAsBoolean();
      if (overdue || Throwables.getCausalChain(e).stream()
          .anyMatch(InterruptedIOException.class::isInstance)) {
        throw new CccTransportException(request, "the answer did not arrive in full within the"
            + " deadline of one call (connectTimeout + " + HttpSettings.CALL_TIMEOUT_READS
            + " x readTimeout); the server is sending too slowly. Raise readTimeout if answers"
            + " are really this slow", false, overdue ? CallDeadlines.timedOut(e) : e);
      }
      if (brokeOff(e)) {
        // The answer began but its body broke off (a reset, a short body): worth sending again.
        throw new CccTransportException(request, "the answer broke off (HTTP " + response.code()
            + "): " + e.getMessage(), true, e);
      }
      throw new CccTransportException(request, "the answer is not a CCC JSON response (HTTP "
          + response.code() + ", Content-Type " + response.header("Content-Type", "none")
          + ", RequestId " + headerRequestId(response) + "): "
          + scrubber.scrub(e instanceof JsonProcessingException json
              ? json.getOriginalMessage()
              : e.toString()),
          response.code() >= 500, e);
    }
    if (envelope == null) {
      throw empty(response);
    }
    String requestId = envelope.requestId() != null ? envelope.requestId() : headerRequestId(response);
    if (envelope.code() == null || !"OK".equalsIgnoreCase(envelope.code())) {
      String code = envelope.code() != null ? envelope.code() : "HTTP" + response.code();
      throw new CccApiException(request, scrubber.scrub(code),
          scrubber.scrub(CccApiException.sanitize(envelope.message())), scrubber.scrub(requestId),
          response.code(), retryAfter(response));
    }
    if (envelope.data() == null || envelope.data().isNull()) {
      throw new CccTransportException(request, "the answer has no Data (HTTP " + response.code()
          + ", RequestId " + requestId + ")", false, null);
    }
    return new Answer(response.code(), requestId, page(envelope.data(), requestId));
  }

  /** Every answer as a page: an object is a page of one, an array a page of its elements. */
  private Page page(JsonNode data, String requestId) {
    ApiObject root = ApiObject.root(data, new ApiObject.Origin(request, requestId));
    return switch (request.action().shape()) {
      case OBJECT -> new Page(null, null, null, List.of(root.asObject()));
      case PAGE -> Page.of(root.asObject());
      case ARRAY -> new Page(null, null, null, root.asObjects());
    };
  }

  /** Jackson reports a stream that failed under it as its own error; the cause tells. */
  private static boolean brokeOff(IOException e) {
    return Throwables.getCausalChain(e).stream()
        .anyMatch(t -> t instanceof IOException && !(t instanceof JsonProcessingException));
  }

  private CccTransportException empty(Response response) {
    return new CccTransportException(request, "the answer was empty (HTTP " + response.code()
        + ", RequestId " + headerRequestId(response) + ")", response.code() >= 500, null);
  }

  private CccTransportException tooLarge(long declared) {
    String size = declared >= 0 ? declared + " bytes" : "more than " + maxResponseBytes + " bytes";
    return new CccTransportException(request, "the answer is " + size + ", above the limit of "
        + maxResponseBytes + " bytes; raise maxResponseMegabytes if this instance is really that"
        + " large", false, null);
  }

  private static String headerRequestId(Response response) {
    return response.header("x-acs-request-id");
  }

  private static Duration retryAfter(Response response) {
    String value = response.header("x-acs-retry-after");
    if (value == null) {
      return null;
    }
    try {
      long millis = Long.parseLong(value.trim());
      return millis >= 0 ? Duration.ofMillis(millis) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
