package io.cccjdbc.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Run in a new JVM: connects, runs one query and prints its first row, as an application would. */
public final class FirstRow {

  private FirstRow() {
  }

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0]);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(args[1])) {
      rows.next();
      System.out.println("ROW " + rows.getString(1));
    }
  }
}
