package io.cccjdbc.pg;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes backend messages. A message is built whole, then framed with its type and length;
 * messages are buffered until {@link #flush}, which the session calls where the frontend waits.
 */
final class WireWriter {

  private final OutputStream out;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private char type;

  WireWriter(OutputStream out) {
    this.out = new BufferedOutputStream(out, 64 * 1024);
  }

  WireWriter begin(char messageType) {
    type = messageType;
    body.reset();
    return this;
  }

  WireWriter int8(int value) {
    body.write(value);
    return this;
  }

  WireWriter int16(int value) {
    body.write(value >>> 8);
    body.write(value);
    return this;
  }

  WireWriter int32(int value) {
    body.write(value >>> 24);
    body.write(value >>> 16);
    body.write(value >>> 8);
    body.write(value);
    return this;
  }

  WireWriter cstring(String value) {
    body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    body.write(0);
    return this;
  }

  WireWriter bytes(byte[] value) {
    body.writeBytes(value);
    return this;
  }

  void end() throws IOException {
    out.write(type);
    int length = body.size() + 4;
    out.write(length >>> 24);
    out.write(length >>> 16);
    out.write(length >>> 8);
    out.write(length);
    body.writeTo(out);
  }

  void flush() throws IOException {
    out.flush();
  }
}
