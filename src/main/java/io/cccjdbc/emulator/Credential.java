package io.cccjdbc.emulator;

import java.util.Objects;

/** An AccessKey the emulator accepts; {@code securityToken} is null unless it stands for STS credentials. */
record Credential(String accessKeyId, String accessKeySecret, String securityToken) {
  Credential {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(accessKeySecret, "accessKeySecret");
    if (accessKeyId.isEmpty() || accessKeySecret.isEmpty()) {
      throw new IllegalArgumentException("AccessKey ID and secret must not be empty");
    }
  }
}
