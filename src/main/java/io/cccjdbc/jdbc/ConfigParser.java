package io.cccjdbc.jdbc;

import io.cccjdbc.jdbc.ConnectionUrl.Setting;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Turns a URL and the Properties given to {@code connect} into a {@link CccConfig}. Keys are
 * matched without regard to case; a URL value wins over a Properties value; an empty value is
 * the same as none. Unknown keys are errors in the URL, which the user wrote, but only warnings
 * in Properties, where BI tools put settings of their own.
 */
final class ConfigParser {

  private final List<String> warnings = new ArrayList<>();

  private ConfigParser() {}

  static CccConfig parse(String url, Properties info) throws SQLException {
    return new ConfigParser().run(url, info);
  }

  /**
   * The raw value of each property that is set, for {@code getPropertyInfo}: best effort, since
   * tools call it while the user is still typing. Nothing here throws.
   */
  static Map<CccProperty, String> currentValues(String url, Properties info) {
    Map<CccProperty, String> values = new EnumMap<>(CccProperty.class);
    for (String key : keys(info)) {
      CccProperty.forName(key.strip()).ifPresent(property -> {
        String value = info.getProperty(key).strip();
        if (!value.isEmpty()) {
          values.put(property, value);
        }
      });
    }
    List<Setting> settings;
    try {
      settings = ConnectionUrl.parse(url);
    } catch (SQLException unreadableUrl) {
      // connect() reports the URL's problem; here the Properties values are still worth showing.
      settings = List.of();
    }
    for (Setting setting : settings) {
      CccProperty.forName(setting.key()).filter(p -> !setting.value().isEmpty())
          .ifPresent(property -> values.put(property, setting.value()));
    }
    return values;
  }

  private CccConfig run(String url, Properties info) throws SQLException {
    List<Setting> settings = ConnectionUrl.parse(url);
    Map<CccProperty, String> fromUrl = urlValues(settings);
    Map<CccProperty, String> fromInfo = propertiesValues(info);
    Map<CccProperty, Object> values = new EnumMap<>(CccProperty.class);
    for (CccProperty property : CccProperty.values()) {
      String urlValue = fromUrl.get(property);
      String infoValue = fromInfo.get(property);
      if (urlValue != null && infoValue != null && !urlValue.equals(infoValue)) {
        warnings.add(property.propertyName() + " is set both in the URL and in Properties;"
            + " the URL's value is used.");
      }
      if (urlValue != null) {
        values.put(property, convert(property, urlValue, "in the URL"));
      } else if (infoValue != null) {
        values.put(property, convert(property, infoValue, "in Properties"));
      } else if (property.defaultValue() != null) {
        values.put(property, convert(property, property.defaultValue(), "default"));
      }
    }
    if (values.containsKey(CccProperty.PROFILE)
        && values.containsKey(CccProperty.USER) && values.containsKey(CccProperty.PASSWORD)) {
      warnings.add("profile is ignored because user and password are set.");
    }
    return new CccConfig(values, warnings, ConnectionUrl.masked(settings));
  }

  private static Map<CccProperty, String> urlValues(List<Setting> settings) throws SQLException {
    Map<CccProperty, String> values = new EnumMap<>(CccProperty.class);
    Map<CccProperty, String> spelling = new EnumMap<>(CccProperty.class);
    CccProperty previous = null;
    for (Setting setting : settings) {
      Optional<CccProperty> found = CccProperty.forName(setting.key());
      if (found.isEmpty()) {
        throw rejected(unknownUrlKey(setting.key(), previous));
      }
      CccProperty property = found.get();
      String earlier = spelling.putIfAbsent(property, setting.key());
      if (earlier != null) {
        throw rejected("The URL sets " + property.propertyName() + " twice (as "
            + Messages.quote(earlier) + " and " + Messages.quote(setting.key())
            + "; keys are matched without regard to case). Keep one.");
      }
      if (!setting.value().isEmpty()) {
        values.put(property, setting.value());
      }
      previous = property;
    }
    return values;
  }

  private Map<CccProperty, String> propertiesValues(Properties info) throws SQLException {
    Map<CccProperty, String> values = new EnumMap<>(CccProperty.class);
    Map<CccProperty, String> spelling = new EnumMap<>(CccProperty.class);
    for (String key : keys(info)) {
      Optional<CccProperty> found = CccProperty.forName(key.strip());
      if (found.isEmpty()) {
        warnings.add("Ignored unknown connection property " + Messages.quote(key)
            + " given in Properties" + endOfSentence(key));
        continue;
      }
      String value = info.getProperty(key).strip();
      if (value.isEmpty()) {
        continue;
      }
      CccProperty property = found.get();
      String earlier = spelling.putIfAbsent(property, key);
      if (earlier != null) {
        throw rejected("Properties set " + property.propertyName() + " twice (as "
            + Messages.quote(earlier) + " and " + Messages.quote(key)
            + "; keys are matched without regard to case). Keep one.");
      }
      values.put(property, value);
    }
    return values;
  }

  private static String unknownUrlKey(String key, CccProperty previous) {
    String valid = " Valid properties: " + CccProperty.validNames() + ".";
    if (previous != null && previous.isSecret()) {
      // The "key" may be the tail of a secret value that held an unquoted ';'.
      return "The URL has an unknown property right after " + previous.propertyName()
          + " (not shown, as it may be part of that secret value). If the value of "
          + previous.propertyName() + " contains ';', put it in quotes: "
          + previous.propertyName() + "='...'." + valid;
    }
    return "Unknown connection property " + Messages.quote(key) + " in the URL"
        + endOfSentence(key) + valid;
  }

  /** Closes a sentence about an unknown key with a suggestion, when a property is close. */
  private static String endOfSentence(String key) {
    return CccProperty.closestTo(key.strip())
        .map(p -> "; did you mean " + p.propertyName() + "?")
        .orElse(".");
  }

  private static Object convert(CccProperty property, String text, String source)
      throws SQLException {
    try {
      return property.type().parse(text);
    } catch (IllegalArgumentException e) {
      String shown = property.isSecret() ? "" : " " + Messages.quote(text);
      String reason = e.getMessage() == null ? "" : ": " + e.getMessage();
      throw rejected("Invalid value" + shown + " for " + property.propertyName() + " (" + source
          + ")" + reason + ". Accepted: " + property.form() + ".");
    }
  }

  private static Iterable<String> keys(Properties info) {
    return info == null ? List.of() : new TreeSet<>(info.stringPropertyNames());
  }

  private static SQLException rejected(String message) {
    return SqlState.CONNECTION_REJECTED.exception(message);
  }
}
