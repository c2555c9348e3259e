package io.cccjdbc.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One signed request, ready to send once. A retry is a new call, so it gets a fresh
 * nonce, timestamp and signature.
 */
public final class ApiCall<T> {

  private final ApiRequest request;
  private final Call call;
  private final JavaType envelopeType;
  private final long maxResponseBytes;

  ApiCall(ApiRequest request, Call call, JavaType envelopeType, long maxResponseBytes) {
    this.request = request;
    this.call = call;
    this.envelopeType = envelopeType;
    this.maxResponseBytes = maxResponseBytes;
  }

  public ApiRequest request() {
    return request;
  }

  /** Stops the call from any thread; a blocked {@link #execute()} then fails promptly. */
  public void cancel() {
    call.cancel();
  }

  public boolean isCanceled() {
    return call.isCanceled();
  }

  /**
   * Sends the request and decodes the answer.
   *
   * @throws CccApiException if the service answered with an error code
   * @throws CccTransportException if no usable answer arrived
   */
  public T execute() {
    try (Response response = call.execute()) {
      return decode(response);
    } catch (CccException e) {
      throw e;
    } catch (SocketTimeoutException e) {
      throw new CccTransportException(request, "timed out waiting for " + host()
          + " (" + e.getMessage() + "); raise readTimeout or check the network", true, e);
    } catch (InterruptedIOException e) {
      throw new CccTransportException(request, "interrupted", false, e);
    } catch (IOException e) {
      if (call.isCanceled()) {
        throw new CccTransportException(request, "canceled", false, e);
      }
      throw new CccTransportException(request, "could not reach " + host() + ": " + e, true, e);
    }
  }

  private T decode(Response response) throws IOException {
    ResponseBody body = response.body();
    long declared = body.contentLength();
    if (declared > maxResponseBytes) {
      throw tooLarge(declared);
    }
    Envelope<T> envelope;
    try (InputStream in = new LimitedInputStream(body.byteStream(), maxResponseBytes)) {
      envelope = ApiJson.MAPPER.readValue(in, envelopeType);
    } catch (LimitedInputStream.LimitExceeded e) {
      throw tooLarge(-1);
    } catch (JsonProcessingException e) {
      throw new CccTransportException(request, "the answer is not a CCC JSON response (HTTP "
          + response.code() + ", Content-Type " + response.header("Content-Type", "none")
          + ", RequestId " + headerRequestId(response) + "): "
          + e.getOriginalMessage(), response.code() >= 500, e);
    }
    if (envelope == null) {
      throw new CccTransportException(request, "the answer was empty (HTTP " + response.code()
          + ")", response.code() >= 500, null);
    }
    String requestId = envelope.requestId() != null ? envelope.requestId() : headerRequestId(response);
    if (envelope.code() == null || !"OK".equalsIgnoreCase(envelope.code())) {
      String code = envelope.code() != null ? envelope.code() : "HTTP" + response.code();
      throw new CccApiException(request, code, envelope.message(), requestId, response.code(),
          retryAfter(response));
    }
    if (envelope.data() == null) {
      throw new CccTransportException(request, "the answer has no Data (HTTP " + response.code()
          + ", RequestId " + requestId + ")", false, null);
    }
    return envelope.data();
  }

  private CccTransportException tooLarge(long declared) {
    String size = declared >= 0 ? declared + " bytes" : "more than " + maxResponseBytes + " bytes";
    return new CccTransportException(request, "the answer is " + size + ", above the limit of "
        + maxResponseBytes + " bytes; raise maxResponseBytes if this instance is really that large",
        false, null);
  }

  private String host() {
    return call.request().url().host();
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
