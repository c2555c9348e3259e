import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A daily report: how many active phone numbers each instance has in each province, written
 * to {@code active-numbers-YYYY-MM-DD.csv} (UTF-8, RFC 4180: a header, fields quoted where
 * needed, CRLF line ends).
 *
 * <pre>
 * java -cp ccc-jdbc-&lt;version&gt;-all.jar examples/ActiveNumbersReport.java jdbc:ccc:demo=true [output-dir]
 * </pre>
 *
 * One prepared statement runs once per instance: each run fetches only that instance from the
 * API, and a failure names the instance it concerns.
 */
public class ActiveNumbersReport {

  private static final String ACTIVE_NUMBERS_PER_PROVINCE = """
      SELECT province, count(*) AS active_numbers
      FROM numbers
      WHERE instance_id = ? AND active
      GROUP BY province
      ORDER BY active_numbers DESC, province""";

  public static void main(String[] args) throws SQLException, IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ActiveNumbersReport <jdbc-url> [output-dir]");
      System.exit(2);
    }
    Path directory = Path.of(args.length > 1 ? args[1] : ".");
    Path report = directory.resolve("active-numbers-" + LocalDate.now() + ".csv");

    try (Connection connection = DriverManager.getConnection(args[0])) {
      List<String> instanceIds = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(
              "SELECT instance_id FROM instances ORDER BY instance_id")) {
        while (rows.next()) {
          instanceIds.add(rows.getString(1));
        }
      }

      // Written next to the report and renamed when complete: a failed run leaves no half report.
      Path partial = report.resolveSibling(report.getFileName() + ".partial");
      int lines = 0;
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
          PreparedStatement statement = connection.prepareStatement(ACTIVE_NUMBERS_PER_PROVINCE)) {
        writeRow(out, "instance_id", "province", "active_numbers");
        for (String instanceId : instanceIds) {
          statement.setString(1, instanceId);
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              writeRow(out, instanceId, rows.getString("province"),
                  Long.toString(rows.getLong("active_numbers")));
              lines++;
            }
          }
        }
      } catch (SQLException | IOException | RuntimeException e) {
        Files.deleteIfExists(partial);
        throw e;
      }
      Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      System.out.println("Wrote " + lines + " row(s) for " + instanceIds.size()
          + " instance(s) to " + report);
    }
  }

  private static void writeRow(Writer out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(csvField(fields[i]));
    }
    out.write("\r\n");
  }

  /** A field as RFC 4180 wants it: quoted if it holds a comma, quote or line break; null is empty. */
  private static String csvField(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
