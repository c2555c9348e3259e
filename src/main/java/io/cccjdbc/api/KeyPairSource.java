package io.cccjdbc.api;

import com.google.common.base.Strings;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Three named settings (ID, secret, optional token) read from system properties or env. */
record KeyPairSource(String kind, String kinds, String idName, String secretName, String tokenName,
    UnaryOperator<String> reader) {

  static KeyPairSource systemProperties(Environment environment) {
    return new KeyPairSource("system property", "system properties", "alibabacloud.accessKeyId",
        "alibabacloud.accessKeySecret", "alibabacloud.sessionToken", environment::systemProperty);
  }

  static KeyPairSource environmentVariables(Environment environment) {
    return new KeyPairSource("environment variable", "environment variables",
        "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN", environment::environmentVariable);
  }

  /**
   * The credentials when ID and secret are both set; nothing when neither is. Half a pair is an
   * error rather than a reason to look further, since it is almost always a typo in a name.
   */
  Optional<Credentials> read(List<String> trail) {
    String id = value(idName);
    String secret = value(secretName);
    String token = value(tokenName);
    if (id != null && secret != null) {
      return Optional.of(new Credentials(id, secret, token));
    }
    if (id != null) {
      throw halfSet(idName, secretName);
    }
    if (secret != null) {
      throw halfSet(secretName, idName);
    }
    if (token != null) {
      throw new CredentialsException("The " + kind + " " + tokenName + " is set but " + idName
          + " and " + secretName + " are not; an STS token is used together with its AccessKey"
          + " ID and secret.");
    }
    trail.add(kinds + " " + idName + " and " + secretName + ": not set");
    return Optional.empty();
  }

  private String value(String name) {
    String value = reader.apply(name);
    return value == null ? null : Strings.emptyToNull(value.strip());
  }

  private CredentialsException halfSet(String present, String missing) {
    return new CredentialsException("The " + kind + " " + present + " is set but " + missing
        + " is not; set both, or neither.");
  }
}
