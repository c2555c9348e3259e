package io.cccjdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cccjdbc.DocFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one list of SQLStates: each a five-character state in order, with a line on when; the
 * exception class follows the state's class; {@code docs/errors.md} is generated from it; and
 * no state is written anywhere else in the driver's code.
 */
class SqlStateTest {

  static final String PATH = "docs/errors.md";

  @Test
  void statesAreWellFormedUniqueSortedAndDocumented() {
    Set<String> codes = new HashSet<>();
    String previous = "";
    for (SqlState state : SqlState.values()) {
      assertTrue(state.code().matches("[0-9A-Z]{5}"), state.name());
      assertTrue(codes.add(state.code()), state.code() + " twice");
      assertTrue(state.code().compareTo(previous) > 0, state.code() + " out of order");
      assertTrue(state.when().length() > 40, state.name() + " says when");
      previous = state.code();
    }
  }

  @Test
  void exceptionClassesFollowTheStateClass() {
    for (SqlState state : SqlState.values()) {
      SQLException e = state.exception("m");
      assertEquals(state.code(), e.getSQLState());
      assertEquals("m", e.getMessage());
      Class<?> expected = switch (state.code().substring(0, 2)) {
        case "0A" -> SQLFeatureNotSupportedException.class;
        case "22" -> SQLDataException.class;
        case "28" -> SQLInvalidAuthorizationSpecException.class;
        case "42" -> SQLSyntaxErrorException.class;
        case "08" -> state == SqlState.API_UNAVAILABLE || state == SqlState.NETWORK_FAILURE
            ? SQLTransientConnectionException.class
            : SQLNonTransientConnectionException.class;
        default -> SQLException.class;
      };
      assertInstanceOf(expected, e, state.name());
    }
  }

  @Test
  void committedDocMatchesTheEnum() throws IOException {
    DocFiles.assertMatches(PATH, render(), SqlStateTest.class);
  }

  /** A state the driver's code writes as a literal would escape the list and its document. */
  @Test
  void noStateIsWrittenOutsideTheEnum() throws IOException {
    Pattern literal = Pattern.compile("\"([0-9A-Z]{2}[0-9A-Z]{3})\"");
    Set<String> states = Arrays.stream(SqlState.values()).map(SqlState::code)
        .collect(Collectors.toSet());
    List<String> found;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/cccjdbc/jdbc"))) {
      found = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.endsWith("SqlState.java"))
          .flatMap(p -> {
            try {
              Matcher m = literal.matcher(Files.readString(p));
              return m.results().map(r -> r.group(1)).filter(states::contains)
                  .map(code -> p.getFileName() + ": " + code).toList().stream();
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          })
          .toList();
    }
    assertEquals(List.of(), found);
  }

  @Test
  void theDocListsEveryState() {
    String doc = render();
    for (SqlState state : SqlState.values()) {
      assertTrue(doc.contains("| `" + state.code() + "` |"), state.code());
    }
    assertFalse(doc.contains("\r"));
  }

  static String render() {
    StringBuilder rows = new StringBuilder();
    for (SqlState state : SqlState.values()) {
      rows.append("| `").append(state.code()).append("` | `")
          .append(state.exception("").getClass().getSimpleName())
          .append("` | ").append(state.when()).append(" |\n");
    }
    return """
        # Errors

        <!-- Generated from SqlState by SqlStateTest; do not edit by hand.
             Regenerate with: mvn -q -B test -Dtest=SqlStateTest -Dccc.writeDocs=true -->

        Whatever fails reaches the application as one `SQLException`: its SQLState says what
        kind of failure it was, its message names the cause (for an API error: the call, the
        instance, the API's code and message, the HTTP status and the request id to quote to
        Alibaba Cloud support) and says what to check, and the original exception is its cause
        (so `CccApiException` with `code()` and `requestId()` can still be read). A message
        never holds a secret or the planner's internals; those details are logged at DEBUG by
        `io.cccjdbc.jdbc.SqlErrors`. Warnings (`getWarnings()`) have SQLState `01000`.

        Every SQLState the driver reports:

        | SQLState | Exception | When |
        |---|---|---|
        %s""".formatted(rows);
  }
}
