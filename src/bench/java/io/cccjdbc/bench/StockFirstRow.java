package io.cccjdbc.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.DataContext;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.Driver;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Run in a new JVM: stock Calcite's own cold first query, the baseline of the cold-start
 * scenario. A {@code jdbc:calcite:} connection over a {@link ScannableTable} holding the rows
 * the driver's query reads (the {@code numbers} columns of the demo data's {@code ccc-test}
 * instance), the same SQL, the same {@code -all} jar; what is left out is only what the driver
 * adds: the API call, its JSON, its catalog and rules.
 */
public final class StockFirstRow {

  private StockFirstRow() {
  }

  public static void main(String[] args) throws Exception {
    Properties info = new Properties();
    info.setProperty("lex", "JAVA");
    // The -all jar registers only the ccc driver, so stock Calcite's is named directly.
    try (Connection connection = new Driver().connect("jdbc:calcite:", info)) {
      connection.unwrap(CalciteConnection.class).getRootSchema().add("ccc", new NumbersSchema());
      connection.setSchema("ccc");
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(args[0])) {
        rows.next();
        System.out.println("ROW " + rows.getString(1));
      }
    }
  }

  /** One table, {@code numbers}, as the driver's catalog declares it. */
  private static final class NumbersSchema extends AbstractSchema {
    @Override
    protected Map<String, Table> getTableMap() {
      return Map.of("numbers", new NumbersTable());
    }
  }

  /** The rows held in memory and scanned whole, with the filter left to Calcite. */
  private static final class NumbersTable extends AbstractTable implements ScannableTable {
    private static final List<Object[]> ROWS = List.of(
        new Object[] {"ccc-test", "+8657100000001", true, "Hangzhou", "Zhejiang", "flow-1",
            "Bidirection", null},
        new Object[] {"ccc-test", "+8657100000002", true, "Hangzhou", "Zhejiang", "flow-1",
            "Inbound", null},
        new Object[] {"ccc-other", "+8601000000001", false, "Beijing", "Beijing", null,
            "Outbound", "agent@ccc-other"});

    @Override
    public RelDataType getRowType(RelDataTypeFactory types) {
      return types.builder()
          .add("instance_id", SqlTypeName.VARCHAR).add("number", SqlTypeName.VARCHAR)
          .add("active", SqlTypeName.BOOLEAN).add("city", SqlTypeName.VARCHAR)
          .add("province", SqlTypeName.VARCHAR).add("contact_flow_id", SqlTypeName.VARCHAR)
          .add("usage", SqlTypeName.VARCHAR).add("user_id", SqlTypeName.VARCHAR)
          .build();
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
      return Linq4j.asEnumerable(ROWS);
    }
  }
}
