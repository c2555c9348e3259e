package io.cccjdbc.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The syntax of {@code jdbc:ccc:key=value;key=value}. Whitespace around keys and unquoted values
 * is dropped, and empty settings (as from a trailing {@code ;}) are skipped. A value may be put in
 * single or double quotes to hold {@code ;} or surrounding spaces; inside, the quote character is
 * written twice to stand for itself. {@code =} needs no quotes in a value.
 */
final class ConnectionUrl {

  static final String PREFIX = "jdbc:ccc:";

  /** One {@code key=value} as written; the value is empty when nothing follows the {@code =}. */
  record Setting(String key, String value) {}

  private final String text;
  private final List<Setting> settings = new ArrayList<>();
  private int position;

  private ConnectionUrl(String text) {
    this.text = text;
  }

  static boolean accepts(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  /** The settings in the order written. Errors never quote a value, which may be a secret. */
  static List<Setting> parse(String url) throws SQLException {
    if (!accepts(url)) {
      throw SqlState.CONNECTION_REJECTED.exception(
          "Not a ccc-jdbc URL: it must start with " + PREFIX);
    }
    ConnectionUrl parser = new ConnectionUrl(url.substring(PREFIX.length()));
    parser.readSettings();
    return List.copyOf(parser.settings);
  }

  /** The URL with each secret value replaced by {@link Messages#MASK}, for display. */
  static String masked(List<Setting> settings) {
    StringBuilder url = new StringBuilder(PREFIX);
    for (Setting setting : settings) {
      boolean secret = CccProperty.forName(setting.key()).map(CccProperty::isSecret).orElse(false);
      url.append(url.length() == PREFIX.length() ? "" : ";").append(setting.key()).append('=')
          .append(secret && !setting.value().isEmpty() ? Messages.MASK : quoted(setting.value()));
    }
    return url.toString();
  }

  private static String quoted(String value) {
    boolean plain = value.indexOf(';') < 0 && value.equals(value.strip())
        && !value.startsWith("'") && !value.startsWith("\"");
    return plain ? value : "'" + value.replace("'", "''") + "'";
  }

  private void readSettings() throws SQLException {
    while (position < text.length()) {
      int end = text.indexOf(';', position);
      int equals = text.indexOf('=', position);
      boolean hasEquals = equals >= 0 && (end < 0 || equals < end);
      if (!hasEquals) {
        String setting = text.substring(position, end < 0 ? text.length() : end);
        if (!setting.isBlank()) {
          throw error("setting " + (settings.size() + 1) + " has no '=' (a URL is " + PREFIX
              + "key=value;key=value)" + quotingHint());
        }
        position = end < 0 ? text.length() : end + 1;
        continue;
      }
      String key = text.substring(position, equals).strip();
      if (key.isEmpty()) {
        throw error("setting " + (settings.size() + 1) + " has no key before '='" + quotingHint());
      }
      position = equals + 1;
      settings.add(new Setting(key, readValue(key)));
    }
  }

  private String readValue(String key) throws SQLException {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
    char first = position < text.length() ? text.charAt(position) : ';';
    if (first == '\'' || first == '"') {
      return readQuotedValue(key);
    }
    int end = text.indexOf(';', position);
    String value = text.substring(position, end < 0 ? text.length() : end).strip();
    position = end < 0 ? text.length() : end + 1;
    return value;
  }

  private String readQuotedValue(String key) throws SQLException {
    char quote = text.charAt(position++);
    StringBuilder value = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("the value of " + Messages.quote(key) + " has no closing " + quote
            + " (inside quotes, write the quote character twice to stand for itself)");
      }
      char c = text.charAt(position++);
      if (c != quote) {
        value.append(c);
      } else if (position < text.length() && text.charAt(position) == quote) {
        value.append(quote);
        position++;
      } else {
        break;
      }
    }
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
    if (position < text.length() && text.charAt(position) != ';') {
      throw error("the quoted value of " + Messages.quote(key) + " is followed by more text"
          + " before the next ';' (inside quotes, write the quote character twice to stand for"
          + " itself)");
    }
    position++;
    return value.toString();
  }

  /** A stray {@code ;} in an unquoted secret splits it, and the rest then fails to parse. */
  private String quotingHint() {
    Optional<CccProperty> previous = settings.isEmpty() ? Optional.empty()
        : CccProperty.forName(settings.get(settings.size() - 1).key());
    return previous.filter(CccProperty::isSecret)
        .map(p -> "; if the value of " + p.propertyName() + " contains ';', put it in quotes: "
            + p.propertyName() + "='...'")
        .orElse("");
  }

  private static SQLException error(String problem) {
    return SqlState.CONNECTION_REJECTED.exception(
        "Cannot read the connection URL: " + problem + ".");
  }
}
