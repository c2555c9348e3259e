import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Lists the contact center instances, then the phone numbers of one of them.
 *
 * <pre>
 * java -cp ccc-jdbc-&lt;version&gt;-all.jar examples/PlainJdbc.java jdbc:ccc:demo=true [instance-id]
 * </pre>
 *
 * Without an instance id it shows the numbers of the first instance listed. Credentials go in
 * the URL ({@code user=...;password=...}) or come from the Alibaba Cloud default chain.
 */
public class PlainJdbc {

  public static void main(String[] args) throws SQLException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: PlainJdbc <jdbc-url> [instance-id]");
      System.exit(2);
    }
    String url = args[0];
    String instanceId = args.length > 1 ? args[1] : null;

    try (Connection connection = DriverManager.getConnection(url)) {
      System.out.println("Instances:");
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT instance_id, name, status FROM instances ORDER BY instance_id")) {
        while (rows.next()) {
          if (instanceId == null) {
            instanceId = rows.getString("instance_id");
          }
          System.out.printf("  %-20s %-10s %s%n",
              rows.getString("instance_id"), rows.getString("status"), rows.getString("name"));
        }
      }
      if (instanceId == null) {
        System.out.println("No instances.");
        return;
      }

      // The instance_id filter is pushed down: only this instance is fetched from the API.
      String sql = "SELECT number, active, province, city, usage FROM numbers"
          + " WHERE instance_id = ? ORDER BY number";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, instanceId);
        try (ResultSet rows = statement.executeQuery()) {
          System.out.println("Numbers of " + instanceId + ":");
          int count = 0;
          while (rows.next()) {
            count++;
            boolean active = rows.getBoolean("active");
            String state = rows.wasNull() ? "unknown" : active ? "active" : "inactive";
            System.out.printf("  %-14s %-8s %-12s %s %s%n",
                rows.getString("number"),
                state,
                rows.getString("usage"),
                rows.getString("province"),
                rows.getString("city"));
          }
          System.out.println(count + " number(s)");
        }
      }
    }
  }
}
