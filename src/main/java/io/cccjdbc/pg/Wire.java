package io.cccjdbc.pg;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Fields inside a message body: the NUL-terminated UTF-8 strings and length-prefixed bytes. */
final class Wire {

  private Wire() {
  }

  static String cstring(ByteBuffer body) throws WireFormatException {
    int start = body.position();
    for (int i = start; i < body.limit(); i++) {
      if (body.get(i) == 0) {
        String value = new String(body.array(), start, i - start, StandardCharsets.UTF_8);
        body.position(i + 1);
        return value;
      }
    }
    throw new WireFormatException("a string without its terminating NUL");
  }

  static int int16(ByteBuffer body) throws WireFormatException {
    try {
      return body.getShort();
    } catch (BufferUnderflowException e) {
      throw new WireFormatException("a message shorter than its fields");
    }
  }

  static int int32(ByteBuffer body) throws WireFormatException {
    try {
      return body.getInt();
    } catch (BufferUnderflowException e) {
      throw new WireFormatException("a message shorter than its fields");
    }
  }

  /** A value of {@code length} bytes, or null for the length -1. */
  static byte[] bytes(ByteBuffer body, int length) throws WireFormatException {
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > body.remaining()) {
      throw new WireFormatException("a value of " + length + " bytes");
    }
    byte[] value = new byte[length];
    body.get(value);
    return value;
  }
}
