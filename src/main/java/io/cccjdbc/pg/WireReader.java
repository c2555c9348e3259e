package io.cccjdbc.pg;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Reads the frontend's messages (PostgreSQL protocol v3): the untyped startup packet, then
 * typed messages. A length out of bounds is malformed input and ends only this connection.
 */
final class WireReader {

  /** Far above any SQL postgres_fdw sends; a larger message is refused, not buffered. */
  static final int MAX_MESSAGE = 64 * 1024 * 1024;
  private static final int MAX_STARTUP = 10_000;

  private final DataInputStream in;

  WireReader(InputStream in) {
    this.in = new DataInputStream(in);
  }

  /** The startup packet's body: its protocol code first. */
  ByteBuffer startup() throws IOException {
    int length = in.readInt();
    if (length < 8 || length > MAX_STARTUP) {
      throw new WireFormatException("a startup packet of " + length + " bytes");
    }
    return read(length - 4);
  }

  /** The next message, or null at the end of the stream between messages. */
  Message next() throws IOException {
    int type = in.read();
    if (type < 0) {
      return null;
    }
    int length = in.readInt();
    if (length < 4 || length > MAX_MESSAGE) {
      throw new WireFormatException("a message of " + length + " bytes");
    }
    return new Message((char) type, read(length - 4));
  }

  private ByteBuffer read(int length) throws IOException {
    byte[] body = new byte[length];
    try {
      in.readFully(body);
    } catch (EOFException e) {
      throw new WireFormatException("a message cut short");
    }
    return ByteBuffer.wrap(body);
  }

  /** One typed message and its body. */
  record Message(char type, ByteBuffer body) {

    String string() throws WireFormatException {
      return Wire.cstring(body);
    }
  }
}
