package io.cccjdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.jdbc.CccDriver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written guides say what the driver does: their samples are checked against it. */
class GuidesTest {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#+\\s+(.*)$", Pattern.MULTILINE);

  @Test
  void architectureExplainExampleIsWhatTheDriverPrints() throws IOException, SQLException {
    List<String> lines = lines("docs/architecture.md");
    int command = indexOf(lines, line -> line.startsWith("$ ") && line.contains("EXPLAIN PLAN"));
    Matcher sql = Pattern.compile("-e \"(EXPLAIN PLAN FOR .*);\"$").matcher(lines.get(command));
    assertTrue(sql.find(), lines.get(command));
    List<String> shown = new ArrayList<>();
    for (String line : lines.subList(command + 1, lines.size())) {
      if (line.startsWith("```")) {
        break;
      }
      shown.add(line);
    }
    assertTrue(shown.get(0).startsWith("PLAN  "), shown.get(0));
    shown.set(0, shown.get(0).substring("PLAN  ".length()));

    try (Connection connection = DriverManager.getConnection("jdbc:ccc:demo=true");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql.group(1))) {
      assertTrue(rows.next());
      assertEquals(rows.getString(1).strip(), String.join("\n", shown).strip());
    }
  }

  @Test
  void dbeaverGuideListsEveryPropertyDBeaverShows() throws IOException, SQLException {
    List<String> lines = lines("docs/dbeaver.md");
    int marker = indexOf(lines, line -> line.contains("Checked against Driver.getPropertyInfo"));
    StringBuilder listed = new StringBuilder();
    for (String line : lines.subList(marker + 1, lines.size())) {
      if (line.isBlank()) {
        break;
      }
      listed.append(line).append(' ');
    }
    List<String> names = Pattern.compile("`([A-Za-z]+)`").matcher(listed).results()
        .map(match -> match.group(1)).toList();

    // DBeaver leaves out user and password: its Username and Password fields set them.
    List<String> shown = Arrays.stream(new CccDriver().getPropertyInfo("jdbc:ccc:", null))
        .map(info -> info.name)
        .filter(name -> !Set.of("user", "password").contains(name))
        .toList();
    assertEquals(shown, names);
  }

  @Test
  void relativeLinksInTheGuidesReachFilesAndHeadingsThatExist() throws IOException {
    List<Path> guides = new ArrayList<>(List.of(Path.of("README.md"),
        Path.of("examples", "README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).forEach(guides::add);
    }
    for (Path guide : guides) {
      String text = Files.readString(guide, StandardCharsets.UTF_8);
      Matcher link = LINK.matcher(text);
      while (link.find()) {
        String target = link.group(1);
        if (target.contains("://")) {
          continue;
        }
        String[] parts = target.split("#", 2);
        Path file = parts[0].isEmpty() ? guide : guide.resolveSibling(parts[0]).normalize();
        assertTrue(Files.exists(file), guide + " links to missing " + target);
        if (parts.length == 2) {
          assertTrue(anchors(file).contains(parts[1]), guide + " links to missing " + target);
        }
      }
    }
  }

  /** GitHub's anchors: headings in lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> anchors(Path file) throws IOException {
    Matcher heading = HEADING.matcher(Files.readString(file, StandardCharsets.UTF_8));
    return Set.copyOf(heading.results()
        .map(match -> match.group(1).toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .toList());
  }

  private static List<String> lines(String path) throws IOException {
    return Files.readAllLines(Path.of(path), StandardCharsets.UTF_8);
  }

  private static int indexOf(List<String> lines, Predicate<String> test) {
    for (int i = 0; i < lines.size(); i++) {
      if (test.test(lines.get(i))) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
