package io.cccjdbc.pg;

import java.io.IOException;

/** Input that is not the PostgreSQL protocol: the connection it came on is closed. */
final class WireFormatException extends IOException {

  WireFormatException(String what) {
    super("malformed PostgreSQL protocol input: " + what);
  }
}
