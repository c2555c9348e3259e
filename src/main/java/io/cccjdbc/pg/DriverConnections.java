package io.cccjdbc.pg;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a driver connection for each endpoint session ({@code jdbc:ccc:} through JDBC). */
@FunctionalInterface
public interface DriverConnections {

  Connection open() throws SQLException;
}
