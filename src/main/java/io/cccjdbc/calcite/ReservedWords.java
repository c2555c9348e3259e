package io.cccjdbc.calcite;

import io.cccjdbc.calcite.parser.CccSqlParserImpl;
import io.cccjdbc.calcite.parser.ParseException;
import io.cccjdbc.calcite.parser.Token;
import java.io.StringReader;
import java.util.Locale;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;

/**
 * Says why a word that is a name in most databases is a syntax error here: it is one of SQL's
 * reserved words the driver's parser keeps reserved ({@code AS date}, {@code t.timestamp}),
 * and quoting it makes it a name. The parser's own message only lists what it expected.
 */
final class ReservedWords {

  private static final SqlAbstractParserImpl.Metadata METADATA =
      new CccSqlParserImpl(new StringReader("")).getMetadata();

  private static final String NAME = "<IDENTIFIER>";

  private ReservedWords() {
  }

  /**
   * The error with a message that names the reserved word and says how to quote it, if a
   * reserved word stood where a name was expected; otherwise null.
   */
  static SqlParseException explained(SqlParseException e) {
    if (!(e.getCause() instanceof ParseException parse) || parse.currentToken == null
        || parse.currentToken.next == null) {
      return null;
    }
    Token word = parse.currentToken.next;
    boolean afterDot = word.image.equals(".") && word.next != null;
    if (afterDot) {
      // t.date: the parser stops at the dot, but a word after a dot can only be a name.
      word = word.next;
    } else if (!e.getExpectedTokenNames().contains(NAME)) {
      return null;
    }
    if (!METADATA.isReservedWord(word.image.toUpperCase(Locale.ROOT))) {
      return null;
    }
    String name = word.image.toLowerCase(Locale.ROOT);
    return new SqlParseException("Syntax error at line " + word.beginLine + ", column "
        + word.beginColumn + ": \"" + name + "\" is a reserved word in SQL, so it cannot be a"
        + " name as written; quote it to use it as one, e.g. " + (afterDot ? "t." : "AS ")
        + "\"" + name + "\"", e.getPos(),
        e.getExpectedTokenSequences(), e.getTokenImages(), parse);
  }
}
