package io.cccjdbc.pg;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few statements {@code serve} runs as the embedded PostgreSQL's superuser, over its Unix
 * socket: the socket's directory is private to this user, so no password exists to be kept.
 * The simple query protocol only; values come back as text.
 */
final class AdminClient implements AutoCloseable {

  static final String SUPERUSER = "ccc_admin";

  private final SocketChannel channel;
  private final WireReader in;
  private final WireWriter out;

  private AdminClient(SocketChannel channel) {
    this.channel = channel;
    this.in = new WireReader(Channels.newInputStream(channel));
    this.out = new WireWriter(Channels.newOutputStream(channel));
  }

  static AdminClient connect(Path socketDirectory, int port, String database)
      throws IOException, PostgresException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.connect(UnixDomainSocketAddress.of(socketDirectory.resolve(".s.PGSQL." + port)));
      AdminClient client = new AdminClient(channel);
      client.startup(database);
      return client;
    } catch (IOException | PostgresException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void startup(String database) throws IOException, PostgresException {
    ByteBuffer packet = ByteBuffer.allocate(1024);
    packet.putInt(0).putInt(3 << 16);
    for (String field : new String[] {"user", SUPERUSER, "database", database,
        "application_name", "ccc-jdbc serve", "client_encoding", "UTF8"}) {
      packet.put(field.getBytes(StandardCharsets.UTF_8)).put((byte) 0);
    }
    packet.put((byte) 0);
    packet.putInt(0, packet.position());
    packet.flip();
    while (packet.hasRemaining()) {
      channel.write(packet);
    }
    readUntilReady(null);
  }

  /** Runs one or more statements (one implicit transaction); the rows of the last result. */
  List<List<String>> query(String sql) throws IOException, PostgresException {
    out.begin('Q').cstring(sql).end();
    out.flush();
    List<List<String>> rows = new ArrayList<>();
    readUntilReady(rows);
    return rows;
  }

  private void readUntilReady(List<List<String>> rows) throws IOException, PostgresException {
    PostgresException error = null;
    while (true) {
      WireReader.Message message = in.next();
      if (message == null) {
        throw new IOException("PostgreSQL closed the connection");
      }
      ByteBuffer body = message.body();
      switch (message.type()) {
        case 'R' -> {
          int kind = Wire.int32(body);
          if (kind != 0) {
            throw new IOException("PostgreSQL asks for authentication " + kind
                + " on its private socket; its pg_hba.conf is not the one serve writes");
          }
        }
        case 'T' -> rows.clear();
        case 'D' -> rows.add(row(body));
        case 'E' -> error = PostgresException.read(body);
        case 'Z' -> {
          if (error != null) {
            throw error;
          }
          return;
        }
        default -> {
          // Parameter status, key data, notices and command tags carry nothing needed here.
        }
      }
    }
  }

  private static List<String> row(ByteBuffer body) throws WireFormatException {
    int count = Wire.int16(body);
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      byte[] value = Wire.bytes(body, Wire.int32(body));
      values.add(value == null ? null : new String(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  @Override
  public void close() throws IOException {
    try {
      out.begin('X').end();
      out.flush();
    } finally {
      channel.close();
    }
  }
}
