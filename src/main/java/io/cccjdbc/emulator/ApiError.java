package io.cccjdbc.emulator;

import java.util.List;

/**
 * An error the emulator answers with: HTTP status, error code and message as the real CCC endpoint
 * (its OpenAPI gateway, or CCC itself) sends them.
 */
record ApiError(int status, String code, String message) {

  static ApiError missing(String parameter) {
    return new ApiError(400, "Missing" + parameter, parameter + " is mandatory for this action.");
  }

  static ApiError invalid(String parameter) {
    return new ApiError(400, "Invalid" + parameter, "Specified parameter " + parameter + " is not valid.");
  }

  static ApiError malformedRequest() {
    return new ApiError(400, "InvalidParameter", "The request parameters could not be decoded.");
  }

  static ApiError unsupportedHttpMethod() {
    return new ApiError(400, "UnsupportedHTTPMethod", "Specified HTTP method is not supported.");
  }

  static ApiError actionNotFound() {
    return new ApiError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
  }

  static ApiError accessKeyNotFound() {
    return new ApiError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
  }

  static ApiError missingSecurityToken() {
    return new ApiError(400, "MissingSecurityToken", "SecurityToken is mandatory for this action.");
  }

  static ApiError securityTokenMismatch() {
    return new ApiError(400, "InvalidSecurityToken.MismatchWithAccessKey",
        "Specified SecurityToken mismatch with the AccessKey.");
  }

  static ApiError unsupportedSignatureMethod() {
    return new ApiError(400, "InvalidSignatureMethod", "Specified signature method is not supported.");
  }

  static ApiError unsupportedSignatureVersion() {
    return new ApiError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
  }

  static ApiError timestampFormat() {
    return new ApiError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
  }

  static ApiError timestampExpired() {
    return new ApiError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
  }

  /** The real message ends with the server's string to sign, so a client can see where it differs. */
  static ApiError signatureMismatch(String serverStringToSign) {
    return new ApiError(400, "SignatureDoesNotMatch",
        "Specified signature is not matched with our calculation. server string to sign is:" + serverStringToSign);
  }

  static ApiError nonceUsed() {
    return new ApiError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }

  static ApiError aboveMaximum(String parameter, int maximum) {
    return new ApiError(400, "Parameter.Maximum",
        "The parameter " + parameter + " must be less than or equal to " + maximum + ".");
  }

  static ApiError belowMinimum(String parameter, int minimum) {
    return new ApiError(400, "Parameter.Minimum",
        "The parameter " + parameter + " must be greater than or equal to " + minimum + ".");
  }

  /** How the 2020-07-01 actions other than GetInstance refuse a missing parameter. */
  static ApiError blank(String parameter) {
    return new ApiError(400, "Parameter.Blank", "The parameter " + parameter + " may not be null or blank.");
  }

  static ApiError tooManyElements(String parameter, int maximum) {
    return new ApiError(400, "Parameter.Maximum",
        "The parameter " + parameter + " must hold at most " + maximum + " elements.");
  }

  static ApiError notOneOf(String parameter, List<String> values) {
    return new ApiError(400, "Parameter.Enumeration",
        "The parameter " + parameter + " must be one of " + String.join(", ", values) + ".");
  }

  /** A request the service refuses as a whole, such as a time window it does not serve. */
  static ApiError invalidRequest(String message) {
    return new ApiError(400, "Parameter.Invalid", message);
  }

  static ApiError userNotFound(String userId, String instanceId) {
    return new ApiError(404, "NotExists.UserId",
        "The user " + userId + " does not exist in instance " + instanceId + ".");
  }

  static ApiError instanceNotFound(String instanceId) {
    return new ApiError(404, "NotExists.InstanceId", "The specified instance " + instanceId + " does not exist.");
  }
}
