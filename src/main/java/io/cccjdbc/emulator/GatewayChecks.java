package io.cccjdbc.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the OpenAPI gateway checks before CCC sees a request: the common parameters, the API
 * version and action, the AccessKey, STS token, timestamp, signature and nonce, in that order.
 */
final class GatewayChecks {
  static final String API_VERSION = "2020-07-01";
  static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(15);

  private static final List<String> REQUIRED = List.of(
      "Action", "Version", "AccessKeyId", "SignatureMethod", "SignatureVersion",
      "SignatureNonce", "Timestamp", "Signature");
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
      .ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
      .withResolverStyle(ResolverStyle.STRICT)
      .withZone(ZoneOffset.UTC);

  private final Map<String, Credential> credentials;
  private final NonceRegistry nonces;
  private final Clock clock;

  GatewayChecks(Map<String, Credential> credentials, Clock clock) {
    this.credentials = Map.copyOf(credentials);
    this.clock = clock;
    this.nonces = new NonceRegistry(clock);
  }

  Optional<ApiError> check(String httpMethod, Map<String, String> parameters) {
    for (String name : REQUIRED) {
      if (isMissing(parameters.get(name))) {
        return Optional.of(ApiError.missing(name));
      }
    }
    if (!API_VERSION.equals(parameters.get("Version"))) {
      return Optional.of(ApiError.invalid("Version"));
    }
    if (!Actions.NAMES.contains(parameters.get("Action"))) {
      return Optional.of(ApiError.actionNotFound());
    }
    Credential credential = credentials.get(parameters.get("AccessKeyId"));
    if (credential == null) {
      return Optional.of(ApiError.accessKeyNotFound());
    }
    Optional<ApiError> token = checkSecurityToken(credential, parameters.get("SecurityToken"));
    if (token.isPresent()) {
      return token;
    }
    if (!Signatures.SIGNATURE_METHOD.equals(parameters.get("SignatureMethod"))) {
      return Optional.of(ApiError.unsupportedSignatureMethod());
    }
    if (!Signatures.SIGNATURE_VERSION.equals(parameters.get("SignatureVersion"))) {
      return Optional.of(ApiError.unsupportedSignatureVersion());
    }
    Optional<ApiError> timestamp = checkTimestamp(parameters.get("Timestamp"));
    if (timestamp.isPresent()) {
      return timestamp;
    }
    String stringToSign = Signatures.stringToSign(httpMethod, parameters);
    String expected = Signatures.hmacSha1(stringToSign, credential.accessKeySecret());
    if (!Signatures.matches(expected, parameters.get("Signature"))) {
      return Optional.of(ApiError.signatureMismatch(stringToSign));
    }
    // Only a correctly signed request spends its nonce; otherwise anyone could burn a client's nonces.
    if (!nonces.firstUse(credential.accessKeyId(), parameters.get("SignatureNonce"))) {
      return Optional.of(ApiError.nonceUsed());
    }
    return Optional.empty();
  }

  private static Optional<ApiError> checkSecurityToken(Credential credential, String provided) {
    if (credential.securityToken() == null) {
      return provided == null ? Optional.empty() : Optional.of(ApiError.securityTokenMismatch());
    }
    if (isMissing(provided)) {
      return Optional.of(ApiError.missingSecurityToken());
    }
    if (!Signatures.matches(credential.securityToken(), provided)) {
      return Optional.of(ApiError.securityTokenMismatch());
    }
    return Optional.empty();
  }

  private Optional<ApiError> checkTimestamp(String value) {
    Instant timestamp;
    try {
      timestamp = Instant.from(TIMESTAMP.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.of(ApiError.timestampFormat());
    }
    Duration skew = Duration.between(timestamp, clock.instant()).abs();
    return skew.compareTo(TIMESTAMP_TOLERANCE) > 0
        ? Optional.of(ApiError.timestampExpired())
        : Optional.empty();
  }

  static boolean isMissing(String value) {
    return value == null || value.isEmpty();
  }
}
