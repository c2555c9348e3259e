package io.cccjdbc.pg;

import java.io.IOException;
import java.util.List;

/** The backend messages the endpoint sends, each named as in PostgreSQL's protocol chapter. */
final class Backend {

  private final WireWriter out;

  Backend(WireWriter out) {
    this.out = out;
  }

  void authenticationOk() throws IOException {
    out.begin('R').int32(0).end();
  }

  void authenticationMd5(byte[] salt) throws IOException {
    out.begin('R').int32(5).bytes(salt).end();
  }

  void parameterStatus(String name, String value) throws IOException {
    out.begin('S').cstring(name).cstring(value).end();
  }

  void backendKeyData(int processId, int secretKey) throws IOException {
    out.begin('K').int32(processId).int32(secretKey).end();
  }

  /** Only protocol 3.0 is spoken; newer minor versions and {@code _pq_} options are declined. */
  void negotiateProtocolVersion(List<String> unknownOptions) throws IOException {
    out.begin('v').int32(3 << 16).int32(unknownOptions.size());
    for (String option : unknownOptions) {
      out.cstring(option);
    }
    out.end();
  }

  void readyForQuery(char status) throws IOException {
    out.begin('Z').int8(status).end();
  }

  void rowDescription(List<ResultColumn> columns) throws IOException {
    out.begin('T').int16(columns.size());
    for (ResultColumn column : columns) {
      out.cstring(column.name()).int32(0).int16(0).int32(column.type().oid())
          .int16(column.type().length()).int32(-1).int16(0);
    }
    out.end();
  }

  void dataRow(byte[][] values) throws IOException {
    out.begin('D').int16(values.length);
    for (byte[] value : values) {
      if (value == null) {
        out.int32(-1);
      } else {
        out.int32(value.length).bytes(value);
      }
    }
    out.end();
  }

  void commandComplete(String tag) throws IOException {
    out.begin('C').cstring(tag).end();
  }

  void emptyQueryResponse() throws IOException {
    out.begin('I').end();
  }

  void parseComplete() throws IOException {
    out.begin('1').end();
  }

  void bindComplete() throws IOException {
    out.begin('2').end();
  }

  void closeComplete() throws IOException {
    out.begin('3').end();
  }

  void noData() throws IOException {
    out.begin('n').end();
  }

  void parameterDescription(int count) throws IOException {
    out.begin('t').int16(count);
    for (int i = 0; i < count; i++) {
      out.int32(PgType.TEXT.oid());
    }
    out.end();
  }

  void errorResponse(String sqlState, String message) throws IOException {
    out.begin('E')
        .int8('S').cstring("ERROR")
        .int8('V').cstring("ERROR")
        .int8('C').cstring(sqlState)
        .int8('M').cstring(message)
        .int8(0)
        .end();
  }

  void flush() throws IOException {
    out.flush();
  }
}
