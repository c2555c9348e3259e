package io.cccjdbc.api;

import java.io.IOException;

/**
 * A proxy answered 407 and no acceptable credentials could be given. An {@link IOException}
 * because OkHttp's authenticator may only throw that; {@link ApiCall} reports it as it is.
 */
final class ProxyAuthenticationException extends IOException {

  private static final long serialVersionUID = 1L;

  ProxyAuthenticationException(String message) {
    super(message);
  }
}
